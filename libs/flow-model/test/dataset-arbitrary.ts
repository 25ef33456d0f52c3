// fast-check arbitraries for valid `toile.dataset/1` documents, and a small hand-written valid example.
// Used by the validator's property tests; units are drawn among those that convert for the resource.

import fc from 'fast-check';
import { EWC_ENTRIES, NACE_ENTRIES, RESOURCES, SPEC_UNITS, toCanonical, type Dataset } from '../src';

export const EXAMPLE: Dataset = {
  format: 'toile.dataset/1',
  territory: { id: 'axe-seine', name: 'Axe Seine', kind: 'territoire-industrie' },
  zones: [{ id: 'zae-nord', name: 'ZAE Nord', kind: 'zae' }],
  sites: [
    {
      id: 'papeterie',
      name: 'Papeterie du Val',
      siret: '73282932000074',
      nace: '17.12',
      lat: 49.4431,
      lon: 1.0993,
      zoneId: 'zae-nord',
    },
  ],
  flows: [
    {
      id: 'papeterie-heat',
      siteId: 'papeterie',
      direction: 'output',
      resource: 'heat',
      quantity: 12000,
      unit: 'MWh/yr',
      temperatureC: 85,
    },
    {
      id: 'papeterie-ash',
      siteId: 'papeterie',
      direction: 'output',
      ewc: '10 01 01',
      quantity: 3000,
      unit: 't/yr',
      price: { value: 45, unit: 'EUR/t' },
    },
    {
      id: 'papeterie-h2',
      siteId: 'papeterie',
      direction: 'input',
      resource: 'hydrogen',
      quantity: 150,
      unit: 'kg/day',
      purityPct: 99.97,
      pressureBar: 350,
    },
  ],
};

const UNITS_BY_RESOURCE = new Map<string | undefined, string[]>(
  [undefined, ...RESOURCES.map((r) => r.key)].map((k) => [
    k,
    SPEC_UNITS.filter((u) => toCanonical({ quantity: 1, unit: u }, k).ok),
  ]),
);
const PRICE_UNIT: Readonly<Record<string, string>> = {
  't/yr': 'EUR/t',
  'MWh/yr': 'EUR/MWh',
  'm3/yr': 'EUR/m3',
};
const CLASSES = NACE_ENTRIES.filter((e) => e.level === 'class').map((e) => e.code);
const SIRETS = ['73282932000074', '44306184100047', '35600000049837'];

const pct = fc.double({ min: 0, max: 100, noNaN: true });
const what = fc.oneof(
  fc.record({ resource: fc.constantFrom(...RESOURCES.map((r) => r.key)) }),
  fc.record({ ewc: fc.constantFrom(...EWC_ENTRIES.map((e) => e.display)) }),
);

function flowArbitrary(id: string, siteIds: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      what,
      fc.constantFrom(...siteIds),
      fc.constantFrom('output', 'input'),
      fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
      fc.nat(),
      fc.option(fc.double({ min: -50, max: 600, noNaN: true }), { nil: undefined }),
      fc.option(pct, { nil: undefined }),
      fc.option(fc.double({ min: -500, max: 5000, noNaN: true }), { nil: undefined }),
      fc.option(fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }), {
        nil: undefined,
      }),
      fc.option(fc.constantFrom('public', 'territory', 'private'), { nil: undefined }),
    )
    .map(
      ([w, siteId, direction, quantity, pick, temperatureC, purityPct, price, months, confidentiality]) => {
        const key = 'resource' in w ? w.resource : undefined;
        const units = UNITS_BY_RESOURCE.get(key) ?? [];
        const canonical =
          key === undefined ? 't/yr' : (RESOURCES.find((r) => r.key === key)?.canonicalUnit ?? 't/yr');
        const needsTemperature =
          key === 'heat' || key === 'steam' || key === 'cold' || key === 'water-cooling';
        const flow: Record<string, unknown> = {
          id,
          siteId,
          direction,
          ...w,
          quantity,
          unit: units[pick % units.length],
        };
        if (needsTemperature || temperatureC !== undefined) flow.temperatureC = temperatureC ?? 60;
        if (purityPct !== undefined) flow.purityPct = purityPct;
        if (price !== undefined) flow.price = { value: price, unit: PRICE_UNIT[canonical] };
        if (months !== undefined) flow.months = months;
        if (confidentiality !== undefined) flow.confidentiality = confidentiality;
        return flow;
      },
    );
}

/** A valid dataset with 1–4 zones, 1–6 sites and 1–10 flows. */
export const validDataset: fc.Arbitrary<Dataset> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 10 }))
  .chain(([nz, ns, nf]) => {
    const zoneIds = Array.from({ length: nz }, (_, i) => `zone-${i}`);
    const siteIds = Array.from({ length: ns }, (_, i) => `Site_${i}.a`);
    const site = (id: string): fc.Arbitrary<Record<string, unknown>> =>
      fc
        .record({
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          name: fc.string({ minLength: 1, maxLength: 200 }),
          zoneId: fc.option(fc.constantFrom(...zoneIds), { nil: undefined }),
          siret: fc.option(fc.constantFrom(...SIRETS), { nil: undefined }),
          nace: fc.option(fc.constantFrom(...CLASSES), { nil: undefined }),
        })
        .map((s) => Object.fromEntries(Object.entries({ id, ...s }).filter(([, v]) => v !== undefined)));
    return fc.record({
      format: fc.constant('toile.dataset/1' as const),
      territory: fc.record({
        id: fc.stringMatching(/^[a-z0-9-]{1,30}$/),
        name: fc.string({ maxLength: 200 }),
      }),
      zones: fc.tuple(...zoneIds.map((id) => fc.constant({ id, name: `Zone ${id}` }))),
      sites: fc.tuple(...siteIds.map(site)),
      flows: fc.tuple(...Array.from({ length: nf }, (_, i) => flowArbitrary(`flow-${i}`, siteIds))),
    }) as unknown as fc.Arbitrary<Dataset>;
  });
