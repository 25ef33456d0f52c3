// Solves a candidate stage as `match` does (pricing on, no deadline), or a final candidate set cold (no pricing, no
// stored bases): the two sides of the tests that compare a priced solve with the optimum it must reach.

import {
  buildFormulation,
  DEFAULT_SOLVE_SETTINGS,
  solveWithPricing,
  type CandidateSet,
  type CandidateStage,
  type PricedSolve,
  type SolveSettings,
} from '@toile/matcher';

export function pricedSolveOf(
  stage: CandidateStage,
  settings: SolveSettings = DEFAULT_SOLVE_SETTINGS,
): PricedSolve {
  return solveWithPricing(
    stage.set,
    buildFormulation(stage.set),
    stage.pricer,
    settings,
    Number.MAX_SAFE_INTEGER,
  );
}

export function coldSolveOf(candidates: CandidateSet): PricedSolve {
  return solveWithPricing(
    candidates,
    buildFormulation(candidates),
    undefined,
    DEFAULT_SOLVE_SETTINGS,
    Number.MAX_SAFE_INTEGER,
  );
}
