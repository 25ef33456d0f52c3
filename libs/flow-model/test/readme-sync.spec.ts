// Keeps the README honest: every problem code, physical factor, spec unit and dataset field is documented.

import fs from 'node:fs';
import path from 'node:path';
import { DATASET_FIELDS, PHYSICAL_FACTORS, PROBLEM_CODES, SPEC_UNITS } from '../src';
import { FLOW_FIELDS, PRICE_FIELDS } from '../src/validation/validate-flow';
import { SITE_FIELDS, TERRITORY_FIELDS, ZONE_FIELDS } from '../src/validation/validate-places';

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('documents every problem code', () => {
    for (const code of Object.keys(PROBLEM_CODES)) expect(readme).toContain(`| \`${code}\` |`);
  });

  it('documents every physical factor with its value', () => {
    for (const f of Object.values(PHYSICAL_FACTORS)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${f.id}\` |`));
      expect(row).toBeDefined();
      expect(Number(row?.split('|')[2].trim())).toBe(f.value);
    }
  });

  it('lists every unit of the spec', () => {
    for (const u of SPEC_UNITS) expect(readme).toContain(`\`${u}\``);
  });

  it('has a table row for every field of every object', () => {
    const fields = [...TERRITORY_FIELDS, ...ZONE_FIELDS, ...SITE_FIELDS, ...FLOW_FIELDS, ...PRICE_FIELDS];
    for (const f of fields) expect(readme).toMatch(new RegExp(`^\\| ${f} \\|`, 'mu'));
    for (const f of DATASET_FIELDS) expect(readme).toContain(f);
  });
});
