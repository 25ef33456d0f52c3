// Column generation on larger seeded random LPs (hundreds of rows, thousands of arcs, degenerate ties) against
// HiGHS: long pivot sequences exercise the sparse B⁻¹ lists (refresh and compaction) and multiple pricing.

import { DEFAULT_SOLVE_SETTINGS, lpObjective, solveTransportLp } from '@toile/matcher';
import { expectCertified } from './support/expect-certified';
import { loadHighs, solveWithHighs } from './support/highs-reference';
import { randomTransportLp } from './support/random-lp';

const FOREVER = Number.MAX_SAFE_INTEGER;
const shapes = [
  { supplies: 150, demands: 120, density: 0.15, ratioShare: 0.3 },
  { supplies: 200, demands: 250, density: 0.1, ratioShare: 0 },
  { supplies: 80, demands: 300, density: 0.2, ratioShare: 0.6 },
  { supplies: 450, demands: 400, density: 0.08, ratioShare: 0.2 },
];

describe.each([
  ['default settings', {}],
  ['one arc per flow and round', { initialArcsPerFlow: 1, arcsAddedPerFlow: 1 }],
])('column generation on large random LPs, %s', (_name, overrides) => {
  const settings = { ...DEFAULT_SOLVE_SETTINGS, lpSolverMaxArcs: 0, ...overrides };
  it.each(
    shapes.flatMap((shape, k) =>
      // The largest shape (≈ 14,000 arcs, over 2,000 pivots: periodic refreshes) once, its certificate check is slow.
      (k === shapes.length - 1 ? [1] : [1, 2]).map((seed) => [seed * 1000 + k, shape] as const),
    ),
  )('seed %i matches HiGHS with a dual certificate', async (seed, shape) => {
    const highs = await loadHighs();
    const lp = randomTransportLp(seed, shape);
    const solution = solveTransportLp(lp, settings, FOREVER);
    expect(solution.engine).toBe('column-generation');
    expect(solution.status).toBe('optimal');
    expectCertified(lp, solution);
    const reference = solveWithHighs(highs, lp);
    expect(reference.status).toBe('optimal');
    expect(Math.abs(lpObjective(lp, solution.flow) - reference.objective)).toBeLessThanOrEqual(
      1e-6 * Math.max(1, Math.abs(reference.objective)),
    );
  });
});
