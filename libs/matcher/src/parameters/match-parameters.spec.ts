// Parameters: defaults valid, overrides by name, every problem named.
import {
  DEFAULT_MATCH_PARAMETERS,
  MatchParametersError,
  PARAMETER_SPECS,
  resolveMatchParameters,
  validateMatchParameters,
} from './match-parameters';
import { annuityFactor, avoidedCo2TPerUnit, defaultPurchasePriceEurPerUnit } from './derived-values';

describe('match parameters', () => {
  it('has valid defaults, each with a unit, a meaning and a source', () => {
    expect(validateMatchParameters({})).toEqual([]);
    const scalars = Object.fromEntries(
      Object.entries(PARAMETER_SPECS).map(([name, spec]) => [name, spec.default]),
    );
    expect(validateMatchParameters(scalars)).toEqual([]);
    for (const spec of Object.values(PARAMETER_SPECS)) {
      expect(spec.unit.length).toBeGreaterThan(0);
      expect(spec.meaning.length).toBeGreaterThan(5);
      expect(spec.source.length).toBeGreaterThan(2);
    }
    expect(DEFAULT_MATCH_PARAMETERS.roadDetourFactor).toBe(1.3);
    expect(DEFAULT_MATCH_PARAMETERS.electricityCo2TPerMWh).toBe(0.052);
    expect(DEFAULT_MATCH_PARAMETERS.naturalGasCo2TPerMWh).toBe(0.227);
  });

  it('overrides scalars by name and resource maps by dotted or nested names', () => {
    const p = resolveMatchParameters({
      roadCostEurPerTKm: 0.2,
      'avoidedCo2TPerUnit.gypsum': 0.01,
      purchasePriceEurPerUnit: { gypsum: 30 },
      heatPumpsAllowed: false,
    });
    expect(p.roadCostEurPerTKm).toBe(0.2);
    expect(p.heatPumpsAllowed).toBe(false);
    expect(p.avoidedCo2TPerUnit.gypsum).toBe(0.01);
    expect(p.avoidedCo2TPerUnit['steel-scrap']).toBeCloseTo(1.273, 10);
    expect(p.purchasePriceEurPerUnit.gypsum).toBe(30);
    expect(DEFAULT_MATCH_PARAMETERS.purchasePriceEurPerUnit.gypsum).toBe(20);
  });

  it('names every problem: unknown name, wrong type, out of range, non-integer', () => {
    const problems = validateMatchParameters({
      roadCostEurPerTkm: 1,
      deltaTMinK: 'ten',
      heatPumpCarnotEfficiency: 2,
      maxPartnersPerFlow: 2.5,
      heatPumpsAllowed: 1,
      'purchasePriceEurPerUnit.Gypsum': 3,
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.parameters.roadCostEurPerTkm', 'unknown-parameter'],
      ['$.parameters.deltaTMinK', 'bad-parameter'],
      ['$.parameters.heatPumpCarnotEfficiency', 'bad-parameter'],
      ['$.parameters.maxPartnersPerFlow', 'bad-parameter'],
      ['$.parameters.heatPumpsAllowed', 'bad-parameter'],
      ['$.parameters.purchasePriceEurPerUnit.Gypsum', 'bad-parameter'],
    ]);
    expect(problems[0].reason).toContain('roadCostEurPerTkm');
    expect(() => resolveMatchParameters({ deltaTMinK: -1 })).toThrow(MatchParametersError);
    expect(validateMatchParameters(null)).toHaveLength(1);
  });

  it('derives energy values and the annuity', () => {
    const p = DEFAULT_MATCH_PARAMETERS;
    expect(annuityFactor(p)).toBeCloseTo(0.045 / (1 - 1.045 ** -30), 12);
    expect(avoidedCo2TPerUnit('heat', p)).toBeCloseTo(0.227 / 0.9, 12);
    expect(avoidedCo2TPerUnit('cold', p)).toBeCloseTo(0.052 / 3, 12);
    expect(avoidedCo2TPerUnit('paper-cardboard', p)).toBe(0);
    expect(defaultPurchasePriceEurPerUnit('hydrogen', p)).toBe(42 * 50 + 1000);
  });
});
