// Property-based tests of the unit normaliser (fast-check, seeded): linearity, positivity, period
// equivalences, round trips through the physical factors, and price/quantity cost invariance.

import fc from 'fast-check';
import { parseUnit, priceToCanonical, RESOURCES, SPEC_UNITS, toCanonical } from '../src';

const SEED = { seed: 42, numRuns: 300 };
const quantity = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
const hours = fc.integer({ min: 1, max: 8784 });

/** Every (resource, unit) pair that converts. */
const PAIRS: readonly (readonly [string | undefined, string])[] = [
  undefined,
  ...RESOURCES.map((r) => r.key),
].flatMap((key) =>
  SPEC_UNITS.filter((u) => toCanonical({ quantity: 1, unit: u }, key).ok).map((u) => [key, u] as const),
);
const pair = fc.constantFrom(...PAIRS);

function canonical(q: number, unit: string, resource: string | undefined, hoursPerYear?: number): number {
  const r = toCanonical({ quantity: q, unit, hoursPerYear }, resource);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);

describe('unit normaliser properties', () => {
  it('covers every resource with at least one unit', () => {
    for (const r of RESOURCES) expect(PAIRS.some(([k]) => k === r.key)).toBe(true);
  });

  it('is linear: k·q converts to k times the conversion of q', () => {
    fc.assert(
      fc.property(pair, quantity, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), hours, ([r, u], q, k, h) =>
        close(canonical(k * q, u, r, h), k * canonical(q, u, r, h)),
      ),
      SEED,
    );
  });

  it('keeps positive quantities positive and finite', () => {
    fc.assert(
      fc.property(pair, quantity, hours, ([r, u], q, h) => {
        const v = canonical(q, u, r, h);
        return v > 0 && Number.isFinite(v);
      }),
      SEED,
    );
  });

  it('t/day × 365 = t/yr, t/month × 12 = t/yr, 7 t/week = 1 t/day, kg = t / 1000, kW × 1000 = MW, /h × hours = /yr', () => {
    fc.assert(
      fc.property(quantity, hours, (q, h) => {
        return (
          close(canonical(q, 't/day', 'sand'), canonical(365 * q, 't/yr', 'sand')) &&
          close(canonical(q, 't/month', 'sand'), canonical(12 * q, 't/yr', 'sand')) &&
          close(canonical(7 * q, 't/week', 'sand'), canonical(q, 't/day', 'sand')) &&
          close(canonical(1000 * q, 'kg/day', 'sand'), canonical(q, 't/day', 'sand')) &&
          close(canonical(1000 * q, 'kW', 'heat', h), canonical(q, 'MW', 'heat', h)) &&
          close(canonical(q, 'MW', 'heat', h), canonical(q * h, 'MWh/yr', 'heat')) &&
          close(canonical(q, 'm3/h', 'water-raw', h), canonical(q * h, 'm3/yr', 'water-raw'))
        );
      }),
      SEED,
    );
  });

  it('round-trips through physical factors: converting back gives the original quantity', () => {
    const gases = fc.constantFrom(
      'hydrogen',
      'co2',
      'oxygen',
      'nitrogen',
      'natural-gas',
      'biogas',
      'biomethane',
      'steam',
    );
    fc.assert(
      fc.property(gases, quantity, (resource, q) => {
        const unit = resource === 'steam' ? 't/yr' : 'Nm3/yr';
        const perUnit = canonical(1, unit, resource);
        return close(canonical(q, unit, resource) / perUnit, q);
      }),
      SEED,
    );
  });

  it('keeps the yearly cost: price × quantity in declared units = canonical price × canonical quantity', () => {
    const amountOf = (unit: string): string => parseUnit(unit)?.amount.symbol ?? '';
    const yearly = PAIRS.filter(([, u]) => u.endsWith('/yr'));
    fc.assert(
      fc.property(
        fc.constantFrom(...yearly),
        quantity,
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        ([r, u], q, p) => {
          const price = priceToCanonical({ value: p, unit: `EUR/${amountOf(u)}` }, r);
          if (!price.ok) return false;
          return close(price.value * canonical(q, u, r), p * q);
        },
      ),
      SEED,
    );
  });

  it('parses units whatever their case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPEC_UNITS),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (u, flips) => {
          const mixed = [...u].map((c, i) => (flips[i % 10] ? c.toUpperCase() : c.toLowerCase())).join('');
          return parseUnit(mixed)?.symbol === u;
        },
      ),
      SEED,
    );
  });
});
