// Tests of the European List of Waste data and look-ups: counts, accepted forms, hazardous flags.
// Counts from shared data/SOURCES.md: 842 entries, 408 hazardous, 20 chapters, 111 sub-chapters.

import { EWC_ENTRIES, lookupEwc, normaliseEwcCode } from '../src';

describe('EWC entries', () => {
  it('holds the 842 entries, 408 hazardous, 20 chapters and 111 sub-chapters', () => {
    expect(EWC_ENTRIES).toHaveLength(842);
    expect(EWC_ENTRIES.filter((e) => e.hazardous)).toHaveLength(408);
    expect(new Set(EWC_ENTRIES.map((e) => e.chapter.code)).size).toBe(20);
    expect(new Set(EWC_ENTRIES.map((e) => e.subChapter.code)).size).toBe(111);
    expect(new Set(EWC_ENTRIES.map((e) => e.code)).size).toBe(842);
  });

  it('gives the full entry with chapter and sub-chapter titles', () => {
    expect(lookupEwc('10 01 05')).toEqual({
      code: '100105',
      display: '10 01 05',
      hazardous: false,
      type: 'AN',
      description: 'calcium-based reaction wastes from flue-gas desulphurisation in solid form',
      chapter: { code: '10', title: 'Wastes from thermal processes' },
      subChapter: {
        code: '1001',
        title: 'wastes from power stations and other combustion plants (except 19)',
      },
      mirrorPartners: [],
    });
  });

  it('marks hazardous entries with a star in their display form', () => {
    const battery = lookupEwc('160601');
    expect(battery?.hazardous).toBe(true);
    expect(battery?.display).toBe('16 06 01*');
    for (const e of EWC_ENTRIES) expect(e.display.endsWith('*')).toBe(e.hazardous);
  });

  it('keeps mirror partners', () => {
    const mirrored = EWC_ENTRIES.filter((e) => e.mirrorPartners.length > 0);
    expect(mirrored.length).toBeGreaterThan(0);
    for (const e of mirrored)
      for (const p of e.mirrorPartners)
        expect(lookupEwc(p)?.hazardous).toBe(!e.hazardous || lookupEwc(p)?.hazardous);
  });
});

describe('normaliseEwcCode and lookupEwc', () => {
  it.each([
    ['10 01 05', '100105'],
    ['100105', '100105'],
    ['10 01 05*', '100105'],
    ['  10  01 05 * ', '100105'],
    ['10\t01\u00a005', '100105'],
    ['16 06 01*', '160601'],
    ['160601', '160601'],
  ])('reads %j as %j', (input, code) => {
    expect(normaliseEwcCode(input)).toBe(code);
    expect(lookupEwc(input)?.code).toBe(code);
  });

  it.each([['10 01'], ['1001055'], ['10-01-05'], ['ab cd ef'], [''], ['*'], ['10 01 05**']])(
    'refuses %j',
    (input) => {
      expect(normaliseEwcCode(input)).toBeUndefined();
      expect(lookupEwc(input)).toBeUndefined();
    },
  );

  it('refuses non-strings', () => {
    for (const v of [100105, null, undefined, {}, ['100105']]) expect(normaliseEwcCode(v)).toBeUndefined();
  });

  it('tolerates a star on a non-hazardous code and a missing star on a hazardous one', () => {
    expect(lookupEwc('10 01 01*')?.hazardous).toBe(false);
    expect(lookupEwc('16 06 01')?.hazardous).toBe(true);
  });

  it('returns undefined for six digits that are not a code', () => {
    expect(normaliseEwcCode('99 99 99')).toBe('999999');
    expect(lookupEwc('99 99 99')).toBeUndefined();
  });
});
