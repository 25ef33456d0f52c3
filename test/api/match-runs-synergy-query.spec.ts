// Unit tests of the synergy filter behind GET …/match-runs/:runId/synergies: filters, sort, page.
// Hand-made synergies; each filter must keep exactly the expected ids.

import type { Synergy } from '@toile/flow-model';
import { querySynergies } from '@toile/api/src/match-runs/synergy-query';

const synergy = (id: string, extra: Partial<Synergy>): Synergy => ({
  id,
  kind: 'substitution',
  resource: 'heat',
  quantity: 100,
  unit: 'MWh/yr',
  explanation: 'test',
  ...extra,
});

const synergies: readonly Synergy[] = [
  synergy('s1', {
    supplier: { siteId: 'a', flowId: 'a-heat' },
    consumer: { siteId: 'b', flowId: 'b-heat' },
    quantity: 500,
    netValueEurPerYr: 20_000,
    distanceKm: 2,
  }),
  synergy('s2', {
    resource: 'gypsum',
    unit: 't/yr',
    supplier: { siteId: 'c', flowId: 'c-gypsum' },
    consumer: { siteId: 'a', flowId: 'a-gypsum' },
    quantity: 80,
    netValueEurPerYr: 50_000,
    distanceKm: 5,
  }),
  synergy('s3', {
    kind: 'mutualisation',
    resource: 'paper-cardboard',
    unit: 't/yr',
    members: [
      { siteId: 'd', flowId: 'd-card' },
      { siteId: 'e', flowId: 'e-card' },
    ],
    quantity: 30,
    netValueEurPerYr: -100,
  }),
];

const families: Record<string, string> = { heat: 'heat', gypsum: 'minerals', 'paper-cardboard': 'paper' };
const familyOf = (resource: string): string | undefined => families[resource];
const ids = (query: Parameters<typeof querySynergies>[1]): string[] =>
  querySynergies(synergies, query, familyOf).items.map((item) => item.id);

describe('querySynergies', () => {
  it('sorts by net value, highest first, by default', () => {
    expect(ids({})).toEqual(['s2', 's1', 's3']);
  });

  it('filters by resource, family, kind and site (supplier, consumer or member)', () => {
    expect(ids({ resource: 'heat' })).toEqual(['s1']);
    expect(ids({ family: 'minerals' })).toEqual(['s2']);
    expect(ids({ kind: 'mutualisation' })).toEqual(['s3']);
    expect(ids({ siteId: 'a' })).toEqual(['s2', 's1']);
    expect(ids({ siteId: 'e' })).toEqual(['s3']);
  });

  it('keeps synergies above a quantity and a value', () => {
    expect(ids({ minQuantity: 80 })).toEqual(['s2', 's1']);
    expect(ids({ minValueEur: 0 })).toEqual(['s2', 's1']);
  });

  it('sorts ascending or descending on the asked key', () => {
    expect(ids({ sort: 'quantity' })).toEqual(['s3', 's2', 's1']);
    expect(ids({ sort: '-distance' })).toEqual(['s2', 's1', 's3']);
  });

  it('pages after filtering and reports the filtered total', () => {
    const page = querySynergies(synergies, { minValueEur: 0, limit: 1, offset: 1 }, familyOf);
    expect(page).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(page.items.map((item) => item.id)).toEqual(['s1']);
  });
});
