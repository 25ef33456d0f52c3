// Solves every component of a formulation, slice by slice, within a deadline (the large ones shared with a second
// thread when there is one); joins the slices into yearly flows per LP column, and keeps per endpoint the marginal
// values the interpretation explains.

import { MONTHS, type ComponentModel, type Formulation } from '../formulation/build-formulation';
import type { TransportLp, TransportSolution } from '../formulation/transport-lp';
import type { LpArcs } from '../formulation/lp-arcs';
import { ArcArena } from '../solver/arc-arena';
import { costToleranceOf } from '../solver/network-simplex';
import type { BasisMemory } from './basis-memory';
import {
  resultOf,
  solutionOf,
  solveMonths,
  type MonthJob,
  type MonthResult,
  type MonthsOutcome,
} from './month-jobs';
import type { SolveSettings } from './solve-settings';
import type { SolveThread } from './solve-thread';

/**
 * Largest share of new columns in a component for which every month starts from its stored basis (measured on the
 * bench's 10,000-site case: with half the columns new, month-to-month dual restarts cost 4× less; with under 1 %,
 * stored starts cost 10× less).
 */
const STORED_EVERY_MONTH_MAX_NEW_SHARE = 0.05;

export interface SolveStats {
  readonly components: number;
  readonly slices: number;
  readonly columns: number;
  /** Slices solved per engine (`supply-star`, `javascript-lp-solver`, `column-generation`, …). */
  readonly engines: Readonly<Record<string, number>>;
  readonly columnGenerationRounds: number;
  readonly pivots: number;
  /** Slices started from their own basis of an earlier solve (`BasisMemory`). */
  readonly storedStarts: number;
  /** Largest component, in LP rows and columns. */
  readonly largestRows: number;
  readonly largestColumns: number;
  /** Components solved by the second thread (see solve-thread.ts). */
  readonly threadJobs: number;
}

export interface SolveOutcome {
  readonly status: 'optimal' | 'timedout' | 'failed';
  /** Yearly flow per LP column (canonical units of supply), lower bounds included. */
  readonly columnFlow: Float64Array;
  /** Flow per month of the columns of monthly components that carry some flow. */
  readonly columnMonthlyFlow: ReadonlyMap<number, Float64Array>;
  /** Per endpoint: the largest marginal value over its slices (EUR per canonical unit), 0 when never binding. */
  readonly endpointDual: Float64Array;
  /**
   * Per endpoint and month, `[e·12 + t]`: its dual in month t (a yearly component's dual in every month, which is
   * the dual of the equivalent flat monthly slices), 0 outside every component or in an unfinished slice.
   */
  readonly endpointMonthDual: Float64Array;
  /** Per endpoint: number of slices where its capacity is used up (within 1e-9 relative). */
  readonly endpointBindingSlices: Int32Array;
  /** Per endpoint: number of slices of its component (1 or 12), 0 outside every component. */
  readonly endpointSlices: Int32Array;
  readonly objectiveEurPerYr: number;
  readonly stats: SolveStats;
}

export interface SolveProgress {
  (done: number, total: number): void;
}

export function solveFormulation(
  formulation: Formulation,
  endpointCount: number,
  settings: SolveSettings,
  deadlineMs: number,
  onProgress?: SolveProgress,
  memory?: BasisMemory,
  thread?: SolveThread | null,
): SolveOutcome {
  const { lpArcs } = formulation;
  memory?.prepare(lpArcs);
  const columnFlow = new Float64Array(lpArcs.arcs.length);
  const columnMonthlyFlow = new Map<number, Float64Array>();
  const endpointDual = new Float64Array(endpointCount);
  const endpointMonthDual = new Float64Array(endpointCount * MONTHS);
  const endpointBindingSlices = new Int32Array(endpointCount);
  const endpointSlices = new Int32Array(endpointCount);
  const engines: Record<string, number> = {};
  let status: SolveOutcome['status'] = 'optimal';
  let rounds = 0;
  let pivots = 0;
  let slices = 0;
  let storedStarts = 0;
  let largestRows = 0;
  let largestColumns = 0;
  let threadJobs = 0;
  const total = formulation.components.length;
  // Each component's value, added up in component order at the end whichever thread finished it first.
  const componentValue = new Float64Array(total);
  let done = 0;
  // The simplices of every slice recycle their per-arc arrays and scratch (fresh ones per slice made V8 collect
  // the whole heap again and again), from one pass to the next when there is a memory.
  const arena = memory?.arena ?? new ArcArena();
  const monthRows = new MonthRows();

  /** Takes a component's slices (kept, or solved by `outcome`) into the totals and the memory, in month order. */
  const apply = (
    index: number,
    component: ComponentModel,
    plan: ComponentPlan,
    outcome: MonthsOutcome | null,
  ) => {
    let value = 0;
    let solved = 0;
    component.slices.forEach((slice, t) => {
      slices++;
      const kept = plan.kept[t];
      const result = kept ?? outcome!.results[solved++];
      const solution = solutionOf(result, arena.flowBuffer(component.columns.length));
      const { flowing } = result;
      if (kept) {
        if (!plan.unchanged) memory?.keepSolution(component, lpArcs, t, solution, flowing);
      } else {
        const optimal = solution.status === 'optimal';
        memory?.record(component, lpArcs, t, optimal ? solution.basis : undefined);
        memory?.keepSolution(component, lpArcs, t, optimal ? solution : undefined, flowing);
      }
      engines[solution.engine] = (engines[solution.engine] ?? 0) + 1;
      rounds += solution.rounds;
      pivots += solution.iterations;
      if (solution.status !== 'optimal') {
        if (status === 'optimal' || solution.status === 'failed') status = solution.status;
        // A slice that did not finish keeps only its required lower bounds: feasible, not optimal.
        value += addSlice(component, t, slice.lowerBound, null, columnFlow, columnMonthlyFlow, monthRows);
        return;
      }
      value += addSlice(
        component,
        t,
        slice.lowerBound,
        { solution, flowing },
        columnFlow,
        columnMonthlyFlow,
        monthRows,
      );
      markEndpoints(component, slice.lp, solution, flowing, endpointDual, endpointBindingSlices);
      recordMonthDuals(component, t, solution, endpointMonthDual);
    });
    storedStarts += outcome?.storedStarts ?? 0;
    componentValue[index] = value;
    done++;
    if (onProgress) onProgress(done, total);
  };

  const offered: { readonly index: number; readonly plan: ComponentPlan; readonly cost: number }[] = [];
  // A small solve stays on this thread: starting the worker and copying the jobs would cost more than they save.
  let size = 0;
  for (const component of formulation.components) size += component.columns.length * component.slices.length;
  const helper = size >= settings.threadMinSolveColumnMonths ? thread : null;
  helper?.begin(total);
  formulation.components.forEach((component, index) => {
    largestRows = Math.max(largestRows, component.supplies.length + component.demands.length);
    largestColumns = Math.max(largestColumns, component.columns.length);
    for (const e of component.supplies) endpointSlices[e] = component.slices.length;
    for (const e of component.demands) endpointSlices[e] = component.slices.length;
    const plan = planComponent(component, lpArcs, settings, deadlineMs, arena, memory);
    if (plan.job === null) return apply(index, component, plan, null);
    const cost = component.columns.length * plan.job.months.length;
    if (helper && cost >= settings.threadMinColumnMonths) {
      helper.offer(offered.length, plan.job, cost);
      offered.push({ index, plan, cost });
      return;
    }
    apply(index, component, plan, solveMonths(plan.job, arena));
  });
  // The main thread takes the offered jobs the worker has not started, largest first, then waits for the others.
  const largestFirst = offered.map((_, k) => k).sort((a, b) => offered[b].cost - offered[a].cost);
  const byWorker: number[] = [];
  for (const k of largestFirst) {
    if (!helper!.claim(k)) {
      byWorker.push(k);
      continue;
    }
    const { index, plan } = offered[k];
    apply(index, formulation.components[index], plan, solveMonths(plan.job!, arena));
  }
  for (const k of byWorker) {
    const { index, plan } = offered[k];
    const outcome = helper!.take(k, deadlineMs);
    if (outcome) threadJobs++;
    apply(index, formulation.components[index], plan, outcome ?? solveMonths(plan.job!, arena));
  }
  let objective = 0;
  for (const value of componentValue) objective += value;
  return {
    status,
    columnFlow,
    columnMonthlyFlow,
    endpointDual,
    endpointMonthDual,
    endpointBindingSlices,
    endpointSlices,
    objectiveEurPerYr: objective,
    stats: {
      components: total,
      slices,
      columns: columnFlow.length,
      // In name order: the order slices were taken in depends on which thread finished first.
      engines: Object.fromEntries(Object.entries(engines).sort(([a], [b]) => (a < b ? -1 : 1))),
      columnGenerationRounds: rounds,
      pivots,
      storedStarts,
      largestRows,
      largestColumns,
      threadJobs,
    },
  };
}

/**
 * What a component's solve starts from: per slice, its earlier optimum when it is kept (an unchanged component,
 * or a month none of the new columns is profitable in), and the job of the other slices (null when none is left).
 */
interface ComponentPlan {
  /** Whether no new column touches the component (its kept solutions are already in the memory). */
  readonly unchanged: boolean;
  readonly kept: readonly (MonthResult | null)[];
  readonly job: MonthJob | null;
}

function planComponent(
  component: ComponentModel,
  lpArcs: LpArcs,
  settings: SolveSettings,
  deadlineMs: number,
  arena: ArcArena,
  memory: BasisMemory | undefined,
): ComponentPlan {
  const newShare = memory ? memory.newShare(component, lpArcs) : 1;
  // A component no new arc touches is the same LP as in the previous solve: its solutions are kept.
  const unchanged = memory !== undefined && newShare === 0 && memory.keptSolutions(component);
  // Few new arcs: every month from its own stored optimum (a few pivots each). Many: only the first month,
  // the others from the previous month by a dual phase, which then costs less than the new arcs' pivots.
  const everyMonthStored = newShare <= STORED_EVERY_MONTH_MAX_NEW_SHARE;
  // With new columns (and no required pair), a month where none of them is profitable under the earlier duals
  // keeps the union of the earlier optimal solutions.
  const earlier =
    memory && !unchanged && newShare > 0 && lpArcs.required.size === 0
      ? memory.earlierSolutions(component)
      : null;
  const tolerance = earlier ? costToleranceOf(component.slices[0].lp.arcMargin) : 0;
  const flowBuffer = (): Float64Array => arena.flowBuffer(component.columns.length);
  const kept = component.slices.map((_, t) => {
    if (!memory || (!unchanged && !earlier)) return null;
    if (unchanged) return memory.keptSolution(component, lpArcs, t, flowBuffer);
    const solution = memory.stillOptimal(component, lpArcs, t, earlier!, tolerance, flowBuffer());
    return solution && resultOf(solution);
  });
  const months: number[] = [];
  kept.forEach((solution, t) => {
    if (solution === null) months.push(t);
  });
  if (months.length === 0) return { unchanged, kept, job: null };
  const starts = months.map((t, k) =>
    everyMonthStored || k === 0 ? memory?.startFor(component, lpArcs, t) : undefined,
  );
  const lps = component.slices.map((slice) => slice.lp);
  return { unchanged, kept, job: { lps, months, starts, everyMonthStored, settings, deadlineMs } };
}

/**
 * Zeroed twelve-month rows, handed out as views of large blocks: one small array buffer per column (≈ 300,000 per
 * solve on the bench's 10,000-site case) added to the external memory that makes V8 collect the whole heap.
 */
class MonthRows {
  private static readonly BLOCK_ROWS = 4096;
  private block = new Float64Array(0);
  private used = 0;

  next(): Float64Array {
    if (this.used === this.block.length) {
      this.block = new Float64Array(MONTHS * MonthRows.BLOCK_ROWS);
      this.used = 0;
    }
    this.used += MONTHS;
    return this.block.subarray(this.used - MONTHS, this.used);
  }
}

/**
 * Adds lowerBound + LP flow of one slice to the yearly column flows; returns the slice's value. `solved.flowing`
 * lists the columns whose LP flow is not zero; a slice with required pairs (non-zero lower bounds) is walked in full.
 */
function addSlice(
  component: ComponentModel,
  month: number,
  lowerBound: Float64Array,
  solved: { readonly solution: TransportSolution; readonly flowing: Int32Array } | null,
  columnFlow: Float64Array,
  columnMonthlyFlow: Map<number, Float64Array>,
  monthRows: MonthRows,
): number {
  const margin = component.slices[0].lp.arcMargin;
  let value = 0;
  const add = (a: number, x: number): void => {
    const column = component.columns[a];
    columnFlow[column] += x;
    value += margin[a] * x;
    if (!component.monthly) return;
    let months = columnMonthlyFlow.get(column);
    if (!months) columnMonthlyFlow.set(column, (months = monthRows.next()));
    months[month] += x;
  };
  if (component.lowerBounds || !solved) {
    for (let a = 0; a < component.columns.length; a++) {
      const x = lowerBound[a] + (solved ? solved.solution.flow[a] : 0);
      if (x !== 0) add(a, x);
    }
  } else for (const a of solved.flowing) add(a, solved.solution.flow[a]);
  return value;
}

/** Stores a slice's duals per endpoint and month (all twelve months for a yearly component). */
function recordMonthDuals(
  component: ComponentModel,
  month: number,
  solution: TransportSolution,
  monthDual: Float64Array,
): void {
  const from = component.monthly ? month : 0;
  const to = component.monthly ? month + 1 : MONTHS;
  const put = (e: number, dual: number): void => {
    for (let t = from; t < to; t++) monthDual[e * MONTHS + t] = dual;
  };
  component.supplies.forEach((e, i) => put(e, solution.supplyDual[i]));
  component.demands.forEach((e, j) => put(e, solution.demandDual[j]));
}

/** Records per endpoint the slice's dual and whether its (residual) capacity is used up. */
function markEndpoints(
  component: ComponentModel,
  lp: TransportLp,
  solution: TransportSolution,
  flowing: Int32Array,
  endpointDual: Float64Array,
  endpointBindingSlices: Int32Array,
): void {
  const supplyUsed = new Float64Array(component.supplies.length);
  const demandUsed = new Float64Array(component.demands.length);
  for (const a of flowing) {
    supplyUsed[lp.arcSupply[a]] += solution.flow[a];
    demandUsed[lp.arcDemand[a]] += lp.arcRatio[a] * solution.flow[a];
  }
  const binding = (used: number, capacity: number): boolean => used >= capacity * (1 - 1e-9) - 1e-12;
  component.supplies.forEach((e, i) => {
    endpointDual[e] = Math.max(endpointDual[e], solution.supplyDual[i]);
    if (binding(supplyUsed[i], lp.supplyCapacity[i])) endpointBindingSlices[e]++;
  });
  component.demands.forEach((e, j) => {
    endpointDual[e] = Math.max(endpointDual[e], solution.demandDual[j]);
    if (binding(demandUsed[j], lp.demandCapacity[j])) endpointBindingSlices[e]++;
  });
}
