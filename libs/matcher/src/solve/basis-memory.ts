// The optimal bases and solutions of a territory's slices, kept by candidate arc and endpoint (indices that survive a
// rebuild of the formulation), so that a re-solve over more arcs starts each month from its own earlier optimum and
// keeps the solutions of the components no new arc touches.

import { MONTHS, smallestEndpoint, type ComponentModel } from '../formulation/build-formulation';
import type { LpArcs } from '../formulation/lp-arcs';
import type { SliceBasis, TransportSolution } from '../formulation/transport-lp';
import { resultOf, type MonthResult } from './month-jobs';
import { ArcArena } from '../solver/arc-arena';

/**
 * An optimal slice solution by candidate arc and endpoint (its non-zero flows and every row's dual), and by local
 * index in the component model it was solved on (used as is while the formulation keeps that very model).
 */
interface StoredSolution {
  readonly arcs: Int32Array;
  readonly flow: Float64Array;
  /** The component's supplies, then its demands: their duals are supplyDual, then demandDual. */
  readonly endpoints: Int32Array;
  /** Weak: the model of a component merged into a larger one must not be kept alive by its old solutions. */
  readonly component: WeakRef<ComponentModel>;
  readonly localArcs: Int32Array;
  readonly supplyDual: Float64Array;
  readonly demandDual: Float64Array;
  /** Whether it is a month of a monthly component (else the yearly slice, stored under month 0). */
  readonly monthly: boolean;
}

/**
 * The optimal solutions a component of a new formulation is made of: those of the earlier components it joins
 * (captured before any of its own months is stored), and where each of its rows' duals is. See `stillOptimal`.
 */
export interface EarlierSolutions {
  /** Per earlier component: its stored solutions by month (one for a yearly component). */
  readonly parts: readonly (readonly StoredSolution[])[];
  /** Per local row (supplies, then demands): its earlier component in `parts` and place there, −1 for a new row. */
  readonly rowPart: Int32Array;
  readonly rowPlace: Int32Array;
}

/** `storedIn` of an endpoint in no solved component yet, or in a slice that did not finish. */
const NO_SOLUTION = -1;
const UNSOLVED = -2;

const NOT_IN_POOL = 0;
const IN_POOL = 1;
const BASIC = 2;

/**
 * Per month: each candidate arc's state (outside the pool, in the pool, basic) and each endpoint's (slack basic,
 * basis known). Arcs are only ever appended to a candidate set, and a component of a larger set is a union of
 * components of the smaller one: the union of their bases is a basis of it (block-diagonal), with its slacks
 * basic on the endpoints that had none stored (their components were solved in closed form or by
 * javascript-lp-solver, or did not finish). A yearly component's basis is stored for every month.
 */
export class BasisMemory {
  /** The simplices' recycled arrays, kept from one solve to the next (the LPs of a priced solve only grow). */
  readonly arena = new ArcArena();
  private arcState: Uint8Array;
  /** Candidate arcs 0..n-1 of the previous formulation, and of the current one (arcs are only appended). */
  private previousArcs = 0;
  private currentArcs = 0;
  /** Optimal solutions by component (its smallest endpoint) and month, for components no new arc touches. */
  private readonly solutions = new Map<number, StoredSolution>();
  private readonly slackBasic: Uint8Array;
  private readonly known: Uint8Array;
  /**
   * Per endpoint: the smallest endpoint of the component whose stored solutions hold it, and its place among that
   * component's supplies then demands; NO_SOLUTION when in no component yet, UNSOLVED when its slice did not finish.
   */
  private readonly storedIn: Int32Array;
  private readonly storedPlace: Int32Array;
  /** Per candidate arc: its local index in the component `stillOptimal` last assembled (`indexed`), else −1. */
  private localOfArc = new Int32Array(0);
  private indexed: { component: ComponentModel; lpArcs: LpArcs; arcs: Int32Array } | null = null;

  constructor(endpointCount: number) {
    this.arcState = new Uint8Array(0);
    this.slackBasic = new Uint8Array(endpointCount * MONTHS);
    this.known = new Uint8Array(endpointCount * MONTHS);
    this.storedIn = new Int32Array(endpointCount).fill(NO_SOLUTION);
    this.storedPlace = new Int32Array(endpointCount);
  }

  /**
   * The stored start of slice `month` of `component` (local indices), or undefined when none of its endpoints
   * has a stored basis.
   */
  startFor(component: ComponentModel, lpArcs: LpArcs, month: number): SliceBasis | undefined {
    const t = component.monthly ? month : 0;
    const { supplies, demands, columns } = component;
    let anyKnown = false;
    const basicSlacks: number[] = [];
    const rows = supplies.length + demands.length;
    for (let row = 0; row < rows; row++) {
      const e = row < supplies.length ? supplies[row] : demands[row - supplies.length];
      const at = e * MONTHS + t;
      if (this.known[at] === 0) basicSlacks.push(row);
      else {
        anyKnown = true;
        if (this.slackBasic[at] === 1) basicSlacks.push(row);
      }
    }
    if (!anyKnown) return undefined;
    const pool: number[] = [];
    const basicArcs: number[] = [];
    for (let a = 0; a < columns.length; a++) {
      const arc = lpArcs.arcs[columns[a]];
      const state = this.arcState[arc * MONTHS + t];
      if (state === NOT_IN_POOL) continue;
      pool.push(a);
      if (state === BASIC) basicArcs.push(a);
    }
    return {
      pool: Int32Array.from(pool),
      basicArcs: Int32Array.from(basicArcs),
      basicSlacks: Int32Array.from(basicSlacks),
    };
  }

  /** Share of a component's columns that are new since the previous formulation (1 for the first one). */
  newShare(component: ComponentModel, lpArcs: LpArcs): number {
    const { columns } = component;
    if (columns.length === 0) return 0;
    let fresh = 0;
    for (let a = 0; a < columns.length; a++) if (lpArcs.arcs[columns[a]] >= this.previousArcs) fresh++;
    return fresh / columns.length;
  }

  /**
   * Stores a slice's optimal solution (any engine), or forgets it (`undefined`). `flowing`, when given, lists the
   * columns whose flow is not zero, in increasing order.
   */
  keepSolution(
    component: ComponentModel,
    lpArcs: LpArcs,
    month: number,
    solution: TransportSolution | undefined,
    flowing?: Int32Array,
  ): void {
    const key = keyOf(component, month);
    const endpoints = Int32Array.from([...component.supplies, ...component.demands]);
    if (!solution) {
      this.solutions.delete(key);
      for (const e of endpoints) this.storedIn[e] = UNSOLVED;
      return;
    }
    const arcs: number[] = [];
    const localArcs: number[] = [];
    const flow: number[] = [];
    const x = solution.flow;
    const keep = (a: number): void => {
      arcs.push(lpArcs.arcs[component.columns[a]]);
      localArcs.push(a);
      flow.push(x[a]);
    };
    if (flowing) for (const a of flowing) keep(a);
    else for (let a = 0; a < x.length; a++) if (x[a] !== 0) keep(a);
    this.solutions.set(key, {
      arcs: Int32Array.from(arcs),
      flow: Float64Array.from(flow),
      endpoints,
      component: new WeakRef(component),
      localArcs: Int32Array.from(localArcs),
      supplyDual: Float64Array.from(solution.supplyDual),
      demandDual: Float64Array.from(solution.demandDual),
      monthly: component.monthly,
    });
    const owner = smallestEndpoint(component);
    endpoints.forEach((e, place) => {
      this.storedIn[e] = owner;
      this.storedPlace[e] = place;
    });
  }

  /**
   * The stored optimal solutions of the earlier components that `component` (with new columns) joins, captured
   * before any of its months is stored; null when one of its rows was in a slice that did not finish.
   */
  earlierSolutions(component: ComponentModel): EarlierSolutions | null {
    const rows = Int32Array.from([...component.supplies, ...component.demands]);
    const partOf = new Map<number, number>();
    const parts: StoredSolution[][] = [];
    const rowPart = new Int32Array(rows.length).fill(-1);
    const rowPlace = new Int32Array(rows.length);
    for (let row = 0; row < rows.length; row++) {
      const owner = this.storedIn[rows[row]];
      if (owner === UNSOLVED) return null;
      if (owner === NO_SOLUTION) continue;
      let part = partOf.get(owner);
      if (part === undefined) {
        const first = this.solutions.get(owner * MONTHS);
        if (!first) return null;
        const months = first.monthly ? MONTHS : 1;
        const stored: StoredSolution[] = [];
        for (let t = 0; t < months; t++) {
          const solution = this.solutions.get(owner * MONTHS + t);
          if (!solution) return null;
          stored.push(solution);
        }
        part = parts.length;
        partOf.set(owner, part);
        parts.push(stored);
      }
      rowPart[row] = part;
      rowPlace[row] = this.storedPlace[rows[row]];
    }
    return { parts, rowPart, rowPlace };
  }

  /**
   * Slice `month` of `component` when the earlier optimal solutions it is made of stay optimal: every column
   * added since has a reduced cost ≤ `tolerance` under their duals (a new row's dual is 0), so their union — new
   * columns at zero — is primal feasible and dual feasible for the larger LP (a yearly earlier component's flows
   * divided by 12 in a month: flat capacities, same duals). Null when a new column is profitable in that month.
   * Flows are written into `flow` (zeroed, one entry per column). The bases recorded for those months stay valid.
   */
  stillOptimal(
    component: ComponentModel,
    lpArcs: LpArcs,
    month: number,
    earlier: EarlierSolutions,
    tolerance: number,
    flow: Float64Array,
  ): TransportSolution | null {
    const { parts, rowPart, rowPlace } = earlier;
    const ns = component.supplies.length;
    const rows = ns + component.demands.length;
    const dualOfRow = (row: number): number => {
      const part = rowPart[row];
      if (part < 0) return 0;
      const stored = parts[part];
      const solution = stored[stored.length === 1 ? 0 : month];
      const place = rowPlace[row];
      const storedSupplies = solution.supplyDual.length;
      return place < storedSupplies
        ? solution.supplyDual[place]
        : solution.demandDual[place - storedSupplies];
    };
    const dual = new Float64Array(rows);
    for (let row = 0; row < rows; row++) dual[row] = dualOfRow(row);
    const lp = component.slices[month].lp;
    const { columns } = component;
    for (let a = 0; a < columns.length; a++) {
      if (lpArcs.arcs[columns[a]] < this.previousArcs) continue;
      const reduced = lp.arcMargin[a] - dual[lp.arcSupply[a]] - lp.arcRatio[a] * dual[ns + lp.arcDemand[a]];
      if (reduced > tolerance) return null;
    }
    this.indexColumns(component, lpArcs);
    const scale = component.monthly ? 1 / MONTHS : 1;
    for (const stored of parts) {
      const solution = stored.length === 1 ? stored[0] : stored[month];
      const factor = solution.monthly ? 1 : scale;
      for (let k = 0; k < solution.arcs.length; k++) {
        const local = this.localOfArc[solution.arcs[k]];
        if (local < 0) return null;
        flow[local] = solution.flow[k] * factor;
      }
    }
    return {
      status: 'optimal',
      flow,
      supplyDual: dual.slice(0, ns),
      demandDual: dual.slice(ns),
      iterations: 0,
      rounds: 0,
      engine: 'still-optimal',
    };
  }

  /** Fills `localOfArc` with the local index of each of `component`'s candidate arcs (−1 for every other arc). */
  private indexColumns(component: ComponentModel, lpArcs: LpArcs): void {
    if (this.indexed?.component === component && this.indexed.lpArcs === lpArcs) return;
    if (this.localOfArc.length < this.currentArcs)
      this.localOfArc = new Int32Array(Math.ceil(this.currentArcs * 1.25)).fill(-1);
    else if (this.indexed) for (const arc of this.indexed.arcs) this.localOfArc[arc] = -1;
    const arcs = Int32Array.from(component.columns, (column) => lpArcs.arcs[column]);
    for (let a = 0; a < arcs.length; a++) this.localOfArc[arcs[a]] = a;
    this.indexed = { component, lpArcs, arcs };
  }

  /**
   * Whether every slice of a component without new arcs (`newShare` 0: the same LP as when it was solved) has a
   * kept solution (see `keptSolution`).
   */
  keptSolutions(component: ComponentModel): boolean {
    const rows = component.supplies.length + component.demands.length;
    for (let t = 0; t < component.slices.length; t++) {
      const solution = this.solutions.get(keyOf(component, t));
      if (!solution || solution.endpoints.length !== rows) return false;
    }
    return true;
  }

  /**
   * The kept solution of slice `month`, or null when it cannot be assembled. Read only: when the component is the
   * very model it was solved on, its flows and duals are the stored arrays (its columns with a flow are stored in
   * increasing order); a model built again for the same LP gets it as a grown component does (`stillOptimal`, no new
   * column, its flows assembled in `flowBuffer()`).
   */
  keptSolution(
    component: ComponentModel,
    lpArcs: LpArcs,
    month: number,
    flowBuffer: () => Float64Array,
  ): MonthResult | null {
    const stored = this.solutions.get(keyOf(component, month))!;
    if (stored.component.deref() !== component) {
      const earlier = this.earlierSolutions(component);
      const same = earlier && this.stillOptimal(component, lpArcs, month, earlier, Infinity, flowBuffer());
      return same && resultOf({ ...same, engine: 'unchanged' });
    }
    return {
      status: 'optimal',
      flowing: stored.localArcs,
      flowValues: stored.flow,
      supplyDual: stored.supplyDual,
      demandDual: stored.demandDual,
      iterations: 0,
      rounds: 0,
      engine: 'unchanged',
    };
  }

  /** Stores a slice's optimal basis (every month for a yearly component), or forgets it (`undefined`). */
  record(component: ComponentModel, lpArcs: LpArcs, month: number, basis: SliceBasis | undefined): void {
    const from = component.monthly ? month : 0;
    const to = component.monthly ? month + 1 : MONTHS;
    const { supplies, demands, columns } = component;
    const ns = supplies.length;
    for (let a = 0; a < columns.length; a++) {
      const arc = lpArcs.arcs[columns[a]];
      for (let t = from; t < to; t++) this.arcState[arc * MONTHS + t] = NOT_IN_POOL;
    }
    const endpointOf = (row: number): number => (row < ns ? supplies[row] : demands[row - ns]);
    for (let row = 0; row < ns + demands.length; row++) {
      const e = endpointOf(row);
      for (let t = from; t < to; t++) {
        this.known[e * MONTHS + t] = basis ? 1 : 0;
        this.slackBasic[e * MONTHS + t] = 0;
      }
    }
    if (!basis) return;
    const mark = (locals: Int32Array, state: number): void => {
      for (const a of locals) {
        const arc = lpArcs.arcs[columns[a]];
        for (let t = from; t < to; t++) this.arcState[arc * MONTHS + t] = state;
      }
    };
    mark(basis.pool, IN_POOL);
    mark(basis.basicArcs, BASIC);
    for (const row of basis.basicSlacks) {
      const e = endpointOf(row);
      for (let t = from; t < to; t++) this.slackBasic[e * MONTHS + t] = 1;
    }
  }

  /** Makes room for every candidate arc of `lpArcs` (the candidate set only grows): once per formulation. */
  prepare(lpArcs: LpArcs): void {
    let largest = -1;
    for (const arc of lpArcs.arcs) if (arc > largest) largest = arc;
    this.previousArcs = this.currentArcs;
    this.currentArcs = largest + 1;
    const needed = (largest + 1) * MONTHS;
    if (needed <= this.arcState.length) return;
    const grown = new Uint8Array(Math.max(needed, this.arcState.length * 2));
    grown.set(this.arcState);
    this.arcState = grown;
  }
}

/** A component's key in a month: its smallest endpoint (components only grow, and partition the endpoints). */
function keyOf(component: ComponentModel, month: number): number {
  return smallestEndpoint(component) * MONTHS + month;
}
