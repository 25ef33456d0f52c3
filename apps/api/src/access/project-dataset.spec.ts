// Unit and property tests of the dataset projections: hand-made territory, then seeded random datasets checked
// for leaks of private flows and of the names/SIRET of anonymised sites.

import fc from 'fast-check';
import { projectDataset } from './project-dataset';
import { pseudonymFor } from './pseudonym';
import { arbitraryTerritory, effective, handMade, pseudonym } from './territory.test';

describe('projectDataset', () => {
  it('returns the dataset as stored for everything', () => {
    expect(projectDataset(handMade, { kind: 'everything' }, pseudonym)).toBe(handMade);
  });

  it('shows a firm its own sites in full, public sites named, territory sites anonymised, private absent', () => {
    const out = projectDataset(handMade, { kind: 'firm', ownSiteIds: new Set(['mine']) }, pseudonym);
    const anon = pseudonym('terr');
    expect(out.sites).toEqual([
      handMade.sites[0],
      handMade.sites[1],
      { id: anon, name: 'Site anonyme', lat: 49.44, lon: 1.1, nace: '17.12', confidentiality: 'territory' },
    ]);
    expect(out.flows.map((f) => f.id)).toEqual(['mine-1', 'pub-1', `${anon}-flux-1`, `${anon}-flux-2`]);
    expect(out.flows[0]).toBe(handMade.flows[0]);
    const anonymised = out.flows[2];
    expect(anonymised).toEqual({
      id: `${anon}-flux-1`,
      siteId: anon,
      direction: 'output',
      resource: 'heat',
      quantity: 100,
      unit: 'MWh/yr',
      temperatureC: 80,
    });
    expect(out.zones).toBe(handMade.zones);
  });

  it('shows the public only public flows, their sites named if public, anonymised otherwise', () => {
    const out = projectDataset(handMade, { kind: 'public' }, pseudonym);
    const anon = pseudonym('terr');
    expect(out.sites.map((s) => s.id)).toEqual(['pub', anon]);
    expect(out.flows.map((f) => f.id)).toEqual(['pub-1', `${anon}-flux-2`]);
  });

  it('gives stable pseudonyms that differ by secret and territory', () => {
    expect(pseudonymFor('s', 't', 'a')).toMatch(/^anon-[0-9a-f]{8}$/);
    expect(pseudonymFor('s', 't', 'a')).toBe(pseudonymFor('s', 't', 'a'));
    expect(pseudonymFor('s', 't', 'a')).not.toBe(pseudonymFor('s2', 't', 'a'));
    expect(pseudonymFor('s', 't', 'a')).not.toBe(pseudonymFor('s', 't2', 'a'));
    expect(() => pseudonymFor('', 't', 'a')).toThrow(/secret/);
  });
});

describe('projectDataset properties', () => {
  it('never shows a firm a foreign private flow nor a non-public foreign name or SIRET; own data intact', () => {
    fc.assert(
      fc.property(arbitraryTerritory, ({ dataset, own }) => {
        const ownSiteIds = new Set(own);
        const out = projectDataset(dataset, { kind: 'firm', ownSiteIds }, pseudonym);
        const json = JSON.stringify(out);
        for (const f of dataset.flows) {
          if (!ownSiteIds.has(f.siteId) && effective(dataset, f) === 'private') {
            expect(json).not.toContain(`"${f.id}"`);
            expect(json).not.toContain(f.note!);
          }
        }
        for (const s of dataset.sites) {
          if (ownSiteIds.has(s.id)) {
            expect(out.sites).toContainEqual(s);
            for (const f of dataset.flows.filter((x) => x.siteId === s.id))
              expect(out.flows).toContainEqual(f);
          } else if ((s.confidentiality ?? 'territory') !== 'public') {
            expect(json).not.toContain(s.name);
            expect(json).not.toContain(s.siret!);
          }
        }
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('never shows the public a non-public flow', () => {
    fc.assert(
      fc.property(arbitraryTerritory, ({ dataset }) => {
        const out = projectDataset(dataset, { kind: 'public' }, pseudonym);
        const json = JSON.stringify(out);
        for (const f of dataset.flows) {
          if (effective(dataset, f) === 'public') continue;
          expect(json).not.toContain(`"${f.id}"`);
          expect(json).not.toContain(f.note!);
        }
        const publicCount = dataset.flows.filter((f) => effective(dataset, f) === 'public').length;
        expect(out.flows).toHaveLength(publicCount);
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
