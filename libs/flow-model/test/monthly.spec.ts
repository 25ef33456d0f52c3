// Tests of the monthly split of a yearly quantity: normalised profile shares or flat twelfths.

import { monthlyQuantities, monthShares } from '../src';

describe('monthlyQuantities', () => {
  it('splits flat without a profile', () => {
    expect(monthlyQuantities({}, 1200)).toEqual(new Array(12).fill(100));
  });

  it('normalises a profile so the months sum to the year', () => {
    const months = [1, 1, 1, 1, 0.5, 0, 0, 0, 0.5, 1, 1, 1];
    const q = monthlyQuantities({ months }, 800);
    expect(q[0]).toBeCloseTo(100, 12);
    expect(q[4]).toBeCloseTo(50, 12);
    expect(q[6]).toBe(0);
    expect(q.reduce((a, b) => a + b, 0)).toBeCloseTo(800, 9);
  });

  it('keeps shares that already sum to 1', () => {
    const months = [0.2, 0.2, 0.1, 0.1, 0, 0, 0, 0, 0, 0.1, 0.1, 0.2];
    expect(monthShares(months)?.map((s) => Math.round(s * 1e12) / 1e12)).toEqual(months);
  });

  it('falls back to flat for unusable profiles', () => {
    for (const months of [
      [],
      new Array(12).fill(0),
      new Array(11).fill(1),
      [...new Array(11).fill(1), NaN],
      [-1, ...new Array(11).fill(1)],
    ])
      expect(monthlyQuantities({ months }, 12)).toEqual(new Array(12).fill(1));
  });
});
