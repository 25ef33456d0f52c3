import {
  DEFAULT_SOLVE_SETTINGS,
  resolveSolveSettings,
  SolveSettingsError,
  validateSolveSettings,
} from './solve-settings';

describe('solve settings', () => {
  it('completes the defaults with the given values', () => {
    expect(resolveSolveSettings({ pricingArcsPerFlow: 0 })).toEqual({
      ...DEFAULT_SOLVE_SETTINGS,
      pricingArcsPerFlow: 0,
    });
  });

  it('accepts 0 only where it means something (pricing off, no small LP to javascript-lp-solver)', () => {
    expect(validateSolveSettings({ pricingArcsPerFlow: 0, lpSolverMaxArcs: 0 })).toEqual([]);
    expect(validateSolveSettings({ arcsAddedPerFlow: 0 })).toEqual(['arcsAddedPerFlow: must be at least 1']);
  });

  it('names every bad field and its reason', () => {
    const problems = validateSolveSettings({
      pricingArcsPerFlow: -1,
      initialArcsPerFlow: 2.5,
      toString: 3,
    } as never);
    expect(problems).toEqual([
      'pricingArcsPerFlow: expected a non-negative integer, got -1',
      'initialArcsPerFlow: expected a non-negative integer, got 2.5',
      'toString: unknown solve setting',
    ]);
    expect(() => resolveSolveSettings({ pricingArcsPerFlow: Number.NaN })).toThrow(SolveSettingsError);
    expect(() => resolveSolveSettings({ pricingArcsPerFlow: Number.NaN })).toThrow(/pricingArcsPerFlow/);
  });
});
