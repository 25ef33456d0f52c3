// The seeds' hand-solved tiny territories through the whole pipeline: the exact quantities, limits and value
// derived in seeds/README.md, the unmatched flows with their reasons, and the independent checker.

import { buildCandidates, DEFAULT_MATCH_PARAMETERS, match } from '@toile/matcher';
import {
  TINY_HEAT_H2_EXPECTATION,
  TINY_MATERIALS_EXPECTATION,
  tinyHeatH2Dataset,
  tinyMaterialsDataset,
  tinyMaterialsNetValueEurPerYr,
} from '@toile/seeds';
import { checkResult } from './support/check-result';

const LIMIT_OF = {
  supply: ['supply', 'supply-and-demand'],
  demand: ['demand', 'supply-and-demand'],
} as const;

describe.each([
  [tinyMaterialsDataset, TINY_MATERIALS_EXPECTATION],
  [tinyHeatH2Dataset, TINY_HEAT_H2_EXPECTATION],
] as const)('%s', (dataset, expectation) => {
  const result = match(dataset);

  it('is optimal and passes the independent checker', () => {
    expect(result.status).toBe('optimal');
    expect(result.format).toBe('toile.result/1');
    expect(result.territoryId).toBe(expectation.datasetId);
    expect(checkResult(dataset, result, buildCandidates(dataset, DEFAULT_MATCH_PARAMETERS))).toEqual([]);
  });

  it.each(expectation.exchanges.map((e) => [`${e.supplyFlowId} → ${e.demandFlowId}`, e] as const))(
    'exchange %s has the hand-solved quantity and limit',
    (_name, expected) => {
      const synergy = result.synergies.find(
        (s) => s.supplier?.flowId === expected.supplyFlowId && s.consumer?.flowId === expected.demandFlowId,
      );
      if (expected.certainty === 'if-worth-it' && synergy === undefined) {
        const reason = result.unmatched.find((u) => u.flowId === expected.demandFlowId);
        expect(reason?.code).toBe('not-worth-it');
        return;
      }
      expect(synergy).toBeDefined();
      expect(synergy!.quantity).toBeCloseTo(expected.quantity, 6);
      expect(synergy!.unit).toBe(expected.unit);
      expect(LIMIT_OF[expected.limitedBy]).toContain(synergy!.details?.limitedBy);
      if (expected.conversion) expect(synergy!.details?.conversion).toBe(expected.conversion);
      expect(synergy!.explanation).toMatch(/Règle : /);
      expect(synergy!.explanation).toMatch(/Limite : /);
    },
  );

  it('lists the flows without partner, with a French reason', () => {
    for (const flowId of expectation.unmatchedFlowIds) {
      const unmatched = result.unmatched.find((u) => u.flowId === flowId);
      expect(unmatched?.code).toBe('no-compatible-partner');
      expect(unmatched?.reason).toMatch(/aucun/);
    }
  });
});

describe('tiny-materials value', () => {
  it('equals the hand formula 600 (55 − f − 2kc) + 400 (50 − f − 50kc) at the default parameters', () => {
    const p = DEFAULT_MATCH_PARAMETERS;
    const expected = tinyMaterialsNetValueEurPerYr(
      p.roadCostEurPerTKm,
      p.roadFixedCostEurPerT,
      p.roadDetourFactor,
    );
    const result = match(tinyMaterialsDataset);
    const value = result.synergies.reduce((total, s) => total + (s.netValueEurPerYr ?? 0), 0);
    // The sites sit 2 and 50 km apart to within a few metres of great-circle distance.
    expect(Math.abs(value - expected) / expected).toBeLessThan(1e-5);
    // Exactly, with the road distances the matcher used (straight line × detour factor).
    const near = result.synergies.find((s) => s.consumer?.flowId === 'platrerie-proche-gypsum')!;
    const far = result.synergies.find((s) => s.consumer?.flowId === 'platrerie-loin-gypsum')!;
    const perTonne = (base: number, km: number): number =>
      base - p.roadFixedCostEurPerT - p.roadCostEurPerTKm * km;
    const exact = 600 * perTonne(55, near.distanceKm!) + 400 * perTonne(50, far.distanceKm!);
    expect(value).toBeCloseTo(exact, 6);
    expect(result.totals.tonnesPerYr).toBeCloseTo(1000, 9);
  });

  it('explains who takes the rest of the gypsum, by name, with the marginal value', () => {
    const far = match(tinyMaterialsDataset).synergies.find(
      (s) => s.consumer?.flowId === 'platrerie-loin-gypsum',
    )!;
    expect(far.details?.limitedBy).toBe('supply');
    expect(far.explanation).toMatch(/le reste va à Plâtrerie B/);
    expect(far.explanation).toMatch(/Valeur marginale : chaque t de plus chez Centrale A/);
    expect(far.details?.supplyMarginalValueEurPerUnit).toBeCloseTo(Number(far.details?.marginEurPerUnit), 6);
  });
});
