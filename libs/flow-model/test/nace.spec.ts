// Tests of NACE Rev. 2 / NAF look-ups: counts per level, accepted forms, sections and French labels.
// Counts from shared data/SOURCES.md: 21 sections, 88 divisions, 272 groups, 615 classes.

import {
  lookupNace,
  NACE_ENTRIES,
  NACE_SECTION_LABELS_FR,
  naceSectionLabelFr,
  normaliseNaceCode,
} from '../src';

describe('NACE entries', () => {
  it('holds 996 entries: 21 sections, 88 divisions, 272 groups, 615 classes', () => {
    expect(NACE_ENTRIES).toHaveLength(996);
    const count = (level: string): number => NACE_ENTRIES.filter((e) => e.level === level).length;
    expect([count('section'), count('division'), count('group'), count('class')]).toEqual([21, 88, 272, 615]);
  });

  it('has a French label for each of the 21 sections', () => {
    expect(Object.keys(NACE_SECTION_LABELS_FR)).toHaveLength(21);
    for (const e of NACE_ENTRIES) expect(e.sectionLabelFr).not.toBe('');
    expect(naceSectionLabelFr('c')).toBe('Industrie manufacturière');
    expect(naceSectionLabelFr('Z')).toBeUndefined();
  });
});

describe('lookupNace', () => {
  const paper = {
    code: '17.12',
    level: 'class',
    label: 'Manufacture of paper and paperboard',
    section: 'C',
    sectionLabel: 'MANUFACTURING',
    sectionLabelFr: 'Industrie manufacturière',
    division: '17',
  };

  it.each([['17.12'], ['1712'], ['17.12Z'], ['17.12z'], [' 17.12 Z '], ['1712Z']])(
    'reads %j as class 17.12',
    (s) => {
      expect(lookupNace(s)).toEqual(paper);
    },
  );

  it('reads a division, a group and a section', () => {
    expect(lookupNace('17')).toMatchObject({ code: '17', level: 'division', section: 'C', division: '17' });
    expect(lookupNace('17.1')).toMatchObject({
      code: '17.1',
      level: 'group',
      label: 'Manufacture of pulp, paper and paperboard',
    });
    expect(lookupNace('171')?.code).toBe('17.1');
    const c = lookupNace('C');
    expect(c).toEqual({
      code: 'C',
      level: 'section',
      label: 'MANUFACTURING',
      section: 'C',
      sectionLabel: 'MANUFACTURING',
      sectionLabelFr: 'Industrie manufacturière',
    });
    expect(lookupNace('c')?.code).toBe('C');
  });

  it('finds the section of a class through its parents', () => {
    expect(lookupNace('35.30')).toMatchObject({ section: 'D', division: '35' });
    expect(lookupNace('38.21')?.sectionLabelFr).toBe(
      "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
    );
    expect(lookupNace('01.11')?.section).toBe('A');
    expect(lookupNace('99.00')?.section).toBe('U');
  });

  it.each([['99.99'], ['17.1Z'], ['17.123'], ['V'], ['1'], [''], ['17,12'], ['AB']])('refuses %j', (s) => {
    expect(lookupNace(s)).toBeUndefined();
  });

  it('normalises forms without checking existence', () => {
    expect(normaliseNaceCode('9999')).toBe('99.99');
    expect(normaliseNaceCode(1712)).toBeUndefined();
  });
});
