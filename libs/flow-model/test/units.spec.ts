// Tests of unit parsing and of normalisation to the canonical unit per year, with exact numbers.
// Physical factors: steam 0.754 MWh/t, H2 33.33 MWh/t and 0.0899 kg/Nm3, natural gas 10.1 kWh/Nm3.

import { parseUnit, PHYSICAL_FACTORS, SPEC_UNITS, toCanonical } from '../src';

describe('parseUnit', () => {
  it('parses every unit of the spec', () => {
    for (const u of SPEC_UNITS) expect(parseUnit(u)?.symbol).toBe(u);
  });

  it('is case-insensitive and tolerates spaces and m³', () => {
    expect(parseUnit('T/YR')?.symbol).toBe('t/yr');
    expect(parseUnit('mwh/Month')?.symbol).toBe('MWh/month');
    expect(parseUnit('NM3/h')?.symbol).toBe('Nm3/h');
    expect(parseUnit(' t / day ')?.symbol).toBe('t/day');
    expect(parseUnit('m³/h')?.symbol).toBe('m3/h');
    expect(parseUnit('kw')).toMatchObject({ symbol: 'kW', power: true, period: 'h' });
    expect(parseUnit('t/an')?.symbol).toBe('t/yr');
  });

  it('gives amount, dimension and period', () => {
    expect(parseUnit('kg/day')).toEqual({
      symbol: 'kg/day',
      amount: { symbol: 'kg', dimension: 'mass', toBase: 0.001 },
      period: 'day',
      power: false,
    });
    expect(parseUnit('Nm3/yr')?.amount.dimension).toBe('normal-volume');
  });

  it.each([['MWh'], ['t'], ['tonnes/yr'], ['t/yr/yr'], ['W'], ['kWh/s'], [''], ['EUR/t']])(
    'refuses %j',
    (u) => {
      expect(parseUnit(u)).toBeUndefined();
    },
  );

  it('refuses non-strings', () => {
    expect(parseUnit(undefined)).toBeUndefined();
    expect(parseUnit(12)).toBeUndefined();
  });
});

function value(quantity: number, unit: string, resource: string | undefined, hoursPerYear?: number): number {
  const r = toCanonical({ quantity, unit, hoursPerYear }, resource);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('toCanonical: same dimension', () => {
  it.each([
    [10, 't/day', 'gypsum', 3650],
    [2, 't/month', 'gypsum', 24],
    [7, 't/week', 'gypsum', 365],
    [1000, 'kg/yr', 'gypsum', 1],
    [150, 'kg/day', 'hydrogen', 54.75],
    [100, 'kg/h', 'sand', 876],
    [1, 'GWh/yr', 'heat', 1000],
    [1000, 'kWh/yr', 'electricity', 1],
    [10, 'MWh/month', 'heat', 120],
    [1, 'MW', 'heat', 8760],
    [500, 'kW', 'electricity', 4380],
    [2, 'm3/h', 'water-process', 17520],
    [3, 'm3/day', 'wastewater', 1095],
    [5, 'm3/month', 'water-raw', 60],
    [5, 't/yr', undefined, 5],
    [5, 'kg/day', undefined, 1.825],
  ])('%d %s of %s = %d canonical', (q, unit, resource, expected) => {
    expect(value(q, unit, resource)).toBeCloseTo(expected, 9);
  });

  it('uses hoursPerYear for power and per-hour units', () => {
    expect(value(500, 'kW', 'heat', 4000)).toBeCloseTo(2000, 9);
    expect(value(100, 'kg/h', 'sand', 8000)).toBeCloseTo(800, 9);
    expect(value(10, 'Nm3/h', 'natural-gas', 1000)).toBeCloseTo(101, 9);
  });

  it('reports the canonical unit and no factor', () => {
    expect(toCanonical({ quantity: 1, unit: 'MW' }, 'heat')).toEqual({
      ok: true,
      value: 8760,
      unit: 'MWh/yr',
      factorsUsed: [],
    });
  });
});

describe('toCanonical: physical factors', () => {
  it('steam t → MWh at 0.754 MWh/t', () => {
    expect(toCanonical({ quantity: 1000, unit: 't/yr' }, 'steam')).toEqual({
      ok: true,
      value: 754,
      unit: 'MWh/yr',
      factorsUsed: ['steam-enthalpy'],
    });
    expect(value(2, 't/h', 'steam')).toBeCloseTo(2 * 8760 * 0.754, 9);
  });

  it('hydrogen MWh → t at 33.33 MWh/t and Nm3 → t at 0.0899 kg/Nm3', () => {
    expect(value(33.33, 'MWh/yr', 'hydrogen')).toBeCloseTo(1, 12);
    expect(value(1_000_000, 'Nm3/yr', 'hydrogen')).toBeCloseTo(89.9, 9);
    expect(value(100, 'Nm3/h', 'hydrogen')).toBeCloseTo(100 * 8760 * 0.0000899, 9);
  });

  it('gas densities at 0 °C, 1 atm', () => {
    expect(value(1000, 'Nm3/yr', 'co2')).toBeCloseTo(1.977, 12);
    expect(value(1000, 'Nm3/yr', 'oxygen')).toBeCloseTo(1.429, 12);
    expect(value(1000, 'Nm3/yr', 'nitrogen')).toBeCloseTo(1.2506, 12);
  });

  it('heating values of natural gas, biogas and biomethane', () => {
    expect(value(1000, 'Nm3/yr', 'natural-gas')).toBeCloseTo(10.1, 12);
    expect(value(1000, 'Nm3/yr', 'biogas')).toBeCloseTo(5.98, 12);
    expect(value(1000, 'Nm3/yr', 'biomethane')).toBeCloseTo(9.67, 12);
    expect(PHYSICAL_FACTORS.biogasLhv.value).toBe(5.98);
  });

  it('water: 1 t = 1 m3', () => {
    expect(toCanonical({ quantity: 40, unit: 't/yr' }, 'water-cooling')).toEqual({
      ok: true,
      value: 40,
      unit: 'm3/yr',
      factorsUsed: ['water-density'],
    });
  });
});

describe('toCanonical: impossible conversions are reported', () => {
  it.each([
    ['t/yr', 'heat'],
    ['MWh/yr', 'biomass-fuel'],
    ['m3/yr', 'gypsum'],
    ['m3/h', 'hydrogen'],
    ['Nm3/yr', 'fuel-gas'],
    ['Nm3/h', 'compressed-air'],
    ['t/yr', 'electricity'],
    ['MWh/yr', 'water-process'],
    ['MWh/yr', undefined],
    ['m3/yr', undefined],
    ['Nm3/yr', undefined],
  ])('%s of %s', (unit, resource) => {
    const r = toCanonical({ quantity: 1, unit }, resource);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('incompatible-unit');
      expect(r.reason).toContain(unit);
    }
  });

  it('tells to use Nm3 for a gas given in m3', () => {
    const r = toCanonical({ quantity: 1, unit: 'm3/yr' }, 'co2');
    expect(r.ok === false && r.reason).toContain('Nm3');
  });

  it('names the rule for EWC-only flows', () => {
    const r = toCanonical({ quantity: 1, unit: 'MWh/yr' }, undefined);
    expect(r.ok === false && r.reason).toContain('EWC');
  });

  it('reports unknown units, unknown resources and bad numbers', () => {
    expect(toCanonical({ quantity: 1, unit: 'MWh' }, 'heat')).toMatchObject({
      ok: false,
      code: 'unknown-unit',
    });
    expect(toCanonical({ quantity: 1, unit: 't/yr' }, 'unobtainium')).toMatchObject({
      ok: false,
      code: 'unknown-resource',
    });
    expect(toCanonical({ quantity: NaN, unit: 't/yr' }, 'sand')).toMatchObject({
      ok: false,
      code: 'out-of-range',
    });
    expect(toCanonical({ quantity: -1, unit: 't/yr' }, 'sand')).toMatchObject({
      ok: false,
      code: 'out-of-range',
    });
    expect(toCanonical({ quantity: 1, unit: 'kW', hoursPerYear: 9000 }, 'heat')).toMatchObject({
      ok: false,
      code: 'out-of-range',
    });
    expect(toCanonical({ quantity: 1, unit: 'kW', hoursPerYear: 0 }, 'heat')).toMatchObject({ ok: false });
  });
});
