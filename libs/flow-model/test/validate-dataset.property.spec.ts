// Property-based tests of the validator (fast-check, seeded): generated valid datasets have no problem,
// any single corruption yields a problem at the right path, and no input whatsoever makes it throw.

import fc from 'fast-check';
import { normaliseDataset, parseDataset, validateDataset, type Dataset } from '../src';
import { validDataset } from './dataset-arbitrary';

type Doc = Record<string, unknown> & {
  territory: Record<string, unknown>;
  zones: Record<string, unknown>[];
  sites: Record<string, unknown>[];
  flows: Record<string, unknown>[];
};

/** A corruption of a valid document and the path where the validator must report it. */
interface Mutation {
  readonly name: string;
  readonly apply: (doc: Doc) => void;
  readonly path: (doc: Doc) => string;
}

const at = (path: string) => (): string => path;
const last =
  (key: 'sites' | 'flows') =>
  (d: Doc): string =>
    `$.${key}[${d[key].length - 1}].id`;

const MUTATIONS: readonly Mutation[] = [
  { name: 'format removed', apply: (d) => delete d.format, path: at('$.format') },
  { name: 'format changed', apply: (d) => (d.format = 'toile.dataset/2'), path: at('$.format') },
  {
    name: 'territory id upper-case',
    apply: (d) => (d.territory.id = 'Axe Seine'),
    path: at('$.territory.id'),
  },
  { name: 'sites removed', apply: (d) => Reflect.deleteProperty(d, 'sites'), path: at('$.sites') },
  { name: 'flows not an array', apply: (d) => (d.flows = 'x' as never), path: at('$.flows') },
  { name: 'negative quantity', apply: (d) => (d.flows[0].quantity = -1), path: at('$.flows[0].quantity') },
  { name: 'quantity as text', apply: (d) => (d.flows[0].quantity = '12'), path: at('$.flows[0].quantity') },
  {
    name: 'infinite quantity',
    apply: (d) => (d.flows[0].quantity = Infinity),
    path: at('$.flows[0].quantity'),
  },
  { name: 'unknown unit', apply: (d) => (d.flows[0].unit = 'bananas/yr'), path: at('$.flows[0].unit') },
  {
    name: 'dangling siteId',
    apply: (d) => (d.flows[0].siteId = 'no such site'),
    path: at('$.flows[0].siteId'),
  },
  {
    name: 'dangling zoneId',
    apply: (d) => (d.sites[0].zoneId = 'missing-zone'),
    path: at('$.sites[0].zoneId'),
  },
  { name: 'latitude 91', apply: (d) => (d.sites[0].lat = 91), path: at('$.sites[0].lat') },
  { name: 'longitude -181', apply: (d) => (d.sites[0].lon = -181), path: at('$.sites[0].lon') },
  { name: 'latitude NaN', apply: (d) => (d.sites[0].lat = NaN), path: at('$.sites[0].lat') },
  { name: 'bad SIRET', apply: (d) => (d.sites[0].siret = '73282932000075'), path: at('$.sites[0].siret') },
  { name: 'unknown NACE', apply: (d) => (d.sites[0].nace = '99.99'), path: at('$.sites[0].nace') },
  { name: 'duplicate flow', apply: (d) => d.flows.push({ ...d.flows[0] }), path: last('flows') },
  { name: 'duplicate site', apply: (d) => d.sites.push({ ...d.sites[0] }), path: last('sites') },
  {
    name: 'bad direction',
    apply: (d) => (d.flows[0].direction = 'sideways'),
    path: at('$.flows[0].direction'),
  },
  {
    name: 'unknown resource',
    apply: (d) => (d.flows[0].resource = 'unobtainium'),
    path: at('$.flows[0].resource'),
  },
  { name: 'unknown EWC', apply: (d) => (d.flows[0].ewc = '99 99 99'), path: at('$.flows[0].ewc') },
  {
    name: 'neither resource nor EWC',
    apply: (d) => {
      delete d.flows[0].resource;
      delete d.flows[0].ewc;
    },
    path: at('$.flows[0]'),
  },
  {
    name: '11 months',
    apply: (d) => (d.flows[0].months = new Array(11).fill(0.5)),
    path: at('$.flows[0].months'),
  },
  {
    name: 'months all zero',
    apply: (d) => (d.flows[0].months = new Array(12).fill(0)),
    path: at('$.flows[0].months'),
  },
  { name: 'purity 101', apply: (d) => (d.flows[0].purityPct = 101), path: at('$.flows[0].purityPct') },
  { name: 'typo field', apply: (d) => (d.flows[0].temperatureCC = 50), path: at('$.flows[0].temperatureCC') },
  {
    name: 'price value text',
    apply: (d) => (d.flows[0].price = { value: 'x', unit: 'EUR/t' }),
    path: at('$.flows[0].price.value'),
  },
  {
    name: 'price unit unknown',
    apply: (d) => (d.flows[0].price = { value: 3, unit: 'EUR/parsec' }),
    path: at('$.flows[0].price.unit'),
  },
  {
    name: 'bad confidentiality',
    apply: (d) => (d.flows[0].confidentiality = 'secret'),
    path: at('$.flows[0].confidentiality'),
  },
  { name: 'name too long', apply: (d) => (d.sites[0].name = 'x'.repeat(201)), path: at('$.sites[0].name') },
  { name: 'flow id with space', apply: (d) => (d.flows[0].id = 'a b'), path: at('$.flows[0].id') },
  {
    name: 'acceptsEwc unknown',
    apply: (d) => (d.flows[0].acceptsEwc = ['99 99 99']),
    path: at('$.flows[0].acceptsEwc[0]'),
  },
  { name: 'site not an object', apply: (d) => (d.sites[0] = null as never), path: at('$.sites[0]') },
];

describe('validator properties', () => {
  it('finds no problem in generated valid datasets, and they normalise without problems', () => {
    fc.assert(
      fc.property(validDataset, (dataset) => {
        expect(validateDataset(dataset)).toEqual([]);
        const parsed = parseDataset(dataset);
        expect(parsed.ok).toBe(true);
        const normalised = normaliseDataset(dataset);
        expect(normalised.problems).toEqual([]);
        for (const f of normalised.flows) expect(f.quantityPerYr).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('reports any single corruption at its path', () => {
    fc.assert(
      fc.property(validDataset, fc.constantFrom(...MUTATIONS), (dataset: Dataset, mutation) => {
        const doc = structuredClone(dataset) as unknown as Doc;
        mutation.apply(doc);
        const problems = validateDataset(doc);
        const path = mutation.path(doc);
        if (!problems.some((p) => p.path === path))
          throw new Error(
            `${mutation.name}: no problem at ${path}, got ${JSON.stringify(problems.map((p) => p.path))}`,
          );
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it('never throws and always returns problems for arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
        }),
        (v) => {
          const problems = validateDataset(v);
          return Array.isArray(problems) && problems.length > 0;
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });

  it('never throws on documents with valid shape but arbitrary field values', () => {
    const junk = fc.anything({ withNullPrototype: true, maxDepth: 2 });
    const junkDoc = fc.record({
      format: fc.oneof(fc.constant('toile.dataset/1'), junk),
      territory: fc.oneof(fc.dictionary(fc.constantFrom('id', 'name', 'kind', 'x'), junk), junk),
      zones: fc.array(fc.oneof(fc.dictionary(fc.constantFrom('id', 'name', 'polygon', 'x'), junk), junk), {
        maxLength: 3,
      }),
      sites: fc.array(
        fc.dictionary(
          fc.constantFrom('id', 'name', 'lat', 'lon', 'siret', 'nace', 'zoneId', 'confidentiality'),
          junk,
        ),
        { maxLength: 3 },
      ),
      flows: fc.array(
        fc.dictionary(
          fc.constantFrom(
            'id',
            'siteId',
            'direction',
            'resource',
            'ewc',
            'quantity',
            'unit',
            'price',
            'months',
            'acceptsEwc',
            'hoursPerYear',
          ),
          junk,
        ),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(junkDoc, (doc) => Array.isArray(validateDataset(doc))),
      { seed: 42, numRuns: 500 },
    );
  });
});
