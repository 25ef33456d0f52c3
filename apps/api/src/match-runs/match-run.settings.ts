// Settings of the match-run queue: one typed object with its default, validation and resolution.
// The time limit is handed to the matcher; the worker is stopped if it overruns it by the grace period.

import { DEFAULT_STAGE_SHARES, type StageShare } from './match-run-progress';

export interface MatchRunSettings {
  /** Runs working at once over all territories (one at a time per territory in any case). */
  readonly maxConcurrentRuns: number;
  /** Time limit handed to the matcher, which then answers `timedout`. */
  readonly timeLimitMs: number;
  /** Extra time after the limit before the worker is stopped and the run marked failed. */
  readonly graceMs: number;
  /** Least interval between two writes of a run's progress to the database. */
  readonly progressPersistIntervalMs: number;
  readonly stageShares: readonly StageShare[];
}

export const DEFAULT_MATCH_RUN_SETTINGS: MatchRunSettings = {
  maxConcurrentRuns: 2,
  timeLimitMs: 10 * 60 * 1000,
  graceMs: 30 * 1000,
  progressPersistIntervalMs: 500,
  stageShares: DEFAULT_STAGE_SHARES,
};

export const MATCH_RUN_SETTINGS = Symbol('MATCH_RUN_SETTINGS');

export function validateMatchRunSettings(partial: Partial<MatchRunSettings>): string[] {
  const problems: string[] = [];
  const positiveIntegers = ['maxConcurrentRuns', 'timeLimitMs', 'progressPersistIntervalMs'] as const;
  for (const name of positiveIntegers) {
    const value = partial[name];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      problems.push(`@toile/api: ${name} doit être un entier positif (reçu ${String(value)})`);
    }
  }
  if (partial.graceMs !== undefined && !(Number.isInteger(partial.graceMs) && partial.graceMs >= 0)) {
    problems.push(`@toile/api: graceMs doit être un entier positif ou nul (reçu ${String(partial.graceMs)})`);
  }
  return problems;
}

export function resolveMatchRunSettings(partial: Partial<MatchRunSettings> = {}): MatchRunSettings {
  const problems = validateMatchRunSettings(partial);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return { ...DEFAULT_MATCH_RUN_SETTINGS, ...partial };
}
