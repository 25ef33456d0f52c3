// Tests of SIRET and SIREN check digits (Luhn) and La Poste's multiple-of-5 rule.
// Examples computed by hand; 73282932000074 is the spec's example.

import { isValidSiren, isValidSiret, luhnValid } from '../src';

describe('SIRET', () => {
  it.each([['73282932000074'], ['44306184100047'], ['732 829 320 00074'], ['35600000000048']])(
    'accepts %j',
    (s) => {
      expect(isValidSiret(s)).toBe(true);
    },
  );

  it('accepts a La Poste establishment whose digit sum is a multiple of 5 (Luhn fails)', () => {
    expect(luhnValid('35600000049837')).toBe(false);
    expect(isValidSiret('35600000049837')).toBe(true);
    expect(isValidSiret('35600000000001')).toBe(true);
  });

  it.each([
    ['73282932000075'],
    ['7328293200007'],
    ['732829320000741'],
    ['7328293200007A'],
    ['35600000000002'],
    ['35600100049836'], // digit sum multiple of 5 but SIREN 356001000 is not La Poste
    [''],
  ])('refuses %j', (s) => {
    expect(isValidSiret(s)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isValidSiret(73282932000074)).toBe(false);
    expect(isValidSiret(null)).toBe(false);
  });
});

describe('SIREN and Luhn', () => {
  it('checks 9-digit SIREN', () => {
    expect(isValidSiren('552100554')).toBe(true);
    expect(isValidSiren('552 100 554')).toBe(true);
    expect(isValidSiren('552100555')).toBe(false);
    expect(isValidSiren('55210055')).toBe(false);
  });

  it('computes Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});
