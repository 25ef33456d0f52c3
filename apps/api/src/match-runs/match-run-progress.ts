// Turns the matcher's per-stage progress ({ stage, done, total }) into one overall fraction 0–1 (pure).
// Known stages carry a share of the whole; an unknown stage keeps the fraction reached so far (never backwards).

export interface StageShare {
  readonly stage: string;
  /** Share of the whole run, the shares summing to 1. */
  readonly share: number;
}

/** The matcher's pipeline, with rough shares of a run's time. */
export const DEFAULT_STAGE_SHARES: readonly StageShare[] = [
  { stage: 'validation', share: 0.05 },
  { stage: 'candidates', share: 0.3 },
  { stage: 'formulation', share: 0.1 },
  { stage: 'solve', share: 0.45 },
  { stage: 'interpretation', share: 0.1 },
];

export function overallProgress(
  shares: readonly StageShare[],
  previous: number,
  stage: string,
  done: number,
  total: number,
): number {
  const index = shares.findIndex((entry) => entry.stage === stage);
  if (index < 0) return previous;
  const before = shares.slice(0, index).reduce((sum, entry) => sum + entry.share, 0);
  const fraction = total > 0 ? Math.min(Math.max(done / total, 0), 1) : 0;
  const estimate = before + shares[index].share * fraction;
  // Stays below 1 until the result is in: only a finished run reports 1. Rounded to 0.1 %.
  return Math.max(previous, Math.min(Math.round(estimate * 1000) / 1000, 0.99));
}
