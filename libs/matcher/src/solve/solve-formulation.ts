// Solves every component of a formulation, slice by slice, within a deadline; joins the slices into yearly
// flows per LP column, and keeps per endpoint the marginal values the interpretation explains.

import { MONTHS, type ComponentModel, type Formulation } from '../formulation/build-formulation';
import type { TransportLp, TransportSolution } from '../formulation/transport-lp';
import { ArcArena, INT_SLOT } from '../solver/arc-arena';
import { costToleranceOf } from '../solver/network-simplex';
import type { BasisMemory } from './basis-memory';
import type { WarmStart } from './column-generation';
import { solveTransportLp } from './solve-transport-lp';
import type { SolveSettings } from './solve-settings';

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
  let objective = 0;
  const total = formulation.components.length;
  // The simplices of every slice recycle their per-arc arrays and scratch (fresh ones per slice made V8 collect
  // the whole heap again and again), from one pass to the next when there is a memory.
  const arena = memory?.arena ?? new ArcArena();
  const monthRows = new MonthRows();
  formulation.components.forEach((component, index) => {
    largestRows = Math.max(largestRows, component.supplies.length + component.demands.length);
    largestColumns = Math.max(largestColumns, component.columns.length);
    for (const e of component.supplies) endpointSlices[e] = component.slices.length;
    for (const e of component.demands) endpointSlices[e] = component.slices.length;
    const newShare = memory ? memory.newShare(component, lpArcs) : 1;
    // A component no new arc touches is the same LP as in the previous solve: its solutions are kept.
    const unchanged = memory !== undefined && newShare === 0 && memory.keptSolutions(component);
    // Each month starts from the previous month's optimal basis (same arcs and margins, other capacities).
    const warm: WarmStart = { arena };
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
    component.slices.forEach((slice, t) => {
      slices++;
      let solution: TransportSolution;
      let flowing: Int32Array | undefined;
      // A slice whose LP is unchanged, or to which no column profitable in its month was added, keeps its optimum.
      const buffer = (): Float64Array => arena.flowBuffer(component.columns.length);
      const reused =
        memory && unchanged
          ? memory.keptSolution(component, lpArcs, t, buffer())
          : memory && earlier
            ? memory.stillOptimal(component, lpArcs, t, earlier, tolerance, buffer())
            : null;
      if (reused && memory) {
        solution = reused;
        if (!unchanged) {
          flowing = nonzeroColumns(reused.flow, arena.intBuffer(INT_SLOT.flowing, reused.flow.length));
          memory.keepSolution(component, lpArcs, t, reused, flowing);
        }
      } else {
        warm.basis = everyMonthStored || !warm.simplex ? memory?.startFor(component, lpArcs, t) : undefined;
        solution = solveTransportLp(slice.lp, settings, deadlineMs, warm);
        const optimal = solution.status === 'optimal';
        memory?.record(component, lpArcs, t, optimal ? solution.basis : undefined);
        flowing = nonzeroColumns(solution.flow, arena.intBuffer(INT_SLOT.flowing, solution.flow.length));
        memory?.keepSolution(component, lpArcs, t, optimal ? solution : undefined, flowing);
      }
      engines[solution.engine] = (engines[solution.engine] ?? 0) + 1;
      // The columns with a flow (a basis' worth at most): the loops below walk them, not every column.
      flowing ??= nonzeroColumns(solution.flow, arena.intBuffer(INT_SLOT.flowing, solution.flow.length));
      rounds += solution.rounds;
      pivots += solution.iterations;
      if (solution.status !== 'optimal') {
        if (status === 'optimal' || solution.status === 'failed') status = solution.status;
        // A slice that did not finish keeps only its required lower bounds: feasible, not optimal.
        objective += addSlice(component, t, slice.lowerBound, null, columnFlow, columnMonthlyFlow, monthRows);
        return;
      }
      objective += addSlice(
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
    warm.simplex?.release();
    storedStarts += warm.storedStarts ?? 0;
    if (onProgress) onProgress(index + 1, total);
  });
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
      engines,
      columnGenerationRounds: rounds,
      pivots,
      storedStarts,
      largestRows,
      largestColumns,
    },
  };
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

/** The indices of the non-zero entries of `flow`, in increasing order, written into `into` (a view of them). */
function nonzeroColumns(flow: Float64Array, into: Int32Array): Int32Array {
  let count = 0;
  for (let a = 0; a < flow.length; a++) if (flow[a] !== 0) into[count++] = a;
  return into.subarray(0, count);
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
