// Heat, steam and cold rules with hand-computed COPs.
import { heatCompatibility, heatPumpCop, type HeatRuleSettings } from './heat';

const SETTINGS: HeatRuleSettings = {
  deltaTMinK: 10,
  heatPumpCarnotEfficiency: 0.5,
  heatPumpMaxCop: 8,
  heatPumpMaxLiftK: 80,
  heatPumpMaxSinkC: 150,
  heatPumpsAllowed: true,
};
const heat = (temperatureC: number) => ({ resource: 'heat', temperatureC });
const steam = (temperatureC: number, pressureBar?: number) => ({
  resource: 'steam',
  temperatureC,
  pressureBar,
});

describe('heatCompatibility', () => {
  it('serves directly when the source is at least ΔTmin hotter', () => {
    expect(heatCompatibility(heat(85), heat(60), SETTINGS)).toEqual({
      kind: 'direct',
      ruleId: 'heat-direct',
      ratio: 1,
    });
    expect(heatCompatibility(heat(70), heat(60), SETTINGS).kind).toBe('direct');
  });

  it('needs a heat pump for a 95 °C need from a 90 °C source (COP capped at heatPumpMaxCop)', () => {
    const result = heatCompatibility(heat(90), heat(95), SETTINGS);
    // Carnot fraction: 0.5 × 368.15 / 5 = 36.815, capped at 8.
    expect(result).toEqual({
      kind: 'heat-pump',
      ruleId: 'heat-pump',
      cop: 8,
      ratio: 8 / 7,
      electricityMWhPerUnit: 1 / 7,
    });
    const uncapped = heatCompatibility(heat(90), heat(95), { ...SETTINGS, heatPumpMaxCop: 50 });
    expect(uncapped.kind === 'heat-pump' && uncapped.cop).toBeCloseTo(36.815, 10);
  });

  it('computes COP = η·T_sink/(T_sink − T_source) in kelvin: 60 °C → 95 °C', () => {
    expect(heatPumpCop(60, 95, SETTINGS)).toBeCloseTo((0.5 * 368.15) / 35, 12);
    const result = heatCompatibility(heat(60), heat(95), SETTINGS);
    expect(result.kind).toBe('heat-pump');
    if (result.kind === 'heat-pump') {
      expect(result.cop).toBeCloseTo(5.259285714, 8);
      expect(result.ratio).toBeCloseTo(5.259285714 / 4.259285714, 8);
    }
  });

  it('refuses heat pumps beyond their lift or sink limit, or when disabled', () => {
    expect(heatCompatibility(heat(20), heat(120), SETTINGS).kind).toBe('incompatible');
    expect(heatCompatibility(heat(140), heat(160), SETTINGS).kind).toBe('incompatible');
    expect(heatCompatibility(heat(60), heat(95), { ...SETTINGS, heatPumpsAllowed: false }).kind).toBe(
      'incompatible',
    );
  });

  it('lets steam serve steam and lower-temperature heat, never hot water serve steam', () => {
    expect(heatCompatibility(steam(180), steam(150), SETTINGS)).toMatchObject({
      kind: 'direct',
      ruleId: 'steam-direct',
    });
    expect(heatCompatibility(steam(180), heat(90), SETTINGS)).toMatchObject({
      kind: 'direct',
      ruleId: 'steam-to-heat',
    });
    expect(heatCompatibility(heat(200), steam(120), SETTINGS)).toMatchObject({ kind: 'incompatible' });
    expect(heatCompatibility(steam(155), steam(150), SETTINGS).kind).toBe('incompatible');
    expect(heatCompatibility(steam(200, 5), steam(150, 10), SETTINGS).kind).toBe('incompatible');
  });

  it('lets cold serve only a warmer cold need, by ΔTmin', () => {
    const cold = (temperatureC: number) => ({ resource: 'cold', temperatureC });
    expect(heatCompatibility(cold(-5), cold(7), SETTINGS)).toMatchObject({
      kind: 'direct',
      ruleId: 'cold-direct',
    });
    expect(heatCompatibility(cold(2), cold(7), SETTINGS).kind).toBe('incompatible');
    expect(heatCompatibility(cold(-5), heat(7), SETTINGS).kind).toBe('incompatible');
  });

  it('refuses undeclared temperatures and non-heat resources', () => {
    expect(heatCompatibility({ resource: 'heat' }, heat(60), SETTINGS).kind).toBe('incompatible');
    expect(heatCompatibility({ resource: 'gypsum', temperatureC: 90 }, heat(60), SETTINGS).kind).toBe(
      'incompatible',
    );
  });
});
