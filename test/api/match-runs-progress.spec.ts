// Unit tests of the overall progress of a run computed from the matcher's per-stage progress.

import { overallProgress, type StageShare } from '@toile/api/src/match-runs/match-run-progress';

const shares: readonly StageShare[] = [
  { stage: 'candidates', share: 0.4 },
  { stage: 'solve', share: 0.6 },
];

describe('overallProgress', () => {
  it('adds the finished stages to the share of the current one', () => {
    expect(overallProgress(shares, 0, 'candidates', 1, 2)).toBeCloseTo(0.2);
    expect(overallProgress(shares, 0.2, 'solve', 1, 4)).toBeCloseTo(0.55);
  });

  it('never goes backwards and keeps the fraction on an unknown stage', () => {
    expect(overallProgress(shares, 0.5, 'candidates', 1, 2)).toBe(0.5);
    expect(overallProgress(shares, 0.3, 'something-new', 5, 10)).toBe(0.3);
  });

  it('stays below 1 until the result is in, and survives a zero total', () => {
    expect(overallProgress(shares, 0, 'solve', 10, 10)).toBe(0.99);
    expect(overallProgress(shares, 0, 'solve', 0, 0)).toBeCloseTo(0.4);
  });
});
