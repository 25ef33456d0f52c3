// Checks that the lib's generated reference data equals its sources in /work/shared (skipped in a clone
// without them): every EWC entry, every NACE row and every resource, field by field.

import fs from 'node:fs';
import { EWC_ENTRIES, getResource, lookupNace, NACE_ENTRIES, RESOURCES } from '../src';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseCsv } = require('../scripts/generate-data.js') as {
  parseCsv: (text: string) => Record<string, string>[];
};

const SHARED = '/work/shared';
const available = fs.existsSync(`${SHARED}/data/ewc-codes.json`);
const describeIfSources = available ? describe : describe.skip;

interface SourceEwc {
  code: string;
  display: string;
  hazardous: boolean;
  type: string;
  description: string;
  chapter: { code: string; title: string };
  subChapter: { code: string; title: string };
  mirrorPartners: string[];
}

describeIfSources('generated data equals the shared sources', () => {
  it('EWC: every entry, field by field, in order', () => {
    const source = JSON.parse(fs.readFileSync(`${SHARED}/data/ewc-codes.json`, 'utf8')) as SourceEwc[];
    expect(EWC_ENTRIES.map((e) => ({ ...e, mirrorPartners: [...e.mirrorPartners] }))).toEqual(
      source.map((e) => ({
        code: e.code,
        display: e.display,
        hazardous: e.hazardous,
        type: e.type,
        description: e.description,
        chapter: { code: e.chapter.code, title: e.chapter.title },
        subChapter: { code: e.subChapter.code, title: e.subChapter.title },
        mirrorPartners: e.mirrorPartners,
      })),
    );
  });

  it('NACE: every code with its label, level and parent chain', () => {
    const rows = parseCsv(fs.readFileSync(`${SHARED}/data/nace-rev2.csv`, 'utf8'));
    expect(NACE_ENTRIES.map((e) => e.code)).toEqual(rows.map((r) => r.Code));
    const levels = ['section', 'division', 'group', 'class'];
    for (const r of rows) {
      const e = lookupNace(r.Code);
      expect(e?.label).toBe(r.Description.trim());
      expect(e?.level).toBe(levels[Number(r.Level) - 1]);
      if (r.Parent !== '') expect(lookupNace(r.Parent)?.section).toBe(e?.section);
    }
  });

  it('resources: every row of resources.csv', () => {
    const rows = parseCsv(fs.readFileSync(`${SHARED}/spec/resources.csv`, 'utf8'));
    expect(RESOURCES.map((r) => r.key)).toEqual(rows.map((r) => r.key));
    for (const r of rows)
      expect(getResource(r.key)).toEqual({
        key: r.key,
        family: r.family,
        canonicalUnit: r.canonical_unit,
        quality: r.quality === '' ? [] : r.quality.split(';'),
        labelEn: r.label_en,
        labelFr: r.label_fr,
      });
  });
});
