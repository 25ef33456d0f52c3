// Gas purity and pressure: conversions are costed by the candidate stage, never ignored.
import { gasCompatibility, gasNeeds, GAS_NEEDS_COMPRESSION, GAS_NEEDS_PURIFICATION } from './gas';

const h2 = (purityPct?: number, pressureBar?: number) => ({ resource: 'hydrogen', purityPct, pressureBar });

describe('gasCompatibility', () => {
  it('accepts a supply at least as pure and pressurised', () => {
    expect(gasCompatibility(h2(99.99, 350), h2(99.97, 350))).toEqual({ kind: 'ok' });
    expect(gasCompatibility(h2(99.5), h2())).toEqual({ kind: 'ok' });
  });

  it('needs purification for 99.9 % against a 99.97 % demand', () => {
    expect(gasCompatibility(h2(99.9, 350), h2(99.97, 350))).toMatchObject({
      kind: 'conversion',
      conversion: 'purification',
      purification: true,
      compression: false,
    });
  });

  it('needs compression for a lower pressure, both when both fall short', () => {
    expect(gasCompatibility(h2(99.99, 30), h2(99.97, 350))).toMatchObject({ conversion: 'compression' });
    expect(gasCompatibility(h2(99.9, 30), h2(99.97, 350))).toMatchObject({
      conversion: 'purification+compression',
    });
  });

  it('counts the conversion when the supply does not declare its quality', () => {
    expect(gasCompatibility(h2(), h2(99.97, 700))).toMatchObject({ conversion: 'purification+compression' });
  });

  it('refuses a purity below the purifiable minimum and a different gas', () => {
    expect(gasCompatibility(h2(40), h2(99.97), { minPurifiablePurityPct: 60 }).kind).toBe('incompatible');
    expect(gasCompatibility({ resource: 'co2' }, h2()).kind).toBe('incompatible');
  });

  it('agrees with its fast form gasNeeds', () => {
    const cases = [
      [h2(99.99, 350), h2(99.97, 350), 0],
      [h2(99.9, 350), h2(99.97, 350), GAS_NEEDS_PURIFICATION],
      [h2(99.99, 30), h2(99.97, 350), GAS_NEEDS_COMPRESSION],
      [h2(), h2(99.97, 700), GAS_NEEDS_PURIFICATION | GAS_NEEDS_COMPRESSION],
      [h2(40), h2(99.97), -1],
    ] as const;
    for (const [supply, demand, needs] of cases) {
      expect(gasNeeds(supply, demand)).toBe(needs);
      const full = gasCompatibility(supply, demand);
      expect(
        full.kind === 'incompatible'
          ? -1
          : full.kind === 'ok'
            ? 0
            : (full.purification ? 1 : 0) | (full.compression ? 2 : 0),
      ).toBe(needs);
    }
  });
});
