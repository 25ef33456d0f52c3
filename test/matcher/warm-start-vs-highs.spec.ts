// Monthly warm starts of column generation (each slice restarts from the previous slice's optimal basis by
// a dual simplex phase) against HiGHS and against cold solves, on seeded random twelve-month sequences.

import {
  DEFAULT_SOLVE_SETTINGS,
  lpObjective,
  solveTransportLp,
  type TransportLp,
  type WarmStart,
} from '@toile/matcher';
import { expectCertified } from './support/expect-certified';
import { loadHighs, solveWithHighs } from './support/highs-reference';
import { randomTransportLp, type RandomLpOptions } from './support/random-lp';
import { seededRandom } from './support/seeded-random';

const FOREVER = Number.MAX_SAFE_INTEGER;
const SETTINGS = { ...DEFAULT_SOLVE_SETTINGS, lpSolverMaxArcs: 0 };

/**
 * Twelve slices sharing the arc arrays of one random LP (as a monthly component's slices do): most rows keep
 * the same capacity every month (flat flows), the others follow a seasonal profile, some months at zero, and
 * a few take round values so that ties (degenerate pivots) happen.
 */
function monthlySlices(seed: number, options: RandomLpOptions): TransportLp[] {
  const base = randomTransportLp(seed, options);
  const random = seededRandom(seed + 7);
  const profile = (capacity: Float64Array): Float64Array[] => {
    const rows = Array.from(capacity, (q) => {
      const kind = random.next();
      if (kind < 0.6) return Array.from({ length: 12 }, () => q / 12);
      if (kind < 0.75)
        return Array.from({ length: 12 }, () => (random.next() < 0.3 ? 0 : random.int(1, 4) * 10));
      return Array.from({ length: 12 }, () => (random.next() < 0.15 ? 0 : random.range(0, q / 6)));
    });
    return Array.from({ length: 12 }, (_, t) => Float64Array.from(rows, (row) => row[t]));
  };
  const supply = profile(base.supplyCapacity);
  const demand = profile(base.demandCapacity);
  return supply.map((supplyCapacity, t) => ({ ...base, supplyCapacity, demandCapacity: demand[t] }));
}

const shapes: readonly RandomLpOptions[] = [
  { supplies: 12, demands: 10, density: 0.5, ratioShare: 0 },
  { supplies: 25, demands: 30, density: 0.3, ratioShare: 0.3 },
  { supplies: 40, demands: 35, density: 0.25, ratioShare: 0.1 },
];

describe('column generation warm-started month to month', () => {
  it.each(shapes.flatMap((shape, k) => [1, 2, 3].map((seed) => [seed * 1000 + k, shape] as const)))(
    'seed %i: every month restarts from the previous basis and matches HiGHS and a cold solve',
    async (seed, shape) => {
      const highs = await loadHighs();
      const slices = monthlySlices(seed, shape);
      const warm: WarmStart = {};
      slices.forEach((lp, t) => {
        const solution = solveTransportLp(lp, SETTINGS, FOREVER, warm);
        expect(solution.engine).toBe('column-generation');
        expectCertified(lp, solution);
        expect(warm.restarts ?? 0).toBe(t);
        const reference = solveWithHighs(highs, lp);
        expect(reference.status).toBe('optimal');
        const tolerance = 1e-6 * Math.max(1, Math.abs(reference.objective));
        expect(Math.abs(lpObjective(lp, solution.flow) - reference.objective)).toBeLessThanOrEqual(tolerance);
        const cold = solveTransportLp(lp, SETTINGS, FOREVER);
        expect(Math.abs(lpObjective(lp, cold.flow) - reference.objective)).toBeLessThanOrEqual(tolerance);
      });
    },
  );

  it('starts cold when the slice does not share the arcs of the previous one', () => {
    const first = randomTransportLp(5, shapes[0]);
    const other = randomTransportLp(6, shapes[0]);
    const warm: WarmStart = {};
    expectCertified(first, solveTransportLp(first, SETTINGS, FOREVER, warm));
    expectCertified(other, solveTransportLp(other, SETTINGS, FOREVER, warm));
    expect(warm.restarts ?? 0).toBe(0);
    expect(warm.simplex).toBeDefined();
  });

  it('keeps the basis optimal when the pool drops its far-from-entering arcs, and restarts from it', async () => {
    const highs = await loadHighs();
    const slices = monthlySlices(4242, shapes[1]);
    const warm: WarmStart = {};
    expectCertified(slices[0], solveTransportLp(slices[0], SETTINGS, FOREVER, warm));
    const simplex = warm.simplex!;
    const before = simplex.poolSize;
    // Everything nonbasic with a negative reduced cost goes: the basis and duals stay, the pool shrinks.
    const dropped = simplex.trimPool(0);
    expect(dropped).toBeGreaterThan(0);
    expect(simplex.poolSize).toBe(before - dropped);
    expect(simplex.poolArcs().every((arc) => simplex.reducedCost(arc) >= -simplex.costTol)).toBe(true);
    // The next month restarts from that trimmed basis and reaches HiGHS's optimum.
    const solution = solveTransportLp(slices[1], SETTINGS, FOREVER, warm);
    expect(warm.restarts).toBe(1);
    expectCertified(slices[1], solution);
    const reference = solveWithHighs(highs, slices[1]);
    expect(Math.abs(lpObjective(slices[1], solution.flow) - reference.objective)).toBeLessThanOrEqual(
      1e-6 * Math.max(1, Math.abs(reference.objective)),
    );
  });
});
