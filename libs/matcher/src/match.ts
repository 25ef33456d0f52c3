// The public pipeline: validation → candidates → formulation → solve → interpretation, as one pure call
// returning a `toile.result/1` document with a status (`optimal`, `infeasible`, `timedout`), never throwing on it.

import { parseDataset, type Dataset, type MatchResult, type Problem } from '@toile/flow-model';
import { buildCandidateStage, type CandidatePin } from './candidates';
import { buildFormulation } from './formulation/build-formulation';
import { buildResult, infeasibleResult } from './interpretation/build-result';
import { flowUsage } from './interpretation/flow-usage';
import { interpretationContext } from './interpretation/interpretation-context';
import { pinConflictsAfter, pinConflictsBefore, validatePins } from './match-pins';
import { resolveMatchParameters } from './parameters';
import { solveWithPricing } from './priced-solve';
import { resolveSolveSettings, type SolveSettings } from './solve/solve-settings';
import { SolveThread } from './solve/solve-thread';

export type MatchStage = 'validation' | 'candidates' | 'formulation' | 'solve' | 'interpretation';

export interface MatchProgress {
  readonly stage: MatchStage;
  readonly done: number;
  readonly total: number;
}

export interface MatchOptions {
  /** Matcher parameters by name (see the README), validated by validateMatchParameters. */
  readonly parameters?: unknown;
  /** The facilitator's pins on supply → demand pairs. */
  readonly pins?: readonly CandidatePin[];
  /** Wall-clock budget of the solve; past it the result is `timedout` (feasible, maybe not optimal). */
  readonly timeLimitMs?: number;
  readonly onProgress?: (progress: MatchProgress) => void;
  /** How the LPs are solved (never changes the optimum). */
  readonly solveSettings?: Partial<SolveSettings>;
}

export class MatchInputError extends Error {
  override readonly name = 'MatchInputError';
  constructor(readonly problems: readonly Problem[]) {
    super(`@toile/matcher: invalid input: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
  }
}

/**
 * Proposes the synergies of a territory. Throws only on invalid input (MatchInputError for the dataset or the
 * pins, MatchParametersError for the parameters, SolveSettingsError): a contradiction between pins is an
 * `infeasible` result, a time-out a `timedout` one.
 */
export function match(dataset: unknown, options: MatchOptions = {}): MatchResult {
  const started = Date.now();
  const deadline =
    options.timeLimitMs === undefined ? Number.MAX_SAFE_INTEGER : started + options.timeLimitMs;
  const progress = (stage: MatchStage, done: number, total: number): void =>
    options.onProgress?.({ stage, done, total });
  progress('validation', 0, 1);
  const parsed = parseDataset(dataset);
  const pinProblems = validatePins(options.pins);
  if (!parsed.ok || pinProblems.length > 0)
    throw new MatchInputError([...(parsed.ok ? [] : parsed.problems), ...pinProblems]);
  const parameters = resolveMatchParameters(options.parameters ?? {});
  const settings = resolveSolveSettings(options.solveSettings);
  const pins = options.pins ?? [];
  progress('validation', 1, 1);
  return matchDataset(parsed.dataset, {
    parameters,
    settings,
    pins,
    deadline,
    timeLimitMs: options.timeLimitMs,
    progress,
  });
}

interface MatchRun {
  readonly parameters: ReturnType<typeof resolveMatchParameters>;
  readonly settings: SolveSettings;
  readonly pins: readonly CandidatePin[];
  readonly deadline: number;
  readonly timeLimitMs?: number;
  readonly progress: (stage: MatchStage, done: number, total: number) => void;
}

function matchDataset(dataset: Dataset, run: MatchRun): MatchResult {
  // On a large territory the second thread builds its own candidate stage, for the pricing passes, meanwhile.
  const thread = SolveThread.start(run.settings, { dataset, params: run.parameters, pins: run.pins });
  try {
    return matchOnThreads(dataset, run, thread);
  } finally {
    thread?.close();
  }
}

function matchOnThreads(dataset: Dataset, run: MatchRun, thread: SolveThread | null): MatchResult {
  const { parameters, settings, pins, progress } = run;
  const before = pinConflictsBefore(dataset, pins);
  progress('candidates', 0, 1);
  const stage = buildCandidateStage(dataset, parameters, pins);
  progress('candidates', 1, 1);
  progress('formulation', 0, 1);
  const kept = buildFormulation(stage.set);
  const conflicts = [...before, ...pinConflictsAfter(stage.set, pins, before), ...kept.conflicts];
  progress('formulation', 1, 1);
  if (conflicts.length > 0) {
    return infeasibleResult({ territoryId: dataset.territory.id, conflicts, parameters, settings });
  }
  // The pairs the partner cap pruned are priced with the duals and added back while profitable: the optimum is
  // over every compatible pair, or the result says `timedout` when the deadline stopped the pricing.
  const solved = solveWithPricing(
    stage.set,
    kept,
    stage.pricer,
    settings,
    run.deadline,
    (done, total) => progress('solve', done, total),
    thread,
  );
  const { candidates, formulation, outcome } = solved;
  const proved = settings.pricingArcsPerFlow === 0 || solved.pricing.optimalOverAllPairs;
  progress('interpretation', 0, 1);
  const context = interpretationContext(dataset);
  const usage = flowUsage(candidates, formulation, outcome);
  const result = buildResult({
    territory: { candidates, formulation, outcome, usage, context },
    status: outcome.status === 'optimal' && proved ? 'optimal' : 'timedout',
    pricing: { ...solved.pricing, partnerCap: stage.partnerCap },
    flowIds: dataset.flows.map((flow) => flow.id),
    parameters,
    settings,
    timeLimitMs: run.timeLimitMs,
  });
  progress('interpretation', 1, 1);
  return result;
}
