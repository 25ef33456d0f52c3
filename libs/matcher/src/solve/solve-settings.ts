// Settings of the solve stage (how each component's LP is solved), as one typed object with its default,
// validation and resolution. They change the speed, never the optimum (except `pricingArcsPerFlow: 0`, which
// turns the pricing of pruned pairs off: the optimum is then over the kept arcs only).

export interface SolveSettings {
  /** Components with at most this many arcs (per time slice) go to javascript-lp-solver whole. */
  readonly lpSolverMaxArcs: number;
  /** Arcs per supply and per demand (best margins) in the first restricted master of column generation. */
  readonly initialArcsPerFlow: number;
  /** Arcs priced in per supply and per demand at each column-generation round (most violated first). */
  readonly arcsAddedPerFlow: number;
  /** Safety cap on simplex pivots per restricted-master solve. */
  readonly maxPivotsPerRound: number;
  /**
   * Pairs the partner cap pruned are priced with the optimum's duals after each solve, and the most profitable
   * (this many per supply and per demand) join the candidate set until none is left: the optimum is then exact
   * over every compatible pair. 0 turns it off (optimum over the kept arcs only, faster on huge territories).
   */
  readonly pricingArcsPerFlow: number;
  /**
   * Threads that solve and price at the same time: 1, or 2 (a worker thread takes the large components' jobs, and
   * half the outputs of each pricing pass on a large territory; only when the machine has two cores). Same result
   * either way.
   */
  readonly threads: number;
  /** Least columns × months of a whole formulation for the second thread to take part in its solve. */
  readonly threadMinSolveColumnMonths: number;
  /** Least columns × months to solve for a component's job to be offered to the second thread. */
  readonly threadMinColumnMonths: number;
  /** Least flows for the second thread to search half the outputs of each pricing pass. */
  readonly threadMinFlows: number;
}

export const DEFAULT_SOLVE_SETTINGS: SolveSettings = {
  lpSolverMaxArcs: 60,
  initialArcsPerFlow: 6,
  arcsAddedPerFlow: 4,
  maxPivotsPerRound: 2_000_000,
  pricingArcsPerFlow: 16,
  threads: 2,
  threadMinSolveColumnMonths: 2_000_000,
  threadMinColumnMonths: 50_000,
  threadMinFlows: 10_000,
};

/** Settings that accept 0 (every other one is an integer ≥ 1). */
const ZERO_ALLOWED: ReadonlySet<string> = new Set(['lpSolverMaxArcs', 'pricingArcsPerFlow']);

export class SolveSettingsError extends Error {
  constructor(message: string) {
    super(`@toile/matcher: ${message}`);
    this.name = 'SolveSettingsError';
  }
}

/** Every problem of a partial settings object, as `name: reason` lines (empty when valid). */
export function validateSolveSettings(settings: Partial<SolveSettings>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(settings)) {
    if (!Object.hasOwn(DEFAULT_SOLVE_SETTINGS, name)) problems.push(`${name}: unknown solve setting`);
    else if (
      typeof value !== 'number' ||
      !(value >= 0) ||
      (name !== 'lpSolverMaxArcs' && !Number.isInteger(value))
    )
      problems.push(`${name}: expected a non-negative integer, got ${String(value)}`);
    else if (!ZERO_ALLOWED.has(name) && value < 1) problems.push(`${name}: must be at least 1`);
    else if (name === 'threads' && value > 2) problems.push(`${name}: must be 1 or 2, got ${value}`);
  }
  return problems;
}

/** Defaults completed by the given values; throws SolveSettingsError naming every bad field. */
export function resolveSolveSettings(settings: Partial<SolveSettings> = {}): SolveSettings {
  const problems = validateSolveSettings(settings);
  if (problems.length > 0) throw new SolveSettingsError(`invalid solve settings: ${problems.join('; ')}`);
  return { ...DEFAULT_SOLVE_SETTINGS, ...settings };
}
