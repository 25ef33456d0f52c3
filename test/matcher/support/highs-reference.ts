// HiGHS (npm `highs`, a devDependency used as a reference only) on a TransportLp, through its typed CSC API:
// no LP text, so no name traps; every model disposed; the status checked before the objective is read.

import highsLoader from 'highs';
import type { TransportLp } from '@toile/matcher';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loaded: Promise<Highs> | undefined;

export function loadHighs(): Promise<Highs> {
  loaded ??= highsLoader();
  return loaded;
}

export interface HighsOutcome {
  /** `optimal`, or HiGHS's model status code when it is anything else. */
  readonly status: 'optimal' | `status ${number}`;
  readonly objective: number;
  readonly seconds: number;
}

/** max Σ margin·x, supply rows then demand rows (≤ capacity), x ≥ 0. */
export function solveWithHighs(highs: Highs, lp: TransportLp, timeLimitS = 60): HighsOutcome {
  const n = lp.arcMargin.length;
  const ns = lp.supplyCapacity.length;
  const rows = ns + lp.demandCapacity.length;
  if (n === 0 || rows === 0) return { status: 'optimal', objective: 0, seconds: 0 };
  const starts = new Int32Array(n + 1);
  const indices = new Int32Array(2 * n);
  const values = new Float64Array(2 * n);
  for (let a = 0; a < n; a++) {
    starts[a] = 2 * a;
    indices[2 * a] = lp.arcSupply[a];
    values[2 * a] = 1;
    indices[2 * a + 1] = ns + lp.arcDemand[a];
    values[2 * a + 1] = lp.arcRatio[a];
  }
  starts[n] = 2 * n;
  const rowUpper = new Float64Array(rows);
  rowUpper.set(lp.supplyCapacity, 0);
  rowUpper.set(lp.demandCapacity, ns);
  const model = highs.createModel({
    numCols: n,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: lp.arcMargin,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(highs.infinity),
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper,
    matrix: { format: 'csc', numRows: rows, numCols: n, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false, time_limit: timeLimitS });
    const started = performance.now();
    model.run();
    const seconds = (performance.now() - started) / 1000;
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal)
      return { status: `status ${status}`, objective: NaN, seconds };
    return { status: 'optimal', objective: model.getObjectiveValue(), seconds };
  } finally {
    model.dispose();
  }
}
