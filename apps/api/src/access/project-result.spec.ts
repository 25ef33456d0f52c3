// Unit and property tests of the match-run projections: a firm sees only its synergies, counterparts named only
// when public or introduced; the public sees the reports' public variant with no non-public flow.

import fc from 'fast-check';
import type { Dataset, MatchResult, Synergy } from '@toile/flow-model';
import { synergyKeyOf } from '../follow-up/synergy-key';
import { projectResult, SYNERGY_REF_DETAIL } from './project-result';
import { arbitraryTerritory, effective, handMade, pseudonym } from './territory.test';

function substitution(id: string, dataset: Dataset, supplierFlow: string, consumerFlow: string): Synergy {
  const flowOf = (fid: string) => dataset.flows.find((f) => f.id === fid)!;
  const nameOf = (fid: string) => dataset.sites.find((s) => s.id === flowOf(fid).siteId)!.name;
  return {
    id,
    kind: 'substitution',
    resource: 'heat',
    supplier: { siteId: flowOf(supplierFlow).siteId, flowId: supplierFlow },
    consumer: { siteId: flowOf(consumerFlow).siteId, flowId: consumerFlow },
    quantity: 10,
    unit: 'MWh/yr',
    distanceKm: 2,
    netValueEurPerYr: 1000,
    co2AvoidedTPerYr: 3,
    explanation: `${nameOf(supplierFlow)} fournit ${supplierFlow} à ${nameOf(consumerFlow)} (${consumerFlow}).`,
    details: { transport: 'pipe', supplierName: nameOf(supplierFlow) },
  };
}

function resultOf(dataset: Dataset, synergies: Synergy[]): MatchResult {
  return {
    format: 'toile.result/1',
    territoryId: dataset.territory.id,
    status: 'optimal',
    synergies,
    totals: {
      synergies: 0,
      tonnesPerYr: 0,
      mwhPerYr: 0,
      m3PerYr: 0,
      netValueEurPerYr: 0,
      co2AvoidedTPerYr: 0,
    },
    unmatched: dataset.flows.map((f) => ({ flowId: f.id, reason: `rien pour ${f.id}` })),
    assumptions: { model: 'lp', perSite: dataset.sites.map((s) => s.name) },
  };
}

const never = () => false;
const base = { pseudonym, introduced: never, synergyKey: synergyKeyOf };

describe('projectResult', () => {
  const result = resultOf(handMade, [
    substitution('s1', handMade, 'mine-1', 'terr-1'),
    substitution('s2', handMade, 'pub-1', 'mine-1'),
    substitution('s3', handMade, 'pub-1', 'terr-1'),
    substitution('s4', handMade, 'priv-1', 'mine-1'),
    substitution('s5', handMade, 'terr-3', 'pub-1'),
  ]);
  const firm = { kind: 'firm' as const, ownSiteIds: new Set(['mine']) };

  it('returns the run as stored for everything', () => {
    expect(projectResult(result, handMade, { kind: 'everything' }, base)).toBe(result);
  });

  it("keeps only a firm's synergies, anonymises counterparts that are neither public nor introduced", () => {
    const out = projectResult(result, handMade, firm, base);
    expect(out.synergies.map((s) => s.id)).toEqual(['s1', 's2', 's4']);
    const [s1, s2, s4] = out.synergies;
    expect(s1.supplier).toEqual({ siteId: 'mine', flowId: 'mine-1' });
    expect(s1.consumer).toEqual({ siteId: pseudonym('terr'), flowId: `${pseudonym('terr')}-flux-1` });
    expect(s1.explanation).toContain('Site anonyme');
    expect(s1.explanation).not.toContain('Nom terr');
    expect(s1.details).toEqual({ transport: 'pipe', [SYNERGY_REF_DETAIL]: expect.stringMatching(/^anon-/) });
    expect(s2.supplier).toEqual({ siteId: 'pub', flowId: 'pub-1' });
    expect(s2.explanation).toContain('Nom pub');
    expect(s4.supplier).toEqual({
      siteId: pseudonym('priv'),
      flowId: `${pseudonym('priv')}-flux-confidentiel`,
    });
    expect(out.totals).toEqual({
      synergies: 3,
      tonnesPerYr: 0,
      mwhPerYr: 30,
      m3PerYr: 0,
      netValueEurPerYr: 3000,
      co2AvoidedTPerYr: 9,
    });
    expect(out.unmatched.map((u) => u.flowId)).toEqual(['mine-1']);
    expect(JSON.stringify(out.assumptions)).not.toContain('Nom');
  });

  it('names an introduced counterpart with its flow and the original explanation', () => {
    const introduced = (key: string, a: string, b: string) =>
      key === synergyKeyOf(result.synergies[0]) && a === 'mine' && b === 'terr';
    const out = projectResult(result, handMade, firm, { ...base, introduced });
    expect(out.synergies[0].consumer).toEqual({ siteId: 'terr', flowId: 'terr-1' });
    expect(out.synergies[0].explanation).toBe(result.synergies[0].explanation);
    expect(JSON.stringify(out.synergies.slice(1))).not.toContain('Nom terr');
  });

  it('gives the public the public variant', () => {
    const out = projectResult(result, handMade, { kind: 'public' }, base);
    expect(out.synergies.map((s) => s.id)).toEqual(['s5']);
    // `pub` has a withheld (non-public) flow, so the public variant anonymises it too.
    expect(out.synergies[0].consumer?.siteId).toMatch(/^entreprise-/);
    expect(out.synergies[0].supplier?.siteId).toMatch(/^entreprise-/);
    expect(out.unmatched).toHaveLength(2);
    expect(JSON.stringify(out)).not.toMatch(/mine-1|terr-1|Nom terr/);
  });
});

const arbitraryRun = arbitraryTerritory
  .filter(({ dataset }) => dataset.flows.length >= 2)
  .chain(({ dataset, own }) =>
    fc.record({
      dataset: fc.constant(dataset),
      own: fc.constant(own),
      pairs: fc.array(
        fc.tuple(
          fc.constantFrom(...dataset.flows.map((f) => f.id)),
          fc.constantFrom(...dataset.flows.map((f) => f.id)),
        ),
        { maxLength: 10 },
      ),
      introducedSites: fc.subarray(dataset.sites.map((s) => s.id)),
    }),
  )
  .map(({ dataset, own, pairs, introducedSites }) => ({
    dataset,
    own: new Set(own),
    introducedSites: new Set(introducedSites),
    result: resultOf(
      dataset,
      pairs.map(([a, b], i) => substitution(`s${i}`, dataset, a, b)),
    ),
  }));

describe('projectResult properties', () => {
  it('never shows a firm a foreign private flow, nor a foreign name that is neither public nor introduced', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ dataset, own, introducedSites, result }) => {
        const introduced = (_key: string, _a: string, b: string) => introducedSites.has(b);
        const out = projectResult(
          result,
          dataset,
          { kind: 'firm', ownSiteIds: own },
          { ...base, introduced },
        );
        const json = JSON.stringify(out);
        const mine = (s: Synergy) => [s.supplier!, s.consumer!].some((r) => own.has(r.siteId));
        expect(out.synergies.map((s) => s.id)).toEqual(result.synergies.filter(mine).map((s) => s.id));
        for (const s of out.synergies) {
          const original = result.synergies.find((x) => x.id === s.id)!;
          for (const side of ['supplier', 'consumer'] as const) {
            if (own.has(original[side]!.siteId)) expect(s[side]).toEqual(original[side]);
          }
        }
        for (const site of dataset.sites) {
          if (own.has(site.id) || site.confidentiality === 'public' || introducedSites.has(site.id)) continue;
          expect(json).not.toContain(site.name);
          expect(json).not.toContain(`"${site.id}"`);
          for (const f of dataset.flows.filter((x) => x.siteId === site.id))
            expect(json).not.toMatch(new RegExp(`\\b${f.id}\\b`));
        }
        const noIntro = JSON.stringify(
          projectResult(result, dataset, { kind: 'firm', ownSiteIds: own }, base),
        );
        for (const f of dataset.flows) {
          if (!own.has(f.siteId) && effective(dataset, f) === 'private')
            expect(noIntro).not.toMatch(new RegExp(`\\b${f.id}\\b`));
        }
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('never shows the public a non-public flow', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ dataset, result }) => {
        const json = JSON.stringify(projectResult(result, dataset, { kind: 'public' }, base));
        for (const f of dataset.flows) {
          if (effective(dataset, f) !== 'public') expect(json).not.toMatch(new RegExp(`\\b${f.id}\\b`));
        }
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
