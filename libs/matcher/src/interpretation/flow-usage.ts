// How much of each endpoint the solution uses, and which LP columns carry its flow (for naming competitors).
// Supplies in their canonical unit (Σ x), demands in theirs (Σ ratio·x).

import type { Formulation } from '../formulation/build-formulation';
import type { SolveOutcome } from '../solve/solve-formulation';
import type { CandidateSet } from '../types';

export interface FlowUsage {
  /** Yearly quantity used per endpoint. */
  readonly used: Float64Array;
  /** Columns with flow, per endpoint. */
  readonly activeColumns: readonly (readonly number[])[];
  /** Every LP column, per endpoint (with or without flow). */
  readonly columns: readonly (readonly number[])[];
}

/** Flow below this share of the smaller capacity of its pair is round-off, not a synergy. */
export const FLOW_EPSILON = 1e-9;

export function isActive(
  candidates: CandidateSet,
  formulation: Formulation,
  outcome: SolveOutcome,
  column: number,
): boolean {
  const x = outcome.columnFlow[column];
  if (!(x > 0)) return false;
  const supply = candidates.endpoints[formulation.lpArcs.arcSupply[column]];
  return x > FLOW_EPSILON * Math.max(1e-12, supply.quantityPerYr);
}

export function flowUsage(
  candidates: CandidateSet,
  formulation: Formulation,
  outcome: SolveOutcome,
): FlowUsage {
  const n = candidates.endpoints.length;
  const used = new Float64Array(n);
  const activeColumns: number[][] = Array.from({ length: n }, () => []);
  const columns: number[][] = Array.from({ length: n }, () => []);
  const { arcSupply, arcDemand, arcs } = formulation.lpArcs;
  for (let c = 0; c < arcs.length; c++) {
    columns[arcSupply[c]].push(c);
    columns[arcDemand[c]].push(c);
    if (!isActive(candidates, formulation, outcome, c)) continue;
    const x = outcome.columnFlow[c];
    used[arcSupply[c]] += x;
    used[arcDemand[c]] += candidates.arcs[arcs[c]].ratio * x;
    activeColumns[arcSupply[c]].push(c);
    activeColumns[arcDemand[c]].push(c);
  }
  return { used, activeColumns, columns };
}
