// Runs one match in a worker thread (match-worker.js) and turns its messages into a promise and progress calls.
// Shared by the API's run queue and the `toile match` command; a worker failure never reaches the caller's thread.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Dataset, MatchResult } from '@toile/flow-model';
import type { MatchPin } from './match-pin';

export interface MatchWorkerInput {
  readonly dataset: Dataset;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly pins: readonly MatchPin[];
  readonly timeLimitMs?: number;
}

export interface MatchWorkerProgress {
  readonly stage: string;
  readonly done: number;
  readonly total: number;
}

export interface MatchWorkerHandle {
  /** Resolves with the result; rejects with a MatchWorkerError (French message) on any failure. */
  readonly result: Promise<MatchResult>;
  /** Stops the worker; the pending result rejects with `reason`. */
  terminate(reason: string): Promise<void>;
}

export class MatchWorkerError extends Error {
  override readonly name = 'MatchWorkerError';
}

type WorkerMessage =
  | { readonly type: 'progress'; readonly stage: string; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly result: MatchResult }
  | { readonly type: 'error'; readonly message: string };

/** The plain .js worker script: beside this file in src/ (tests) and in dist/ (copied by the build). */
export function matchWorkerPath(): string {
  const beside = join(__dirname, 'match-worker.js');
  if (existsSync(beside)) return beside;
  const inSources = join(__dirname, '..', '..', 'src', 'match-runs', 'match-worker.js');
  if (existsSync(inSources)) return inSources;
  throw new MatchWorkerError(`@toile/api: script du calcul introuvable (${beside})`);
}

export function startMatchWorker(
  input: MatchWorkerInput,
  onProgress: (progress: MatchWorkerProgress) => void,
): MatchWorkerHandle {
  const worker = new Worker(matchWorkerPath(), { workerData: input });
  let settled = false;
  let stopReason: string | undefined;
  const result = new Promise<MatchResult>((resolve, reject) => {
    const fail = (message: string): void => {
      if (settled) return;
      settled = true;
      reject(new MatchWorkerError(message));
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      if (message.type === 'progress') {
        onProgress({ stage: message.stage, done: message.done, total: message.total });
      } else if (message.type === 'result') {
        settled = true;
        resolve(message.result);
        void worker.terminate();
      } else {
        fail(`le calcul a échoué : ${message.message}`);
      }
    });
    worker.on('error', (error: Error) => fail(`le calcul a échoué : ${error.message}`));
    worker.on('exit', (code) =>
      fail(stopReason ?? `le calcul s’est arrêté sans résultat (code de sortie ${code})`),
    );
  });
  return {
    result,
    async terminate(reason: string): Promise<void> {
      stopReason = reason;
      await worker.terminate();
    },
  };
}
