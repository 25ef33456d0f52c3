// Shared fixtures of the access tests (not a suite): a hand-made territory and seeded random territories.
// Named *.test.ts so the build leaves it out and jest (which runs *.spec.ts) does not run it alone.

import fc from 'fast-check';
import type { Confidentiality, Dataset, Flow, Site } from '@toile/flow-model';
import { pseudonymFor } from './pseudonym';

export const pseudonym = (siteId: string) => pseudonymFor('secret-de-test', 't', siteId);

export const site = (id: string, confidentiality?: Confidentiality, extra: Partial<Site> = {}): Site => ({
  id,
  name: `Nom ${id}`,
  siret: `SIRET${id}`,
  nace: '17.12',
  lat: 49.44312,
  lon: 1.09934,
  ...(confidentiality ? { confidentiality } : {}),
  ...extra,
});
export const flow = (id: string, siteId: string, confidentiality?: Confidentiality): Flow => ({
  id,
  siteId,
  direction: 'output',
  resource: 'heat',
  quantity: 100,
  unit: 'MWh/yr',
  temperatureC: 80,
  price: { value: 12, unit: 'EUR/MWh' },
  note: `note de ${id}`,
  ...(confidentiality ? { confidentiality } : {}),
});

export const handMade: Dataset = {
  format: 'toile.dataset/1',
  territory: { id: 't', name: 'T' },
  zones: [{ id: 'z', name: 'Zone' }],
  sites: [site('mine', 'private'), site('pub', 'public'), site('terr'), site('priv', 'private')],
  flows: [
    flow('mine-1', 'mine'),
    flow('pub-1', 'pub'),
    flow('pub-2', 'pub', 'territory'),
    flow('terr-1', 'terr'),
    flow('terr-2', 'terr', 'private'),
    flow('terr-3', 'terr', 'public'),
    flow('priv-1', 'priv'),
  ],
};

const level = fc.constantFrom<Confidentiality | undefined>('public', 'territory', 'private', undefined);

/** A random territory: n sites, each with 0–3 flows of random confidentiality, plus a random firm. */
export const arbitraryTerritory = fc
  .array(fc.tuple(level, fc.array(level, { maxLength: 3 })), { minLength: 1, maxLength: 8 })
  .chain((specs) =>
    fc.record({
      dataset: fc.constant<Dataset>({
        format: 'toile.dataset/1',
        territory: { id: 't', name: 'T' },
        zones: [],
        sites: specs.map(([c], i) => site(`site${i}`, c, { name: `Usine Secrete ${i}`, siret: `9999${i}` })),
        flows: specs.flatMap(([, fs], i) => fs.map((c, j) => flow(`site${i}-f${j}`, `site${i}`, c))),
      }),
      own: fc.subarray(specs.map((_, i) => `site${i}`)),
    }),
  );

export function effective(dataset: Dataset, f: Flow): Confidentiality {
  return f.confidentiality ?? dataset.sites.find((s) => s.id === f.siteId)?.confidentiality ?? 'territory';
}
