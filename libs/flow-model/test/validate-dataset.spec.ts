// Tests of validateDataset and parseDataset on hand-written documents: one case per problem code, exact paths.

import { PROBLEM_CODES, parseDataset, validateDataset, type Problem } from '../src';
import { EXAMPLE } from './dataset-arbitrary';

type Doc = Record<string, unknown> & {
  territory: Record<string, unknown>;
  zones: Record<string, unknown>[];
  sites: Record<string, unknown>[];
  flows: Record<string, unknown>[];
};

function mutated(change: (doc: Doc) => void): Doc {
  const doc = structuredClone(EXAMPLE) as unknown as Doc;
  change(doc);
  return doc;
}

const brief = (problems: readonly Problem[]): string[][] => problems.map((p) => [p.path, p.code]);

describe('validateDataset', () => {
  it('accepts the example of the spec', () => {
    expect(validateDataset(EXAMPLE)).toEqual([]);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a number', 3],
    ['a string', 'toile.dataset/1'],
  ])('refuses %s as a document', (_, doc) => {
    expect(brief(validateDataset(doc))).toEqual([['$', 'not-an-object']]);
  });

  it.each<[string, (d: Doc) => void, string, string]>([
    ['missing format', (d) => delete d.format, '$.format', 'missing-field'],
    ['wrong format', (d) => (d.format = 'toile.dataset/2'), '$.format', 'bad-format'],
    ['missing territory', (d) => Reflect.deleteProperty(d, 'territory'), '$.territory', 'missing-field'],
    ['territory id with capitals', (d) => (d.territory.id = 'Axe Seine'), '$.territory.id', 'bad-id'],
    ['zone id with underscore', (d) => (d.zones[0].id = 'zae_nord'), '$.zones[0].id', 'bad-id'],
    ['missing sites', (d) => Reflect.deleteProperty(d, 'sites'), '$.sites', 'missing-field'],
    ['flows not an array', (d) => (d.flows = {} as never), '$.flows', 'wrong-type'],
    ['site without name', (d) => delete d.sites[0].name, '$.sites[0].name', 'missing-field'],
    ['site name a number', (d) => (d.sites[0].name = 42), '$.sites[0].name', 'wrong-type'],
    ['flow id with a space', (d) => (d.flows[1].id = 'a b'), '$.flows[1].id', 'bad-id'],
    ['duplicate flow id', (d) => (d.flows[2].id = 'papeterie-heat'), '$.flows[2].id', 'duplicate-id'],
    ['duplicate site id', (d) => d.sites.push({ ...d.sites[0] }), '$.sites[1].id', 'duplicate-id'],
    [
      'duplicate zone id',
      (d) => d.zones.push({ id: 'zae-nord', name: 'b' }),
      '$.zones[1].id',
      'duplicate-id',
    ],
    ['dangling siteId', (d) => (d.flows[0].siteId = 'usine'), '$.flows[0].siteId', 'unknown-site'],
    ['dangling zoneId', (d) => (d.sites[0].zoneId = 'zae-sud'), '$.sites[0].zoneId', 'unknown-zone'],
    ['zoneId without zones', (d) => Reflect.deleteProperty(d, 'zones'), '$.sites[0].zoneId', 'unknown-zone'],
    ['unknown resource', (d) => (d.flows[0].resource = 'chaleur'), '$.flows[0].resource', 'unknown-resource'],
    ['unknown EWC code', (d) => (d.flows[1].ewc = '10 01 98'), '$.flows[1].ewc', 'unknown-ewc'],
    ['neither resource nor ewc', (d) => delete d.flows[1].ewc, '$.flows[1]', 'missing-resource-or-ewc'],
    [
      'hazardous false on a starred code',
      (d) => Object.assign(d.flows[1], { ewc: '13 02 05*', hazardous: false }),
      '$.flows[1].hazardous',
      'hazardous-conflict',
    ],
    ['hazardous not a boolean', (d) => (d.flows[1].hazardous = 'yes'), '$.flows[1].hazardous', 'wrong-type'],
    ['bad SIRET check digit', (d) => (d.sites[0].siret = '73282932000075'), '$.sites[0].siret', 'bad-siret'],
    ['unknown NACE', (d) => (d.sites[0].nace = '17.99'), '$.sites[0].nace', 'unknown-nace'],
    ['latitude 91', (d) => (d.sites[0].lat = 91), '$.sites[0].lat', 'out-of-range'],
    ['longitude -181', (d) => (d.sites[0].lon = -181), '$.sites[0].lon', 'out-of-range'],
    ['latitude as text', (d) => (d.sites[0].lat = '49.4'), '$.sites[0].lat', 'wrong-type'],
    ['missing longitude', (d) => delete d.sites[0].lon, '$.sites[0].lon', 'missing-field'],
    [
      'heat without temperature',
      (d) => delete d.flows[0].temperatureC,
      '$.flows[0].temperatureC',
      'missing-temperature',
    ],
    [
      'temperature below absolute zero',
      (d) => (d.flows[0].temperatureC = -300),
      '$.flows[0].temperatureC',
      'out-of-range',
    ],
    ['purity 101 %', (d) => (d.flows[2].purityPct = 101), '$.flows[2].purityPct', 'out-of-range'],
    ['dry matter -1 %', (d) => (d.flows[1].dryMatterPct = -1), '$.flows[1].dryMatterPct', 'out-of-range'],
    ['moisture 150 %', (d) => (d.flows[1].moisturePct = 150), '$.flows[1].moisturePct', 'out-of-range'],
    ['negative pressure', (d) => (d.flows[2].pressureBar = -2), '$.flows[2].pressureBar', 'out-of-range'],
    [
      'hoursPerYear 9000',
      (d) => Object.assign(d.flows[0], { unit: 'kW', hoursPerYear: 9000 }),
      '$.flows[0].hoursPerYear',
      'out-of-range',
    ],
    ['11 months', (d) => (d.flows[0].months = new Array(11).fill(0.1)), '$.flows[0].months', 'bad-months'],
    ['13 months', (d) => (d.flows[0].months = new Array(13).fill(0.1)), '$.flows[0].months', 'bad-months'],
    [
      'a month above 1',
      (d) => (d.flows[0].months = [...new Array(11).fill(0.1), 1.5]),
      '$.flows[0].months[11]',
      'bad-months',
    ],
    [
      'a month as text',
      (d) => (d.flows[0].months = ['0.1', ...new Array(11).fill(0.1)]),
      '$.flows[0].months[0]',
      'bad-months',
    ],
    [
      'all months zero',
      (d) => (d.flows[0].months = new Array(12).fill(0)),
      '$.flows[0].months',
      'bad-months',
    ],
    ['zero quantity', (d) => (d.flows[0].quantity = 0), '$.flows[0].quantity', 'bad-quantity'],
    ['negative quantity', (d) => (d.flows[0].quantity = -5), '$.flows[0].quantity', 'bad-quantity'],
    ['quantity as text', (d) => (d.flows[0].quantity = '12000'), '$.flows[0].quantity', 'bad-quantity'],
    ['missing quantity', (d) => delete d.flows[0].quantity, '$.flows[0].quantity', 'missing-field'],
    ['unknown unit', (d) => (d.flows[0].unit = 'MWh'), '$.flows[0].unit', 'unknown-unit'],
    [
      'unit incompatible with the resource',
      (d) => (d.flows[0].unit = 't/yr'),
      '$.flows[0].unit',
      'incompatible-unit',
    ],
    [
      'energy unit on an EWC-only flow',
      (d) => (d.flows[1].unit = 'MWh/yr'),
      '$.flows[1].unit',
      'incompatible-unit',
    ],
    [
      'price value as text',
      (d) => (d.flows[1].price = { value: '45', unit: 'EUR/t' }),
      '$.flows[1].price.value',
      'bad-price',
    ],
    [
      'price without unit',
      (d) => (d.flows[1].price = { value: 45 }),
      '$.flows[1].price.unit',
      'missing-field',
    ],
    ['price as a number', (d) => (d.flows[1].price = 45), '$.flows[1].price', 'wrong-type'],
    [
      'unknown price unit',
      (d) => (d.flows[1].price = { value: 45, unit: 'USD/t' }),
      '$.flows[1].price.unit',
      'unknown-price-unit',
    ],
    [
      'incompatible price unit',
      (d) => (d.flows[0].price = { value: 45, unit: 'EUR/t' }),
      '$.flows[0].price.unit',
      'incompatible-price-unit',
    ],
    [
      'unknown price field',
      (d) => (d.flows[1].price = { value: 45, unit: 'EUR/t', currency: 'EUR' }),
      '$.flows[1].price.currency',
      'unknown-field',
    ],
    ['bad direction', (d) => (d.flows[0].direction = 'out'), '$.flows[0].direction', 'bad-enum'],
    ['missing direction', (d) => delete d.flows[0].direction, '$.flows[0].direction', 'missing-field'],
    [
      'bad confidentiality',
      (d) => (d.sites[0].confidentiality = 'secret'),
      '$.sites[0].confidentiality',
      'bad-enum',
    ],
    [
      'bad flow confidentiality',
      (d) => (d.flows[0].confidentiality = 'Public'),
      '$.flows[0].confidentiality',
      'bad-enum',
    ],
    ['id of 101 characters', (d) => (d.flows[0].id = 'a'.repeat(101)), '$.flows[0].id', 'too-long'],
    ['name of 201 characters', (d) => (d.sites[0].name = 'n'.repeat(201)), '$.sites[0].name', 'too-long'],
    ['note of 2001 characters', (d) => (d.flows[0].note = 'n'.repeat(2001)), '$.flows[0].note', 'too-long'],
    [
      'typo temperatureCC',
      (d) => (d.flows[0].temperatureCC = 85),
      '$.flows[0].temperatureCC',
      'unknown-field',
    ],
    ['unknown top-level field', (d) => (d.version = 2), '$.version', 'unknown-field'],
    ['unknown site field', (d) => (d.sites[0].latitude = 49), '$.sites[0].latitude', 'unknown-field'],
    [
      'acceptsEwc unknown code',
      (d) => (d.flows[2].acceptsEwc = ['16 06 01*', '99 99 99']),
      '$.flows[2].acceptsEwc[1]',
      'unknown-ewc',
    ],
    [
      'acceptsEwc not an array',
      (d) => (d.flows[2].acceptsEwc = '16 06 01*'),
      '$.flows[2].acceptsEwc',
      'wrong-type',
    ],
    ['site not an object', (d) => (d.sites[0] = 'papeterie' as never), '$.sites[0]', 'not-an-object'],
    [
      'polygon not a Polygon',
      (d) => (d.zones[0].polygon = { type: 'Point', coordinates: [1, 49] }),
      '$.zones[0].polygon',
      'bad-polygon',
    ],
    [
      'polygon ring too short',
      (d) =>
        (d.zones[0].polygon = {
          type: 'Polygon',
          coordinates: [
            [
              [1, 49],
              [1.1, 49],
              [1, 49],
            ],
          ],
        }),
      '$.zones[0].polygon',
      'bad-polygon',
    ],
  ])('%s', (_, change, path, code) => {
    const problems = validateDataset(mutated(change));
    expect(brief(problems)).toContainEqual([path, code]);
    for (const p of problems) {
      expect(Object.keys(PROBLEM_CODES)).toContain(p.code);
      expect(p.reason.length).toBeGreaterThan(10);
    }
  });

  it('names the field in the reason and keeps the value', () => {
    const [p] = validateDataset(mutated((d) => (d.flows[0].unit = 'MWh')));
    expect(p).toEqual({
      path: '$.flows[0].unit',
      code: 'unknown-unit',
      value: 'MWh',
      reason: '`unit` is not a known unit (e.g. t/yr, MWh/yr, kW, m3/h, Nm3/h)',
    });
    const [typo] = validateDataset(mutated((d) => (d.flows[0].temperatureCC = 85)));
    expect(typo.reason).toBe('`temperatureCC` is not a field of a flow (did you mean `temperatureC`?)');
  });

  it('lists every problem at once', () => {
    const doc = mutated((d) => {
      d.format = 'x';
      d.sites[0].lat = 100;
      d.flows[0].quantity = -1;
      d.flows[1].ewc = '00 00 00';
      d.flows[2].siteId = 'ailleurs';
    });
    expect(brief(validateDataset(doc))).toEqual([
      ['$.format', 'bad-format'],
      ['$.sites[0].lat', 'out-of-range'],
      ['$.flows[0].quantity', 'bad-quantity'],
      ['$.flows[1].ewc', 'unknown-ewc'],
      ['$.flows[2].siteId', 'unknown-site'],
    ]);
  });

  it('accepts optional fields: zones absent, note, negative price, hoursPerYear, a starred non-hazardous code', () => {
    const doc = mutated((d) => {
      Reflect.deleteProperty(d, 'zones');
      delete d.sites[0].zoneId;
      d.note = 'étude 2026';
      d.flows[1].price = { value: -20, unit: '€/t' };
      d.flows[1].ewc = '10 01 01*';
      Object.assign(d.flows[0], {
        unit: 'kW',
        hoursPerYear: 6000,
        months: new Array(12).fill(1 / 12),
        note: 'été',
      });
    });
    expect(validateDataset(doc)).toEqual([]);
  });

  it('refuses arrays beyond the limits', () => {
    const limits = {
      idChars: 100,
      nameChars: 200,
      noteChars: 2000,
      zones: 10,
      sites: 10,
      flows: 2,
      acceptsEwc: 10,
      polygonPositions: 10,
    };
    expect(brief(validateDataset(EXAMPLE, limits))).toEqual([['$.flows', 'too-many']]);
  });
});

describe('parseDataset', () => {
  it('returns the dataset, with zones defaulting to []', () => {
    expect(parseDataset(EXAMPLE)).toEqual({ ok: true, dataset: EXAMPLE });
    const noZones = mutated((d) => {
      Reflect.deleteProperty(d, 'zones');
      delete d.sites[0].zoneId;
    });
    const parsed = parseDataset(noZones);
    expect(parsed.ok && parsed.dataset.zones).toEqual([]);
  });

  it('returns every problem of an invalid document', () => {
    const parsed = parseDataset({ format: 'toile.dataset/1' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && brief(parsed.problems)).toEqual([
      ['$.territory', 'missing-field'],
      ['$.sites', 'missing-field'],
      ['$.flows', 'missing-field'],
    ]);
  });
});
