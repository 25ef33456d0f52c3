import { formatCo2PerYear, formatEurPerYear, formatNumber, formatQuantity } from './format';
import { runLabel } from './app/run-label';

// Intl separates French thousands with a narrow no-break space.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('French formatting', () => {
  it('formats numbers, units, euros and tCO2e', () => {
    expect(plain(formatNumber(12345.6))).toBe('12 346');
    expect(formatNumber(2.55)).toMatch(/^2,[56]$/);
    expect(plain(formatQuantity(1500, 'm3/yr'))).toBe('1 500 m³/an');
    expect(plain(formatQuantity(300, 'MWh/yr'))).toBe('300 MWh/an');
    expect(plain(formatEurPerYear(-500))).toBe('-500 €/an');
    expect(formatEurPerYear(undefined)).toBe('—');
    expect(plain(formatCo2PerYear(90))).toBe('90 tCO₂e/an');
  });

  it('labels a match run with its date and synergy count', () => {
    const totals = {
      synergies: 3,
      tonnesPerYr: 0,
      mwhPerYr: 0,
      m3PerYr: 0,
      netValueEurPerYr: 0,
      co2AvoidedTPerYr: 0,
    };
    expect(runLabel({ id: 'r1', finishedAt: '2026-11-28T10:00:00Z', totals })).toMatch(
      /^Calcul du 28\/11\/2026 .* — 3 synergies$/,
    );
    expect(runLabel({ id: 'r2' })).toBe('Calcul du r2');
  });
});
