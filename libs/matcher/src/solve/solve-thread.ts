// A second thread for the solve and the pricing passes, behind one small class (the only use of worker_threads in
// this package).
// - Solve: the main thread posts the large components' jobs as it plans them; the worker takes them largest first,
//   and the main thread, once it has planned every component, takes the ones the worker has not started. Each job
//   is claimed once through shared memory.
// - Pricing: the worker builds the same candidate stage from the same input, then searches every other output of
//   each pass while the main thread searches the others.
// The main thread waits for the worker's results synchronously (Atomics.wait, receiveMessageOnPort), so that
// solving stays a plain function call.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { FoundPairs, PricingHelper, PricingRequest, StageSource } from '../candidates/price-pruned';
import type { MonthJob, MonthsOutcome } from './month-jobs';
import type { SolveSettings } from './solve-settings';

export const CLAIMED_BY_MAIN = 1;
export const CLAIMED_BY_WORKER = 2;

/** What the worker receives at its start. */
export interface WorkerSetup {
  readonly results: MessagePort;
  /** [0]: results posted so far (the main thread waits on it). */
  readonly signal: Int32Array;
}

export type ThreadMessage =
  | { readonly type: 'solve'; readonly claims: Int32Array }
  | { readonly type: 'job'; readonly index: number; readonly job: MonthJob; readonly cost: number }
  | { readonly type: 'pricer'; readonly source: StageSource }
  | { readonly type: 'price'; readonly request: PricingRequest; readonly joined: Int32Array };

export type ResultMessage =
  | {
      readonly type: 'job';
      readonly index: number;
      readonly outcome: MonthsOutcome | { readonly error: string };
    }
  | { readonly type: 'found'; readonly found: FoundPairs | { readonly error: string } };

/** The outputs the worker searches in a pricing pass: every other one, by position in `PricerInput.outputs`. */
export function workerOwnsOutput(position: number): boolean {
  return position % 2 === 1;
}

/** While waiting for the worker, how often the main thread checks the deadline. */
const WAIT_SLICE_MS = 200;
/** How long after the deadline the main thread still waits for a result of the worker. */
const DEADLINE_GRACE_MS = 10_000;

/**
 * The compiled worker script: beside this file in dist/, or in dist/ when this package runs from its sources
 * (tests, benchmarks), which `npm ci` builds (`prepare`) and `npm run build` refreshes.
 */
function workerScript(): string | null {
  const beside = join(__dirname, 'solve-worker.js');
  if (existsSync(beside)) return beside;
  const built = join(__dirname, '..', '..', 'dist', 'solve', 'solve-worker.js');
  return existsSync(built) ? built : null;
}

interface Started {
  readonly worker: Worker;
  readonly results: MessagePort;
  readonly signal: Int32Array;
}

export class SolveThread {
  private claims: Int32Array = new Int32Array(0);
  private announced = false;
  private readonly done = new Map<number, MonthsOutcome | { readonly error: string }>();
  private found: FoundPairs | { readonly error: string } | null = null;
  private started: Started | null = null;
  private closed = false;
  /** Whether the worker was given a candidate stage to build, and whether pricing on it failed once. */
  private pricing = false;
  private pricingFailed = false;
  /** The pairs that joined the set at the last pass (supply, demand flow indices). */
  private joined: Int32Array = new Int32Array(0);

  private constructor(private readonly script: string) {}

  /**
   * A second thread when `settings.threads` ≥ 2, the machine has two cores and the worker script is built; else
   * null. With the `source` of a candidate stage of at least `threadMinFlows` flows (and pricing on), the worker
   * builds that stage at once, for the pricing passes, while the caller builds its own. The worker itself starts
   * only then or with the first job offered (small territories never start it).
   */
  static start(settings: SolveSettings, source?: StageSource): SolveThread | null {
    if (settings.threads < 2 || availableParallelism() < 2) return null;
    const script = workerScript();
    if (script === null) return null;
    const thread = new SolveThread(script);
    if (source && settings.pricingArcsPerFlow > 0 && source.dataset.flows.length >= settings.threadMinFlows)
      thread.preparePricing(source);
    return thread;
  }

  /** Starts a solve of at most `jobs` jobs (indices 0..jobs-1). */
  begin(jobs: number): void {
    this.claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, jobs)));
    this.announced = false;
    this.done.clear();
  }

  /** Offers job `index` to the worker (its arrays are copied: the caller keeps them). */
  offer(index: number, job: MonthJob, cost: number): void {
    if (!this.announced) {
      this.announced = true;
      this.post({ type: 'solve', claims: this.claims });
    }
    this.post({ type: 'job', index, job, cost });
  }

  /** Whether the main thread gets job `index` (the worker has not taken it). */
  claim(index: number): boolean {
    return Atomics.compareExchange(this.claims, index, 0, CLAIMED_BY_MAIN) === 0;
  }

  /**
   * The outcome of a job the worker took, waiting for it; null when it threw or did not come back within the grace
   * period after `deadlineMs` (the caller then solves it itself).
   */
  take(index: number, deadlineMs: number): MonthsOutcome | null {
    if (!this.receive(() => this.done.has(index), deadlineMs)) return null;
    const outcome = this.done.get(index)!;
    this.done.delete(index);
    return 'error' in outcome ? null : outcome;
  }

  /** Has the worker build the candidate stage of `source`, once (it does so while the main thread works). */
  preparePricing(source: StageSource): void {
    if (this.pricing) return;
    this.pricing = true;
    this.post({ type: 'pricer', source });
  }

  /** The worker as a helper of the pricing passes, or null (no stage prepared, or it failed once). */
  pricingHelper(deadlineMs: number): PricingHelper | null {
    if (!this.pricing || this.pricingFailed) return null;
    return {
      owns: workerOwnsOutput,
      start: (request) => {
        this.found = null;
        this.post({ type: 'price', request, joined: this.joined });
        this.joined = new Int32Array(0);
      },
      collect: () => {
        const arrived = this.receive(() => this.found !== null, deadlineMs);
        const found = this.found;
        this.found = null;
        if (arrived && found && !('error' in found)) return found;
        this.pricingFailed = true;
        return null;
      },
      // Sent with the next pass: the worker's partners of each output must be the main thread's.
      joined: (pairs) => (this.joined = pairs),
    };
  }

  /** Ends the worker, if it started (it may be busy with work nobody waits for any more). */
  close(): void {
    if (this.closed || !this.started) return;
    this.closed = true;
    this.started.results.close();
    void this.started.worker.terminate();
  }

  /** Takes the worker's messages until `ready()`; false when the grace period after `deadlineMs` ran out. */
  private receive(ready: () => boolean, deadlineMs: number): boolean {
    const { results, signal } = this.thread();
    while (!ready()) {
      const seen = Atomics.load(signal, 0);
      const message = receiveMessageOnPort(results);
      if (message) {
        const received = message.message as ResultMessage;
        if (received.type === 'job') this.done.set(received.index, received.outcome);
        else this.found = received.found;
        continue;
      }
      if (Date.now() > deadlineMs + DEADLINE_GRACE_MS) return false;
      Atomics.wait(signal, 0, seen, WAIT_SLICE_MS);
    }
    return true;
  }

  private post(message: ThreadMessage): void {
    this.thread().worker.postMessage(message);
  }

  private thread(): Started {
    if (this.started) return this.started;
    const channel = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const setup: WorkerSetup = { results: channel.port2, signal };
    const worker = new Worker(this.script, { workerData: setup, transferList: [channel.port2] });
    // Never keeps a process alive: `close` ends it, and a finished run need not wait for it.
    worker.unref();
    channel.port1.unref();
    this.started = { worker, results: channel.port1, signal };
    return this.started;
  }
}
