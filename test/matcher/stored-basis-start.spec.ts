// Starting column generation from a slice's stored basis (its optimum over fewer arcs, as a pricing pass leaves it):
// on seeded random LPs the start is taken, and the result matches HiGHS and carries a dual certificate, whether the
// stored basis is still primal feasible (same capacities), is repaired by a dual phase (other capacities) or is invalid.

import {
  DEFAULT_SOLVE_SETTINGS,
  lpObjective,
  solveTransportLp,
  type SliceBasis,
  type TransportLp,
  type TransportSolution,
  type WarmStart,
} from '@toile/matcher';
import { expectCertified } from './support/expect-certified';
import { loadHighs, solveWithHighs } from './support/highs-reference';
import { randomTransportLp, type RandomLpOptions } from './support/random-lp';
import { seededRandom } from './support/seeded-random';

const FOREVER = Number.MAX_SAFE_INTEGER;
const SETTINGS = { ...DEFAULT_SOLVE_SETTINGS, lpSolverMaxArcs: 0 };

/** The LP restricted to about `share` of its arcs, and the full LP index of each kept arc. */
function subset(lp: TransportLp, seed: number, share: number): { sub: TransportLp; kept: number[] } {
  const random = seededRandom(seed);
  const kept: number[] = [];
  for (let a = 0; a < lp.arcMargin.length; a++) if (random.next() < share) kept.push(a);
  const pick = <T extends Float64Array | Int32Array>(array: T): T =>
    array.constructor === Float64Array
      ? (Float64Array.from(kept, (a) => array[a]) as T)
      : (Int32Array.from(kept, (a) => array[a]) as T);
  return {
    sub: {
      supplyCapacity: lp.supplyCapacity,
      demandCapacity: lp.demandCapacity,
      arcSupply: pick(lp.arcSupply),
      arcDemand: pick(lp.arcDemand),
      arcRatio: pick(lp.arcRatio),
      arcMargin: pick(lp.arcMargin),
    },
    kept,
  };
}

/** A basis of the sub-LP in the full LP's arc indices. */
function lifted(basis: SliceBasis, kept: readonly number[]): SliceBasis {
  return {
    pool: Int32Array.from(basis.pool, (a) => kept[a]),
    basicArcs: Int32Array.from(basis.basicArcs, (a) => kept[a]),
    basicSlacks: basis.basicSlacks,
  };
}

/** The optimum over a share of the LP's arcs, and a warm start from its basis lifted to the whole LP. */
function storedStart(
  lp: TransportLp,
  seed: number,
  share: number,
): { sub: TransportLp; first: TransportSolution; warm: WarmStart } {
  const { sub, kept } = subset(lp, seed, share);
  const first = solveTransportLp(sub, SETTINGS, FOREVER);
  return { sub, first, warm: { basis: first.basis && lifted(first.basis, kept) } };
}

async function expectHighsOptimum(lp: TransportLp, flow: Float64Array): Promise<void> {
  const reference = solveWithHighs(await loadHighs(), lp);
  expect(reference.status).toBe('optimal');
  const tolerance = 1e-6 * Math.max(1, Math.abs(reference.objective));
  expect(Math.abs(lpObjective(lp, flow) - reference.objective)).toBeLessThanOrEqual(tolerance);
}

const shapes: readonly RandomLpOptions[] = [
  { supplies: 15, demands: 12, density: 0.6, ratioShare: 0 },
  { supplies: 30, demands: 35, density: 0.3, ratioShare: 0.3 },
  { supplies: 60, demands: 50, density: 0.2, ratioShare: 0.1 },
];
const cases = shapes.flatMap((shape, k) => [1, 2, 3].map((seed) => [seed * 100 + k, shape] as const));

describe('column generation started from a stored basis', () => {
  it.each(cases)(
    'seed %i: the optimum over a third of the arcs starts the solve over all',
    async (seed, shape) => {
      const lp = randomTransportLp(seed, shape);
      const { sub, first, warm } = storedStart(lp, seed + 1, 0.35);
      expectCertified(sub, first);
      expect(first.basis).toBeDefined();
      const solution = solveTransportLp(lp, SETTINGS, FOREVER, warm);
      expect(warm.storedStarts).toBe(1);
      expect(warm.basis).toBeUndefined();
      expectCertified(lp, solution);
      await expectHighsOptimum(lp, solution.flow);
      expect(lpObjective(lp, solution.flow)).toBeGreaterThanOrEqual(lpObjective(sub, first.flow) - 1e-6);
    },
  );

  it.each(cases)(
    'seed %i: a stored basis for other capacities is repaired by the dual simplex',
    async (seed, shape) => {
      const lp = randomTransportLp(seed, shape);
      const { warm } = storedStart(lp, seed + 2, 0.5);
      const random = seededRandom(seed + 3);
      const other: TransportLp = {
        ...lp,
        supplyCapacity: Float64Array.from(lp.supplyCapacity, (q) =>
          random.next() < 0.2 ? 0 : q * random.range(0.2, 1.5),
        ),
        demandCapacity: Float64Array.from(lp.demandCapacity, (q) => q * random.range(0.2, 1.5)),
      };
      const solution = solveTransportLp(other, SETTINGS, FOREVER, warm);
      // The lifted basis is primal infeasible for these capacities: the dual simplex repairs it.
      expect(warm.storedStarts).toBe(1);
      expectCertified(other, solution);
      await expectHighsOptimum(other, solution.flow);
    },
  );

  it('starts cold from a stored basis that is not one (wrong count, arc outside the pool)', async () => {
    const lp = randomTransportLp(7, shapes[1]);
    const first = solveTransportLp(lp, SETTINGS, FOREVER);
    const basis = first.basis!;
    const broken: SliceBasis[] = [
      { ...basis, basicSlacks: basis.basicSlacks.subarray(1) },
      { ...basis, pool: basis.pool.filter((a) => a !== basis.basicArcs[0]) },
    ];
    for (const start of broken) {
      const warm: WarmStart = { basis: start };
      const solution = solveTransportLp(lp, SETTINGS, FOREVER, warm);
      expect(warm.storedStarts ?? 0).toBe(0);
      expectCertified(lp, solution);
      await expectHighsOptimum(lp, solution.flow);
    }
  });
});
