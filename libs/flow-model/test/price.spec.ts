// Tests of price units and conversion to EUR per canonical unit through the physical factors.
// Exact numbers: 10 EUR/kg of H2 = 10,000 EUR/t; 0.404 EUR/Nm3 of natural gas = 40 EUR/MWh.

import { canonicalPriceUnit, parsePriceUnit, pricePerCanonicalUnit, priceToCanonical } from '../src';

describe('parsePriceUnit', () => {
  it.each([
    ['EUR/t', 'EUR/t'],
    ['eur/mwh', 'EUR/MWh'],
    ['€/t', 'EUR/t'],
    ['EUR / kWh', 'EUR/kWh'],
    ['EUR/m3', 'EUR/m3'],
    ['EUR/Nm3', 'EUR/Nm3'],
    ['EUR/kg', 'EUR/kg'],
    ['EUR/GWh', 'EUR/GWh'],
  ])('parses %j as %j', (text, symbol) => {
    expect(parsePriceUnit(text)?.symbol).toBe(symbol);
  });

  it.each([['USD/t'], ['EUR'], ['EUR/t/yr'], ['t'], [''], ['EUR/parsec']])('refuses %j', (text) => {
    expect(parsePriceUnit(text)).toBeUndefined();
  });

  it('names the canonical price unit', () => {
    expect(canonicalPriceUnit('t/yr')).toBe('EUR/t');
    expect(canonicalPriceUnit('MWh/yr')).toBe('EUR/MWh');
    expect(canonicalPriceUnit('m3/yr')).toBe('EUR/m3');
  });
});

describe('priceToCanonical', () => {
  const eur = (value: number, unit: string, resource: string | undefined): number => {
    const r = priceToCanonical({ value, unit }, resource);
    if (!r.ok) throw new Error(r.reason);
    return r.value;
  };

  it('converts within a dimension', () => {
    expect(eur(45, 'EUR/t', 'gypsum')).toBe(45);
    expect(eur(10, 'EUR/kg', 'hydrogen')).toBeCloseTo(10_000, 9);
    expect(eur(0.15, 'EUR/kWh', 'electricity')).toBeCloseTo(150, 9);
    expect(eur(45, 'EUR/t', undefined)).toBe(45);
  });

  it('converts through physical factors', () => {
    expect(eur(0.404, 'EUR/Nm3', 'natural-gas')).toBeCloseTo(40, 9);
    expect(eur(100, 'EUR/MWh', 'hydrogen')).toBeCloseTo(3333, 9);
    expect(eur(30, 'EUR/t', 'steam')).toBeCloseTo(30 / 0.754, 9);
    expect(eur(2, 'EUR/t', 'water-process')).toBe(2);
    expect(priceToCanonical({ value: 30, unit: 'EUR/t' }, 'steam')).toMatchObject({
      ok: true,
      unit: 'EUR/MWh',
      factorsUsed: ['steam-enthalpy'],
    });
  });

  it('keeps negative prices (revenue)', () => {
    expect(eur(-200, 'EUR/t', 'steel-scrap')).toBe(-200);
  });

  it('reports impossible conversions and bad values', () => {
    expect(priceToCanonical({ value: 1, unit: 'EUR/t' }, 'heat')).toMatchObject({
      ok: false,
      code: 'incompatible-price-unit',
    });
    expect(priceToCanonical({ value: 1, unit: 'EUR/MWh' }, undefined)).toMatchObject({
      ok: false,
      code: 'incompatible-price-unit',
    });
    expect(priceToCanonical({ value: 1, unit: 'USD/t' }, 'sand')).toMatchObject({
      ok: false,
      code: 'unknown-price-unit',
    });
    expect(priceToCanonical({ value: NaN, unit: 'EUR/t' }, 'sand')).toMatchObject({
      ok: false,
      code: 'bad-price',
    });
    expect(priceToCanonical({ value: 1, unit: 'EUR/t' }, 'nope')).toMatchObject({
      ok: false,
      code: 'unknown-resource',
    });
  });

  it('pricePerCanonicalUnit reads a flow and is undefined without a price', () => {
    expect(
      pricePerCanonicalUnit({ resource: 'hydrogen', price: { value: 8, unit: 'EUR/kg' } }),
    ).toMatchObject({
      ok: true,
      value: 8000,
      unit: 'EUR/t',
    });
    expect(pricePerCanonicalUnit({ resource: 'hydrogen' })).toBeUndefined();
  });
});
