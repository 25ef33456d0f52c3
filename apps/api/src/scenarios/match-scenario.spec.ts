// Unit tests of applyScenario on the tiny materials seed: a site left out with its flows, sites and flows added,
// problems located in the request (unknown site, invalid added flow, duplicate id), the input never mutated.

import { tinyMaterialsDataset } from '@toile/seeds';
import { applyScenario, isEmptyScenario, normaliseScenario } from './match-scenario';

const NEW_SITE = { id: 'nouvelle', name: 'Plâtrerie nouvelle', lat: 49, lon: 1.01 };
const NEW_FLOW = {
  id: 'nouvelle-gypsum',
  siteId: 'nouvelle',
  direction: 'input',
  resource: 'gypsum',
  quantity: 500,
  unit: 't/yr',
};

describe('applyScenario', () => {
  it('leaves a site out with its flows, without touching the stored dataset', () => {
    const before = JSON.stringify(tinyMaterialsDataset);
    const { dataset, problems } = applyScenario(tinyMaterialsDataset, {
      withoutSiteIds: ['platrerie-proche'],
    });
    expect(problems).toEqual([]);
    expect(dataset.sites.map((site) => site.id)).toEqual(['centrale', 'platrerie-loin', 'atelier']);
    expect(dataset.flows.map((flow) => flow.id)).toEqual([
      'centrale-fgd-gypsum',
      'platrerie-loin-gypsum',
      'atelier-fibres',
    ]);
    expect(JSON.stringify(tinyMaterialsDataset)).toBe(before);
  });

  it('adds sites and flows after the stored ones', () => {
    const { dataset, problems } = applyScenario(tinyMaterialsDataset, {
      extraDataset: { sites: [NEW_SITE], flows: [NEW_FLOW] },
    });
    expect(problems).toEqual([]);
    expect(dataset.sites.at(-1)).toEqual(NEW_SITE);
    expect(dataset.flows.at(-1)).toEqual(NEW_FLOW);
  });

  it('locates problems in the request: unknown site, invalid or duplicate added entries, flows of a removed site', () => {
    const { problems } = applyScenario(tinyMaterialsDataset, {
      withoutSiteIds: ['atelier', 'inconnu'],
      extraDataset: {
        sites: [{ ...NEW_SITE, id: 'centrale' }],
        flows: [{ ...NEW_FLOW, siteId: 'atelier', quantity: -1 }],
      },
    });
    const paths = problems.map((problem) => `${problem.path} ${problem.code}`);
    expect(paths[0]).toBe('$.scenario.withoutSiteIds[1] unknown-site');
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.scenario\.extraDataset\.sites\[0\]\.id /),
        expect.stringMatching(/^\$\.scenario\.extraDataset\.flows\[0\]\.quantity /),
        expect.stringMatching(/^\$\.scenario\.extraDataset\.flows\[0\]\.siteId /),
      ]),
    );
    expect(paths.every((path) => path.startsWith('$.scenario.'))).toBe(true);
  });
});

describe('normaliseScenario', () => {
  it('stores nothing for an empty scenario without label, a full plain copy otherwise', () => {
    expect(normaliseScenario(undefined)).toBeNull();
    expect(normaliseScenario({ withoutSiteIds: [] })).toBeNull();
    expect(isEmptyScenario({ label: 'x' })).toBe(true);
    expect(normaliseScenario({ label: 'référence' })).toEqual({
      label: 'référence',
      withoutSiteIds: [],
      extraDataset: { sites: [], flows: [] },
    });
    expect(normaliseScenario({ withoutSiteIds: ['a'] })).toEqual({
      withoutSiteIds: ['a'],
      extraDataset: { sites: [], flows: [] },
    });
  });
});
