// Seeded random territories (20–300 sites, both families) through the whole pipeline: the objective equals
// HiGHS's on the same model to 1e-6 (relative), and the independent checker finds nothing wrong.

import {
  buildCandidates,
  buildFormulation,
  DEFAULT_MATCH_PARAMETERS,
  DEFAULT_SOLVE_SETTINGS,
  match,
  solveFormulation,
} from '@toile/matcher';
import { checkResult } from './support/check-result';
import { formulationAsOneLp } from './support/formulation-as-one-lp';
import { loadHighs, solveWithHighs } from './support/highs-reference';
import { denseTerritory, realisticTerritory } from './support/random-territory';

const CASES = [
  ['realistic', 20, 1],
  ['realistic', 60, 2],
  ['realistic', 150, 3],
  ['realistic', 300, 4],
  ['dense', 40, 5],
  ['dense', 120, 6],
] as const;

describe.each(CASES)('%s territory of %i sites (seed %i)', (family, sites, seed) => {
  const dataset = family === 'dense' ? denseTerritory(sites, seed) : realisticTerritory(sites, seed);
  const candidates = buildCandidates(dataset, DEFAULT_MATCH_PARAMETERS);

  it('has the objective HiGHS finds on the same model', async () => {
    const formulation = buildFormulation(candidates);
    const outcome = solveFormulation(
      formulation,
      candidates.endpoints.length,
      DEFAULT_SOLVE_SETTINGS,
      Infinity,
    );
    expect(outcome.status).toBe('optimal');
    const { lp, constant } = formulationAsOneLp(formulation);
    const reference = solveWithHighs(await loadHighs(), lp);
    expect(reference.status).toBe('optimal');
    const expected = reference.objective + constant;
    expect(Math.abs(outcome.objectiveEurPerYr - expected)).toBeLessThanOrEqual(
      1e-6 * Math.max(1, Math.abs(expected)),
    );
  });

  it('passes the independent checker, and totals equal the LP objective', () => {
    const result = match(dataset);
    expect(result.status).toBe('optimal');
    expect(checkResult(dataset, result, candidates)).toEqual([]);
    const substitutions = result.synergies.filter((s) => s.kind === 'substitution');
    const value = substitutions.reduce((total, s) => total + (s.netValueEurPerYr ?? 0), 0);
    const objective = Number((result.assumptions.solve as { objectiveEurPerYr: number }).objectiveEurPerYr);
    expect(Math.abs(value - objective)).toBeLessThanOrEqual(1e-6 * Math.max(1, objective));
    for (const s of substitutions) expect(s.explanation).toMatch(/Règle : .*Limite : /s);
  });
});
