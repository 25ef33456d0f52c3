// The second thread of a solve (see solve-thread.ts): receives the jobs of each solve as they are planned, solves
// the largest one not taken yet by the main thread, and posts its results on the result port.

import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ArcArena } from '../solver/arc-arena';
import { solveMonths, transferablesOf, type MonthJob, type MonthsOutcome } from './month-jobs';
import { CLAIMED_BY_WORKER, type ThreadMessage, type WorkerSetup } from './solve-thread';

const { results, signal } = workerData as WorkerSetup;
const arena = new ArcArena();
let claims: Int32Array = new Int32Array(0);
/** Jobs received and not yet taken, by claim index. */
const queued = new Map<number, { readonly job: MonthJob; readonly cost: number }>();
let scheduled = false;

parentPort!.on('message', (message: ThreadMessage) => {
  if (message.type === 'solve') {
    claims = message.claims;
    queued.clear();
    return;
  }
  queued.set(message.index, { job: message.job, cost: message.cost });
  if (!scheduled) {
    scheduled = true;
    // Back to the event loop between jobs: the jobs posted meanwhile join the queue before the next choice.
    setImmediate(solveNext);
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
  if (Atomics.compareExchange(claims, best, 0, CLAIMED_BY_WORKER) === 0) post(best, solveSafely(job));
  if (queued.size > 0) {
    scheduled = true;
    setImmediate(solveNext);
  }
}

function solveSafely(job: MonthJob): MonthsOutcome | { readonly error: string } {
  try {
    return solveMonths(job, arena);
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

function post(index: number, outcome: MonthsOutcome | { readonly error: string }): void {
  (results as MessagePort).postMessage(
    { index, outcome },
    'results' in outcome ? transferablesOf(outcome) : [],
  );
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
