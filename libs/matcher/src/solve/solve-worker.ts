// The second thread of a solve (see solve-thread.ts): solves the largest component job offered and not yet taken by
// the main thread, and searches its share of the outputs of each pricing pass on its own candidate stage.

import { parentPort, workerData } from 'node:worker_threads';
import { buildCandidateStage } from '../candidates/build-candidates';
import {
  searchOutputs,
  type FoundPairs,
  type PricerInput,
  type PricingRequest,
} from '../candidates/price-pruned';
import { PricingMemory } from '../candidates/pricing-memory';
import { ArcArena } from '../solver/arc-arena';
import { solveMonths, transferablesOf, type MonthJob } from './month-jobs';
import {
  CLAIMED_BY_WORKER,
  workerOwnsOutput,
  type ResultMessage,
  type ThreadMessage,
  type WorkerSetup,
} from './solve-thread';

const { results, signal } = workerData as WorkerSetup;
const arena = new ArcArena();
let claims: Int32Array = new Int32Array(0);
/** Jobs received and not yet taken, by claim index. */
const queued = new Map<number, { readonly job: MonthJob; readonly cost: number }>();
let scheduled = false;
let pricer: PricerInput | { readonly error: string } | null = null;
/** The pricing passes' state on this thread (its arrays reused from pass to pass). */
let memory: PricingMemory | undefined;

parentPort!.on('message', (message: ThreadMessage) => {
  switch (message.type) {
    case 'solve':
      claims = message.claims;
      queued.clear();
      return;
    case 'job':
      queued.set(message.index, { job: message.job, cost: message.cost });
      if (!scheduled) {
        scheduled = true;
        // Back to the event loop between jobs: the jobs posted meanwhile join the queue before the next choice.
        setImmediate(solveNext);
      }
      return;
    case 'pricer':
      pricer = attempt(
        () => buildCandidateStage(message.source.dataset, message.source.params, message.source.pins).pricer,
      );
      return;
    case 'price':
      post({ type: 'found', found: price(message.request, message.joined) });
  }
});

function solveNext(): void {
  scheduled = false;
  let best = -1;
  let bestCost = -1;
  for (const [index, { cost }] of queued) if (cost > bestCost) [best, bestCost] = [index, cost];
  if (best < 0) return;
  const { job } = queued.get(best)!;
  queued.delete(best);
  if (Atomics.compareExchange(claims, best, 0, CLAIMED_BY_WORKER) === 0)
    post({ type: 'job', index: best, outcome: attempt(() => solveMonths(job, arena)) });
  if (queued.size > 0) {
    scheduled = true;
    setImmediate(solveNext);
  }
}

/** This thread's outputs of a pricing pass, after the pairs the last pass added joined its partners. */
function price(request: PricingRequest, joined: Int32Array): FoundPairs | { readonly error: string } {
  const input = pricer;
  if (input === null) return { error: 'no candidate stage' };
  if ('error' in input) return input;
  return attempt(() => {
    for (let k = 0; k < joined.length; k += 2) input.partnersOf[joined[k]].push(joined[k + 1]);
    const { lowered, leftover, monthDual, perFlow } = request;
    memory ??= new PricingMemory(input.flows.length);
    if (lowered && leftover) memory.startPassAs(lowered, leftover);
    const outputs = input.outputs.filter((_, position) => workerOwnsOutput(position));
    const tops = Number.isFinite(perFlow) ? memory.tops(input.flows.length, perFlow) : undefined;
    return searchOutputs(input, monthDual, perFlow, outputs, lowered && leftover ? memory : undefined, tops);
  });
}

function attempt<T extends object>(work: () => T): T | { readonly error: string } {
  try {
    return work();
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

function post(message: ResultMessage): void {
  const transfer: ArrayBufferLike[] = [];
  if (message.type === 'job' && 'results' in message.outcome)
    transfer.push(...transferablesOf(message.outcome));
  if (message.type === 'found' && 'supply' in message.found) {
    const { supply, demand, route, km, reduced, leftover } = message.found;
    transfer.push(supply.buffer, demand.buffer, route.buffer, km.buffer, reduced.buffer, leftover.buffer);
  }
  results.postMessage(message, transfer as ArrayBuffer[]);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
