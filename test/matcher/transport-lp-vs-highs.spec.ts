// Every engine of the solve stage against HiGHS on seeded random LPs: same optimum to 1e-6 (relative),
// primal feasible, and the duals a certificate (dual feasible, same value: strong duality).

import { DEFAULT_SOLVE_SETTINGS, lpObjective, solveTransportLp, type SolveSettings } from '@toile/matcher';
import { expectCertified } from './support/expect-certified';
import { loadHighs, solveWithHighs } from './support/highs-reference';
import { randomTransportLp } from './support/random-lp';

const FOREVER = Number.MAX_SAFE_INTEGER;

const engines: readonly [string, Partial<SolveSettings>][] = [
  ['javascript-lp-solver', { lpSolverMaxArcs: Infinity }],
  ['column-generation', { lpSolverMaxArcs: 0 }],
  ['column-generation', { lpSolverMaxArcs: 0, initialArcsPerFlow: 1, arcsAddedPerFlow: 1 }],
];

describe.each(engines)('solveTransportLp with %s %j', (engine, overrides) => {
  const settings = { ...DEFAULT_SOLVE_SETTINGS, ...overrides };
  const shapes = [
    { supplies: 1, demands: 6, density: 1, ratioShare: 0.5 },
    { supplies: 5, demands: 1, density: 1, ratioShare: 0.5 },
    { supplies: 8, demands: 8, density: 0.5, ratioShare: 0 },
    { supplies: 15, demands: 12, density: 0.4, ratioShare: 0.3 },
    { supplies: 30, demands: 40, density: 0.25, ratioShare: 0 },
    { supplies: 40, demands: 30, density: 0.3, ratioShare: 0.4 },
  ];
  it.each(shapes.flatMap((shape, k) => [1, 2, 3].map((seed) => [seed * 100 + k, shape] as const)))(
    'seed %i matches HiGHS with a dual certificate',
    async (seed, shape) => {
      const highs = await loadHighs();
      const lp = randomTransportLp(seed, shape);
      const solution = solveTransportLp(lp, settings, FOREVER);
      expectCertified(lp, solution);
      const star = lp.supplyCapacity.length === 1 || lp.demandCapacity.length === 1;
      expect(solution.engine).toBe(star ? solution.engine : engine);
      const reference = solveWithHighs(highs, lp);
      expect(reference.status).toBe('optimal');
      const objective = lpObjective(lp, solution.flow);
      expect(Math.abs(objective - reference.objective)).toBeLessThanOrEqual(
        1e-6 * Math.max(1, Math.abs(reference.objective)),
      );
    },
  );
});
