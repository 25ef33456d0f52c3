// The months of one component still to solve, as plain data a worker thread can receive, and the loop that solves
// them. Both threads run this very loop, so a component's result does not depend on the thread that solved it.

import type { SliceBasis, TransportLp, TransportSolution } from '../formulation/transport-lp';
import { ArcArena } from '../solver/arc-arena';
import type { WarmStart } from './column-generation';
import { solveTransportLp } from './solve-transport-lp';
import type { SolveSettings } from './solve-settings';

export interface MonthJob {
  /** The component's slice LPs (twelve months, or the yearly slice); they share their arc arrays. */
  readonly lps: readonly TransportLp[];
  /** The slices to solve, in increasing order. */
  readonly months: readonly number[];
  /**
   * Per entry of `months`, its stored start (`BasisMemory.startFor`), given for every month with
   * `everyMonthStored`, else for the first only: the others start from the previous month's optimum.
   */
  readonly starts: readonly (SliceBasis | undefined)[];
  readonly everyMonthStored: boolean;
  readonly settings: SolveSettings;
  readonly deadlineMs: number;
}

/**
 * A slice's solution in arrays of its own (not the arena's buffers, which the next slice reuses; read only): its
 * non-zero flows (local columns in increasing order, and their values), its duals and, when optimal with a basis,
 * that basis.
 */
export interface MonthResult {
  readonly status: TransportSolution['status'];
  readonly flowing: Int32Array;
  readonly flowValues: Float64Array;
  readonly supplyDual: Float64Array;
  readonly demandDual: Float64Array;
  readonly iterations: number;
  readonly rounds: number;
  readonly engine: string;
  readonly basis?: SliceBasis;
}

export interface MonthsOutcome {
  /** Per entry of the job's `months`. */
  readonly results: readonly MonthResult[];
  /** Months that started from their stored basis. */
  readonly storedStarts: number;
}

/**
 * Solves a job's months in order. A month starts from its stored basis when the job gives one and either every
 * month is stored or no earlier month left an optimal simplex; else from the previous month's optimum (same arcs,
 * other capacities: a dual phase).
 */
export function solveMonths(job: MonthJob, arena: ArcArena = new ArcArena()): MonthsOutcome {
  const warm: WarmStart = { arena };
  const results = job.months.map((t, k) => {
    warm.basis = job.everyMonthStored || !warm.simplex ? job.starts[k] : undefined;
    return resultOf(solveTransportLp(job.lps[t], job.settings, job.deadlineMs, warm));
  });
  warm.simplex?.release();
  return { results, storedStarts: warm.storedStarts ?? 0 };
}

/** A solution copied out of the arena's buffers (which the next slice reuses). */
export function resultOf(solution: TransportSolution): MonthResult {
  const { flow } = solution;
  let count = 0;
  for (let a = 0; a < flow.length; a++) if (flow[a] !== 0) count++;
  const flowing = new Int32Array(count);
  const flowValues = new Float64Array(count);
  count = 0;
  for (let a = 0; a < flow.length; a++) {
    if (flow[a] === 0) continue;
    flowing[count] = a;
    flowValues[count++] = flow[a];
  }
  const { basis } = solution;
  return {
    status: solution.status,
    flowing,
    flowValues,
    supplyDual: Float64Array.from(solution.supplyDual),
    demandDual: Float64Array.from(solution.demandDual),
    iterations: solution.iterations,
    rounds: solution.rounds,
    engine: solution.engine,
    ...(basis
      ? {
          basis: {
            pool: Int32Array.from(basis.pool),
            basicArcs: Int32Array.from(basis.basicArcs),
            basicSlacks: Int32Array.from(basis.basicSlacks),
          },
        }
      : {}),
  };
}

/** The buffers of an outcome, to transfer rather than copy between threads. */
export function transferablesOf(outcome: MonthsOutcome): ArrayBuffer[] {
  const buffers: ArrayBufferLike[] = [];
  for (const r of outcome.results) {
    buffers.push(r.flowing.buffer, r.flowValues.buffer, r.supplyDual.buffer, r.demandDual.buffer);
    if (r.basis) buffers.push(r.basis.pool.buffer, r.basis.basicArcs.buffer, r.basis.basicSlacks.buffer);
  }
  return buffers as ArrayBuffer[];
}

/** The solution a result stands for, its flows scattered into `flow` (zeroed, one entry per column). */
export function solutionOf(result: MonthResult, flow: Float64Array): TransportSolution {
  for (let k = 0; k < result.flowing.length; k++) flow[result.flowing[k]] = result.flowValues[k];
  return {
    status: result.status,
    flow,
    supplyDual: result.supplyDual,
    demandDual: result.demandDual,
    iterations: result.iterations,
    rounds: result.rounds,
    engine: result.engine,
    ...(result.basis ? { basis: result.basis } : {}),
  };
}
