// Test-only datasets for the format specs (the `.test.ts` suffix keeps this file out of the build; jest runs
// only `*.spec.ts`): a hand-written sample using every column and a seeded generator of valid datasets.

import fc from 'fast-check';
import type { Dataset, Flow, Site, Zone } from '@toile/flow-model';

/** Notes on the document, territory, zones and sites are accepted by the validator beyond the Dataset type. */
export const SAMPLE_DATASET = {
  format: 'toile.dataset/1',
  note: 'Atelier du 12 mars ; données déclaratives',
  territory: { id: 'axe-seine', name: 'Axe Seine', kind: 'territoire-industrie', note: '+ périmètre élargi' },
  zones: [
    {
      id: 'zae-nord',
      name: 'ZAE Nord',
      kind: 'zae',
      note: 'port',
      polygon: {
        type: 'Polygon',
        coordinates: [
          [
            [1.09, 49.44],
            [1.1, 49.44],
            [1.1, 49.45],
            [1.09, 49.44],
          ],
        ],
      },
    },
  ],
  sites: [
    {
      id: 'papeterie',
      name: 'Papeterie du Val ; « Société », "N°1"',
      siret: '73282932000074',
      nace: '17.12',
      lat: 49.4431,
      lon: 1.0993,
      zoneId: 'zae-nord',
      note: 'ICPE',
    },
    { id: 'froid', name: '=Entrepôt frigorifique', lat: 49.45, lon: -1.05, confidentiality: 'private' },
  ],
  flows: [
    {
      id: 'papeterie-heat',
      siteId: 'papeterie',
      direction: 'output',
      resource: 'heat',
      quantity: 12000.5,
      unit: 'MWh/yr',
      temperatureC: 85,
      months: [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1],
    },
    {
      id: 'papeterie-ash',
      siteId: 'papeterie',
      direction: 'output',
      ewc: '10 01 01',
      quantity: 3000,
      unit: 't/yr',
      price: { value: 45, unit: 'EUR/t' },
      hazardous: false,
      note: '-ligne 2\nsur deux lignes',
    },
    {
      id: 'froid-cold',
      siteId: 'froid',
      direction: 'input',
      resource: 'cold',
      quantity: 800,
      unit: 'MWh/yr',
      temperatureC: -25.5,
      confidentiality: 'public',
      acceptsEwc: ['10 01 04*', '19 01 13*'],
    },
  ],
} as unknown as Dataset;

/** 13 digits then a Luhn check digit. */
function luhnSiret(digits: readonly number[]): string {
  const body = digits.slice(0, 13);
  for (let check = 0; check < 10; check += 1) {
    const all = [...body, check];
    const sum = all.reduce((total, digit, index) => {
      const doubled = (all.length - index) % 2 === 0 ? digit * 2 : digit;
      return total + (doubled > 9 ? doubled - 9 : doubled);
    }, 0);
    if (sum % 10 === 0) return all.join('');
  }
  return body.join('') + '0';
}

/** Doubles without -0 (a spreadsheet has no negative zero: -0 reads back as 0). */
function double(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true }).map((value) => (value === 0 ? 0 : value));
}

const awkwardText = fc.oneof(
  fc.constantFrom(
    'Usine',
    'Sucrerie de l’Oise',
    'A;B,C',
    '"Quoted"',
    '=1+1',
    '-moins',
    '+plus',
    '@at',
    "'=x",
    'é è à ç',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text.trim() !== '' && !/^\s|\s$/.test(text)),
);

const HEAT: readonly string[] = ['heat', 'steam', 'cold', 'water-cooling'];
const RESOURCE_UNITS: readonly (readonly [string, string])[] = [
  ['heat', 'MWh/yr'],
  ['steam', 'MWh/yr'],
  ['cold', 'MWh/yr'],
  ['water-cooling', 'm3/yr'],
  ['gypsum', 't/yr'],
  ['hydrogen', 't/yr'],
  ['biowaste', 't/yr'],
  ['water-process', 'm3/day'],
  ['electricity', 'MWh/yr'],
];
const EWC_CODES: readonly string[] = ['10 01 01', '19 12 04', '15 01 01', '10 01 04*'];

function flowArbitrary(id: string, siteIds: readonly string[]): fc.Arbitrary<Flow> {
  const byResource = fc.constantFrom(...RESOURCE_UNITS).chain(([resource, unit]) =>
    fc.record({
      resource: fc.constant(resource),
      unit: fc.constant(unit),
      temperatureC: HEAT.includes(resource) ? fc.integer({ min: -30, max: 400 }) : fc.constant(undefined),
    }),
  );
  const byEwc = fc.record({ ewc: fc.constantFrom(...EWC_CODES), unit: fc.constant('t/yr') });
  return fc
    .record({
      siteId: fc.constantFrom(...siteIds),
      direction: fc.constantFrom('output' as const, 'input' as const),
      what: fc.oneof(byResource, byEwc),
      quantity: double(0.001, 1e7),
      priceValue: fc.option(double(-500, 500), { nil: undefined }),
      months: fc.option(fc.constant([0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05]), {
        nil: undefined,
      }),
      confidentiality: fc.option(
        fc.constantFrom('public' as const, 'territory' as const, 'private' as const),
        {
          nil: undefined,
        },
      ),
      note: fc.option(awkwardText, { nil: undefined }),
    })
    .map(({ what, priceValue, ...rest }) => {
      const flow: Record<string, unknown> = { id, ...rest, ...what };
      if (priceValue !== undefined)
        flow.price = { value: priceValue, unit: `EUR/${what.unit.split('/')[0]}` };
      for (const key of Object.keys(flow)) if (flow[key] === undefined) delete flow[key];
      return flow as unknown as Flow;
    });
}

function siteArbitrary(id: string, zoneIds: readonly string[]): fc.Arbitrary<Site> {
  return fc
    .record({
      name: awkwardText,
      lat: double(41, 51),
      lon: double(-5, 9),
      siret: fc.option(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 }).map(luhnSiret),
        {
          nil: undefined,
        },
      ),
      note: fc.option(awkwardText, { nil: undefined }),
      zoneId:
        zoneIds.length === 0
          ? fc.constant(undefined)
          : fc.option(fc.constantFrom(...zoneIds), { nil: undefined }),
    })
    .map((site) => {
      const record: Record<string, unknown> = { id, ...site };
      for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
      return record as unknown as Site;
    });
}

export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    zoneCount: fc.integer({ min: 0, max: 2 }),
    siteCount: fc.integer({ min: 1, max: 4 }),
    flowCount: fc.nat(6),
  })
  .chain(({ zoneCount, siteCount, flowCount }) => {
    const zoneIds = Array.from({ length: zoneCount }, (_, index) => `zone-${index}`);
    const siteIds = Array.from({ length: siteCount }, (_, index) => `site-${index}`);
    const zones = fc.tuple(
      ...zoneIds.map((id) => awkwardText.map((name): Zone => ({ id, name, kind: 'zae' }))),
    );
    return fc.record({
      format: fc.constant('toile.dataset/1' as const),
      territory: fc.record({ id: fc.constant('territoire-test'), name: awkwardText }),
      zones: zoneCount === 0 ? fc.constant([] as Zone[]) : zones,
      sites: fc.tuple(...siteIds.map((id) => siteArbitrary(id, zoneIds))),
      flows:
        flowCount === 0
          ? fc.constant([] as Flow[])
          : fc.tuple(
              ...Array.from({ length: flowCount }, (_, index) => flowArbitrary(`flow-${index}`, siteIds)),
            ),
    });
  });
