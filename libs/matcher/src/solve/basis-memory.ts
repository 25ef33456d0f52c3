// The optimal bases and solutions of a territory's slices, kept by candidate arc and endpoint (indices that survive a
// rebuild of the formulation), so that a re-solve over more arcs starts each month from its own earlier optimum and
// keeps the solutions of the components no new arc touches.

import { MONTHS, smallestEndpoint, type ComponentModel } from '../formulation/build-formulation';
import type { LpArcs } from '../formulation/lp-arcs';
import type { SliceBasis, TransportSolution } from '../formulation/transport-lp';

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
}

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
  private arcState: Uint8Array;
  /** Candidate arcs 0..n-1 of the previous formulation, and of the current one (arcs are only appended). */
  private previousArcs = 0;
  private currentArcs = 0;
  /** Optimal solutions by component (its smallest endpoint) and month, for components no new arc touches. */
  private readonly solutions = new Map<number, StoredSolution>();
  private readonly slackBasic: Uint8Array;
  private readonly known: Uint8Array;

  constructor(endpointCount: number) {
    this.arcState = new Uint8Array(0);
    this.slackBasic = new Uint8Array(endpointCount * MONTHS);
    this.known = new Uint8Array(endpointCount * MONTHS);
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

  /** Stores a slice's optimal solution (any engine), or forgets it (`undefined`). */
  keepSolution(
    component: ComponentModel,
    lpArcs: LpArcs,
    month: number,
    solution: TransportSolution | undefined,
  ): void {
    const key = keyOf(component, month);
    if (!solution) {
      this.solutions.delete(key);
      return;
    }
    const arcs: number[] = [];
    const localArcs: number[] = [];
    const flow: number[] = [];
    solution.flow.forEach((x, a) => {
      if (x === 0) return;
      arcs.push(lpArcs.arcs[component.columns[a]]);
      localArcs.push(a);
      flow.push(x);
    });
    this.solutions.set(key, {
      arcs: Int32Array.from(arcs),
      flow: Float64Array.from(flow),
      endpoints: Int32Array.from([...component.supplies, ...component.demands]),
      component: new WeakRef(component),
      localArcs: Int32Array.from(localArcs),
      supplyDual: Float64Array.from(solution.supplyDual),
      demandDual: Float64Array.from(solution.demandDual),
    });
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
   * The kept solution of slice `month`, its flows written into `flow` (zeroed, one entry per column). Read only:
   * its duals are the stored arrays when the component is the very model it was solved on.
   */
  keptSolution(
    component: ComponentModel,
    lpArcs: LpArcs,
    month: number,
    flow: Float64Array,
  ): TransportSolution {
    const stored = this.solutions.get(keyOf(component, month))!;
    const solution = {
      status: 'optimal' as const,
      flow,
      iterations: 0,
      rounds: 0,
      engine: 'unchanged',
    };
    if (stored.component.deref() === component) {
      stored.localArcs.forEach((a, k) => (flow[a] = stored.flow[k]));
      return { ...solution, supplyDual: stored.supplyDual, demandDual: stored.demandDual };
    }
    // A model built again for the same LP: its local indices are found by candidate arc and endpoint.
    const { supplies, demands, columns } = component;
    const localArc = new Map<number, number>();
    columns.forEach((column, a) => localArc.set(lpArcs.arcs[column], a));
    stored.arcs.forEach((arc, k) => (flow[localArc.get(arc) ?? 0] = stored.flow[k]));
    const dualOf = new Map<number, number>();
    const storedSupplies = stored.supplyDual.length;
    stored.endpoints.forEach((e, k) =>
      dualOf.set(e, k < storedSupplies ? stored.supplyDual[k] : stored.demandDual[k - storedSupplies]),
    );
    return {
      ...solution,
      supplyDual: Float64Array.from(supplies, (e) => dualOf.get(e) ?? 0),
      demandDual: Float64Array.from(demands, (e) => dualOf.get(e) ?? 0),
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
