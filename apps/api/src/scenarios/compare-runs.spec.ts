// Unit tests of compareRuns on hand-made results: exact deltas, parameter changes (maps compared by content),
// gained, lost and changed synergies matched by stable key whatever their ids, orders documented.

import type { MatchResult, Synergy } from '@toile/flow-model';
import { compareRuns } from './compare-runs';

function sub(
  id: string,
  supplier: string,
  consumer: string,
  quantity: number,
  value: number,
  co2 = 0,
): Synergy {
  return {
    id,
    kind: 'substitution',
    resource: 'gypsum',
    supplier: { siteId: supplier, flowId: `${supplier}-out` },
    consumer: { siteId: consumer, flowId: `${consumer}-in` },
    quantity,
    unit: 't/yr',
    netValueEurPerYr: value,
    co2AvoidedTPerYr: co2,
    explanation: '…',
  };
}

function result(synergies: Synergy[]): MatchResult {
  const sum = (pick: (s: Synergy) => number): number => synergies.reduce((total, s) => total + pick(s), 0);
  return {
    format: 'toile.result/1',
    territoryId: 't',
    status: 'optimal',
    synergies,
    totals: {
      synergies: synergies.length,
      tonnesPerYr: sum((s) => s.quantity),
      mwhPerYr: 0,
      m3PerYr: 0,
      netValueEurPerYr: sum((s) => s.netValueEurPerYr ?? 0),
      co2AvoidedTPerYr: sum((s) => s.co2AvoidedTPerYr ?? 0),
    },
    unmatched: [],
    assumptions: {},
  };
}

const BASE = result([
  sub('s1', 'a', 'x', 600, 30_000, 4),
  sub('s2', 'a', 'y', 400, 10_000, 2),
  sub('s3', 'b', 'x', 50, 500),
]);
const OTHER = result([
  sub('s1', 'a', 'y', 800, 16_000, 4),
  sub('s2', 'b', 'x', 50, 500),
  sub('s3', 'c', 'z', 70, 2_000, 1),
  sub('s4', 'd', 'z', 10, 5_000, 1),
]);

describe('compareRuns', () => {
  const comparison = compareRuns(
    BASE,
    OTHER,
    { carbonPriceEurPerT: 0, roadCostEurPerTKm: 0.12, prices: { gypsum: 20, lime: 140 } },
    { carbonPriceEurPerT: 100, roadCostEurPerTKm: 0.12, prices: { lime: 140, gypsum: 20 }, extra: true },
  );

  it('puts the totals side by side with their differences (other − base)', () => {
    expect(comparison.base.totals).toBe(BASE.totals);
    expect(comparison.other.totals).toBe(OTHER.totals);
    expect(comparison.deltas).toEqual({
      synergies: 1,
      tonnesPerYr: -120,
      mwhPerYr: 0,
      m3PerYr: 0,
      netValueEurPerYr: -17_000,
      co2AvoidedTPerYr: 0,
    });
  });

  it('lists the parameters whose values differ, sorted, maps compared by content', () => {
    expect(comparison.parameterChanges).toEqual([
      { name: 'carbonPriceEurPerT', base: 0, other: 100 },
      { name: 'extra', base: undefined, other: true },
    ]);
  });

  it('finds gained and lost synergies by key (not by run id), by decreasing value', () => {
    expect(comparison.gained.map((s) => [s.key, s.id])).toEqual([
      ['d-out>z-in@gypsum', 's4'],
      ['c-out>z-in@gypsum', 's3'],
    ]);
    expect(comparison.lost).toEqual([
      {
        key: 'a-out>x-in@gypsum',
        id: 's1',
        kind: 'substitution',
        resource: 'gypsum',
        supplier: { siteId: 'a', flowId: 'a-out' },
        consumer: { siteId: 'x', flowId: 'x-in' },
        quantity: 600,
        unit: 't/yr',
        netValueEurPerYr: 30_000,
        co2AvoidedTPerYr: 4,
      },
    ]);
  });

  it('lists the synergies of both runs whose figures change, with exact deltas, and counts the others', () => {
    expect(comparison.changed).toHaveLength(1);
    expect(comparison.changed[0]).toMatchObject({
      key: 'a-out>y-in@gypsum',
      base: { id: 's2', quantity: 400 },
      other: { id: 's1', quantity: 800 },
      quantityDelta: 400,
      netValueEurPerYrDelta: 6_000,
      co2AvoidedTPerYrDelta: 2,
    });
    expect(comparison.unchangedCount).toBe(1);
  });

  it('finds nothing to report between a run and itself, even with float noise below the tolerance', () => {
    const noisy = result(BASE.synergies.map((s) => ({ ...s, quantity: s.quantity * (1 + 1e-13) })));
    const same = compareRuns(BASE, noisy);
    expect(same).toMatchObject({
      gained: [],
      lost: [],
      changed: [],
      unchangedCount: 3,
      parameterChanges: [],
    });
  });
});
