// Cell conversion: numbers (decimal commas, grouped thousands, exponents), booleans in French and English,
// and formula neutralisation that always reverses exactly.

import fc from 'fast-check';
import { ABSENT, neutraliseText, readCell, readNumberText, restoreText, writeCell } from './cell-values';

const FRENCH = { decimalComma: true };
const PLAIN = { decimalComma: false };

describe('cell values', () => {
  it('reads numbers written the French or the English way', () => {
    expect(readNumberText('12,5', FRENCH)).toBe(12.5);
    expect(readNumberText('12,5', PLAIN)).toBeUndefined();
    expect(readNumberText(' -1\u202f234,75 ', FRENCH)).toBe(-1234.75);
    expect(readNumberText('1 234', PLAIN)).toBe(1234);
    expect(readNumberText('2,5e-3', FRENCH)).toBe(0.0025);
    expect(readNumberText('.5', PLAIN)).toBe(0.5);
    expect(readNumberText('1.2.3', PLAIN)).toBeUndefined();
    expect(readNumberText('0x10', PLAIN)).toBeUndefined();
    expect(readNumberText('Infinity', PLAIN)).toBeUndefined();
    expect(readNumberText('12 34', PLAIN)).toBeUndefined();
  });

  it('reads cells by column kind, empty cells absent', () => {
    expect(readCell('  ', 'text', PLAIN)).toBe(ABSENT);
    expect(readCell(null, 'number', PLAIN)).toBe(ABSENT);
    expect(readCell('Oui', 'boolean', PLAIN)).toBe(true);
    expect(readCell('FAUX', 'boolean', PLAIN)).toBe(false);
    expect(readCell('peut-être', 'boolean', PLAIN)).toBe('peut-être');
    expect(readCell(17.12, 'text', PLAIN)).toBe('17.12');
    expect(readCell(' ; ', 'list', PLAIN)).toBe(ABSENT);
    expect(readCell('{"type":"Polygon"', 'json', PLAIN)).toBe('{"type":"Polygon"');
    expect(readCell("'-4", 'number', PLAIN)).toBe(-4);
  });

  it('writes numbers as numbers and neutralises formula-like text', () => {
    expect(writeCell(-4, 'number')).toBe(-4);
    expect(writeCell('-4', 'text')).toBe("'-4");
    expect(writeCell(['=A1', '10 01 04*'], 'list')).toBe("'=A1;10 01 04*");
    expect(readCell("'=A1;10 01 04*", 'list', PLAIN)).toEqual(['=A1', '10 01 04*']);
  });

  it('restores any neutralised text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', ' ') }), (text) => {
        const written = neutraliseText(text);
        expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
        expect(restoreText(written)).toBe(text);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
