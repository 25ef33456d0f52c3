// Exact closed forms for the stars of the arc graph: one supply and distinct demands, or one demand and
// distinct supplies (a single arc is both). A fractional knapsack: the greedy order is optimal.

import type { TransportLp, TransportSolution } from '../formulation/transport-lp';

function distinct(values: Int32Array): boolean {
  return new Set(values).size === values.length;
}

/**
 * Which closed form applies, if any.
 * - `supply-star`: one supply row, every arc to a different demand.
 * - `demand-star`: one demand row, every arc from a different supply.
 */
export function closedFormKind(lp: TransportLp): 'supply-star' | 'demand-star' | null {
  if (lp.supplyCapacity.length === 1 && distinct(lp.arcDemand)) return 'supply-star';
  if (lp.demandCapacity.length === 1 && distinct(lp.arcSupply)) return 'demand-star';
  return null;
}

/**
 * Supply star: max Σ m_i·x_i s.t. Σ x_i ≤ Q, 0 ≤ x_i ≤ U_i = Q_{d(i)}/r_i (each demand row holds one arc).
 * Proof: this is a fractional knapsack with unit weights. If an optimum gave x_j > 0 while an arc i with
 * m_i > m_j had x_i < U_i, moving ε from j to i keeps feasibility and gains ε(m_i − m_j) > 0: so an optimum
 * fills arcs by decreasing margin, which the greedy does (arcs with m ≤ 0 stay at 0).
 * Duals (a certificate): u = the margin of the first positive arc not filled to U_i when the supply ran out,
 * else 0; v_i = max(0, m_i − u)/r_i. Then m_i − u − r_i·v_i ≤ 0 for every arc, u > 0 only when the supply is
 * exhausted, v_i > 0 only for arcs with m_i > u, which the greedy filled to U_i (demand row tight):
 * complementary slackness holds, so both are optimal.
 * Demand star: substitute z_i = r_i·x_i (z_i ≤ r_i·Q_{s(i)}, Σ z_i ≤ Q_d, value m_i/r_i per unit of z):
 * the same knapsack ordered by m_i/r_i; v = that value of the marginal arc, u_i = max(0, m_i − r_i·v).
 */
export function solveClosedForm(lp: TransportLp, kind: 'supply-star' | 'demand-star'): TransportSolution {
  const n = lp.arcMargin.length;
  const flow = new Float64Array(n);
  const supplyDual = new Float64Array(lp.supplyCapacity.length);
  const demandDual = new Float64Array(lp.demandCapacity.length);
  const star = kind === 'supply-star';
  // Per arc: value per unit of the shared row, and its upper bound in units of the shared row.
  const value = (a: number): number => (star ? lp.arcMargin[a] : lp.arcMargin[a] / lp.arcRatio[a]);
  const bound = (a: number): number =>
    star
      ? lp.demandCapacity[lp.arcDemand[a]] / lp.arcRatio[a]
      : lp.arcRatio[a] * lp.supplyCapacity[lp.arcSupply[a]];
  const order = Array.from({ length: n }, (_, a) => a)
    .filter((a) => lp.arcMargin[a] > 0)
    .sort((a, b) => value(b) - value(a) || a - b);
  let remaining = star ? lp.supplyCapacity[0] : lp.demandCapacity[0];
  let marginal = 0;
  for (const a of order) {
    if (remaining <= 0) {
      marginal = value(a);
      break;
    }
    const take = Math.min(remaining, bound(a));
    // Shared-row units back to supply units.
    flow[a] = star ? take : take / lp.arcRatio[a];
    remaining -= take;
    if (take < bound(a)) {
      marginal = value(a);
      remaining = 0;
      break;
    }
  }
  for (let a = 0; a < n; a++) {
    const m = lp.arcMargin[a];
    if (star) demandDual[lp.arcDemand[a]] = Math.max(0, m - marginal) / lp.arcRatio[a];
    else supplyDual[lp.arcSupply[a]] = Math.max(0, m - lp.arcRatio[a] * marginal);
  }
  if (star) supplyDual[0] = marginal;
  else demandDual[0] = marginal;
  return { status: 'optimal', flow, supplyDual, demandDual, iterations: 0, rounds: 0, engine: kind };
}
