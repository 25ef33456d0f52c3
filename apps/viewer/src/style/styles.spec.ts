/// <reference types="node" />
// Reads the stylesheet to check its text colours (the one spec that needs Node types).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio } from './contrast';
import { DISPLAY_FAMILIES, displayFamily, FAMILY_COLORS } from './families';
import { NACE_SECTION_COLORS, naceSectionColor, UNKNOWN_SECTION_COLOR } from './nace-palette';
import { applySqrtScale, nodeDensityFactor, sqrtScale } from './scales';

const GRAPH_BACKGROUND = '#fbfcfd';

describe('families', () => {
  it('maps the vocabulary to the displayed families', () => {
    expect(displayFamily('heat', 'heat')).toBe('heat');
    expect(displayFamily('cold', 'heat')).toBe('heat');
    expect(displayFamily('steam', 'heat')).toBe('steam');
    expect(displayFamily('hydrogen', 'gas')).toBe('hydrogen');
    expect(displayFamily('co2', 'gas')).toBe('energy');
    expect(displayFamily('wastewater', 'water')).toBe('water');
    expect(displayFamily('steel-scrap', 'metal')).toBe('materials');
    expect(displayFamily(undefined, 'organic')).toBe('materials');
  });

  it('gives each family its own colour', () => {
    expect(new Set(DISPLAY_FAMILIES.map((f) => FAMILY_COLORS[f])).size).toBe(DISPLAY_FAMILIES.length);
  });
});

describe('NACE palette', () => {
  it('covers the 21 sections, each with 3:1 contrast on the graph background (WCAG 1.4.11)', () => {
    expect(Object.keys(NACE_SECTION_COLORS)).toHaveLength(21);
    for (const color of [...Object.values(NACE_SECTION_COLORS), UNKNOWN_SECTION_COLOR]) {
      expect(contrastRatio(color, GRAPH_BACKGROUND)).toBeGreaterThanOrEqual(3);
    }
  });

  it('falls back for unknown sections and accepts lower case', () => {
    expect(naceSectionColor(undefined)).toBe(UNKNOWN_SECTION_COLOR);
    expect(naceSectionColor('c')).toBe(NACE_SECTION_COLORS.C);
  });
});

describe('page contrast', () => {
  const css = readFileSync(join(__dirname, '../styles.css'), 'utf8');
  const variable = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6})`, 'i').exec(css)?.[1] as string;

  it('keeps text at WCAG AA (4.5:1) on its backgrounds', () => {
    expect(contrastRatio(variable('text'), variable('surface'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variable('muted'), variable('surface'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variable('muted'), variable('bg'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variable('accent'), variable('surface'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', variable('accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', variable('header'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#c7d5e6', variable('header'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variable('danger'), variable('surface'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(variable('ok'), variable('surface'))).toBeGreaterThanOrEqual(4.5);
  });

  it('computes the WCAG reference ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('square-root scale', () => {
  const scale = sqrtScale(100, { minPx: 2, maxPx: 12 });
  it('maps 0, a quarter and the maximum', () => {
    expect(applySqrtScale(scale, 0)).toBe(2);
    expect(applySqrtScale(scale, 25)).toBeCloseTo(7, 9);
    expect(applySqrtScale(scale, 100)).toBe(12);
    expect(applySqrtScale(scale, 1e9)).toBe(12);
    expect(applySqrtScale(scale, undefined)).toBe(2);
    expect(applySqrtScale(sqrtScale(0, { minPx: 2, maxPx: 12 }), 5)).toBe(2);
  });
});

describe('node density factor', () => {
  it('keeps small territories at full size and shrinks large ones to a floor', () => {
    expect(nodeDensityFactor(60)).toBe(1);
    expect(nodeDensityFactor(1200)).toBeCloseTo(0.5, 9);
    expect(nodeDensityFactor(10000)).toBe(0.25);
  });
});

describe('focus ring', () => {
  const css = readFileSync(join(__dirname, '../styles.css'), 'utf8');
  it('contrasts 3:1 with the light surfaces and the header (WCAG 2.4.11)', () => {
    const focus = /--focus: (#[0-9a-f]{6})/i.exec(css)?.[1] as string;
    const header = /--header: (#[0-9a-f]{6})/i.exec(css)?.[1] as string;
    const headerFocus = /\.app-header :focus-visible \{\s*outline-color: (#[0-9a-f]{6});\s*\}/i.exec(
      css,
    )?.[1] as string;
    expect(contrastRatio(focus, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(focus, '#f4f6f9')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(headerFocus, header)).toBeGreaterThanOrEqual(3);
  });
});
