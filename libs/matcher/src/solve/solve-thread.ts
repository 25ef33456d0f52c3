// A second thread for the solve, behind one small interface (the only use of worker_threads in this package).
// The main thread posts the large components' jobs as it plans them; the worker takes them largest first, and
// the main thread, once it has planned every component, takes the ones the worker has not started. Each job is
// claimed once through shared memory, and the main thread waits for the worker's results synchronously
// (Atomics.wait, receiveMessageOnPort), so that solving stays a plain function call.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { MonthJob, MonthsOutcome } from './month-jobs';

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
  | { readonly type: 'job'; readonly index: number; readonly job: MonthJob; readonly cost: number };

interface ResultMessage {
  readonly index: number;
  readonly outcome: MonthsOutcome | { readonly error: string };
}

/** While waiting for the worker, how often the main thread checks the deadline. */
const WAIT_SLICE_MS = 200;
/** How long after the deadline the main thread still waits for a job the worker started. */
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

export class SolveThread {
  private claims: Int32Array = new Int32Array(0);
  private announced = false;
  private readonly done = new Map<number, ResultMessage['outcome']>();
  private started: {
    readonly worker: Worker;
    readonly results: MessagePort;
    readonly signal: Int32Array;
  } | null = null;
  private closed = false;

  private constructor(private readonly script: string) {}

  /**
   * A second thread when `threads` ≥ 2, the machine has two cores and the worker script is built; else null. The
   * worker itself starts with the first job offered (small territories never need it).
   */
  static start(threads: number): SolveThread | null {
    if (threads < 2 || availableParallelism() < 2) return null;
    const script = workerScript();
    return script === null ? null : new SolveThread(script);
  }

  /** Starts a solve of at most `jobs` jobs (indices 0..jobs-1). */
  begin(jobs: number): void {
    this.claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, jobs)));
    this.announced = false;
    this.done.clear();
  }

  /** Offers job `index` to the worker (its arrays are copied: the caller keeps them). */
  offer(index: number, job: MonthJob, cost: number): void {
    const { worker } = this.thread();
    if (!this.announced) {
      this.announced = true;
      worker.postMessage({ type: 'solve', claims: this.claims } satisfies ThreadMessage);
    }
    worker.postMessage({ type: 'job', index, job, cost } satisfies ThreadMessage);
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
    const { results, signal } = this.thread();
    for (;;) {
      const outcome = this.done.get(index);
      if (outcome !== undefined) {
        this.done.delete(index);
        return 'error' in outcome ? null : outcome;
      }
      const seen = Atomics.load(signal, 0);
      const message = receiveMessageOnPort(results);
      if (message) {
        const { index: at, outcome: received } = message.message as ResultMessage;
        this.done.set(at, received);
        continue;
      }
      if (Date.now() > deadlineMs + DEADLINE_GRACE_MS) return null;
      Atomics.wait(signal, 0, seen, WAIT_SLICE_MS);
    }
  }

  /** Ends the worker, if it started (it may be solving a job nobody waits for any more). */
  close(): void {
    if (this.closed || !this.started) return;
    this.closed = true;
    this.started.results.close();
    void this.started.worker.terminate();
  }

  private thread(): { readonly worker: Worker; readonly results: MessagePort; readonly signal: Int32Array } {
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
