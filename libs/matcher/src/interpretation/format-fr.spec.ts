// French number formatting of the explanations: whole units from 100 up, 3 significant digits below.
import { formatNumberFr, quantityFr } from './format-fr';

const plain = (s: string): string => s.replace(/\s/g, ' ');

describe('formatNumberFr', () => {
  it('keeps a declared quantity as the facilitator wrote it', () => {
    expect(plain(formatNumberFr(1825))).toBe('1 825');
    expect(plain(formatNumberFr(247688.9999999975))).toBe('247 689');
    expect(plain(quantityFr(40000, 't/yr'))).toBe('40 000 t/an');
  });

  it('rounds small values to 3 significant digits with a decimal comma', () => {
    expect(formatNumberFr(12.725840735115955)).toBe('12,7');
    expect(formatNumberFr(0.9969796759787141)).toBe('0,997');
    expect(formatNumberFr(99.94)).toBe('99,9');
  });
});
