// Jest assertion shared by the solver tests: a TransportSolution is optimal, primal feasible, and its duals are
// a certificate (every reduced cost ≤ 0, dual value equal to the primal value: strong duality).

import { lpObjective, type TransportLp, type TransportSolution } from '@toile/matcher';

export function expectCertified(lp: TransportLp, solution: TransportSolution): void {
  expect(solution.status).toBe('optimal');
  const supplyUsed = new Float64Array(lp.supplyCapacity.length);
  const demandUsed = new Float64Array(lp.demandCapacity.length);
  for (let a = 0; a < lp.arcMargin.length; a++) {
    expect(solution.flow[a]).toBeGreaterThanOrEqual(0);
    supplyUsed[lp.arcSupply[a]] += solution.flow[a];
    demandUsed[lp.arcDemand[a]] += lp.arcRatio[a] * solution.flow[a];
    const reduced =
      lp.arcMargin[a] -
      solution.supplyDual[lp.arcSupply[a]] -
      lp.arcRatio[a] * solution.demandDual[lp.arcDemand[a]];
    expect(reduced).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(lp.arcMargin[a])));
  }
  supplyUsed.forEach((used, i) => expect(used).toBeLessThanOrEqual(lp.supplyCapacity[i] * (1 + 1e-9) + 1e-9));
  demandUsed.forEach((used, j) => expect(used).toBeLessThanOrEqual(lp.demandCapacity[j] * (1 + 1e-9) + 1e-9));
  let dualValue = 0;
  lp.supplyCapacity.forEach((q, i) => (dualValue += q * solution.supplyDual[i]));
  lp.demandCapacity.forEach((q, j) => (dualValue += q * solution.demandDual[j]));
  const primal = lpObjective(lp, solution.flow);
  expect(Math.abs(dualValue - primal)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(primal)));
}
