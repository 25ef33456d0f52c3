// Worker thread of a match run: runs @toile/matcher (its built dist) off the server's event loop.
// Receives { dataset, parameters, pins, timeLimitMs } as workerData; posts progress, then the result or an error.
'use strict';

const { parentPort, workerData } = require('node:worker_threads');

/** At most one progress message per interval, except on a stage change or a stage's end. */
const PROGRESS_INTERVAL_MS = 100;

function describe(error) {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function run() {
  const { match } = require('@toile/matcher');
  if (typeof match !== 'function') throw new Error('@toile/matcher n’exporte pas de fonction match');
  let lastStage;
  let lastPostedAt = 0;
  const onProgress = (progress) => {
    const now = Date.now();
    const stage = progress.stage;
    const finished = progress.total > 0 && progress.done >= progress.total;
    if (stage === lastStage && !finished && now - lastPostedAt < PROGRESS_INTERVAL_MS) return;
    lastStage = stage;
    lastPostedAt = now;
    parentPort.postMessage({ type: 'progress', stage, done: progress.done, total: progress.total });
  };
  return match(workerData.dataset, {
    parameters: workerData.parameters,
    pins: workerData.pins,
    timeLimitMs: workerData.timeLimitMs,
    onProgress,
  });
}

Promise.resolve()
  .then(run)
  .then(
    (result) => parentPort.postMessage({ type: 'result', result }),
    (error) => parentPort.postMessage({ type: 'error', message: describe(error) }),
  );
