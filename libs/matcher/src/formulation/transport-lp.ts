// One time slice of one component as plain LP data: a generalized transportation problem over typed arrays.
// maximise Σ_a margin_a·x_a  s.t.  Σ_{a from s} x_a ≤ supplyCapacity_s,  Σ_{a to d} ratio_a·x_a ≤ demandCapacity_d,  x ≥ 0.

/**
 * The LP every solver of this package reads. Indices are local to the slice: supplies 0..supplyCount-1,
 * demands 0..demandCapacity.length-1, arcs 0..arcMargin.length-1. Capacities are ≥ 0, ratios > 0.
 * Row order, when a solver needs one: the supply rows first, then the demand rows.
 */
export interface TransportLp {
  readonly supplyCapacity: Float64Array;
  readonly demandCapacity: Float64Array;
  readonly arcSupply: Int32Array;
  readonly arcDemand: Int32Array;
  readonly arcRatio: Float64Array;
  /** EUR per canonical unit of supply sent. */
  readonly arcMargin: Float64Array;
}

/**
 * A simplex basis of a slice, in its local indices: the arcs of the restricted master (pool), the basic arcs
 * among them and the rows whose slack is basic (supplies 0..ns-1, then demands). Kept to warm-start a later solve.
 */
export interface SliceBasis {
  readonly pool: Int32Array;
  readonly basicArcs: Int32Array;
  readonly basicSlacks: Int32Array;
}

export type LpStatus = 'optimal' | 'timedout' | 'failed';

/** What a solver returns: never throws for an LP it was handed. */
export interface TransportSolution {
  readonly status: LpStatus;
  /** Flow per arc (canonical units of supply), ≥ 0. */
  readonly flow: Float64Array;
  /** Marginal value of one more unit of each supply (EUR per unit), ≥ 0. */
  readonly supplyDual: Float64Array;
  /** Marginal value of one more unit of each demand (EUR per unit of the demand), ≥ 0. */
  readonly demandDual: Float64Array;
  /** Simplex pivots (or 0 for a closed form). */
  readonly iterations: number;
  /** Column-generation rounds (1 when the whole arc set was solved at once). */
  readonly rounds: number;
  /** The final basis, when the engine has one (column generation) and the slice was solved to optimality. */
  readonly basis?: SliceBasis;
  /** Which algorithm produced it (`single-arc`, `supply-star`, `demand-star`, `javascript-lp-solver`, `column-generation`). */
  readonly engine: string;
}

/** Objective value Σ margin·flow of a solution. */
export function lpObjective(lp: TransportLp, flow: Float64Array): number {
  let total = 0;
  for (let a = 0; a < flow.length; a++) total += lp.arcMargin[a] * flow[a];
  return total;
}

/** An empty solution (every flow zero, every dual zero) with the given status. */
export function emptySolution(lp: TransportLp, status: LpStatus, engine: string): TransportSolution {
  return {
    status,
    flow: new Float64Array(lp.arcMargin.length),
    supplyDual: new Float64Array(lp.supplyCapacity.length),
    demandDual: new Float64Array(lp.demandCapacity.length),
    iterations: 0,
    rounds: 0,
    engine,
  };
}
