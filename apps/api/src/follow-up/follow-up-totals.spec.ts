// Unit tests of realised against potential: exact sums on a hand-made run (t, MWh, m3, €/yr, tCO2e/yr),
// shares, per-status counts, and a synergy without any recorded status counted as détectée.

import type { Synergy } from '@toile/flow-model';
import { followUpTotals } from './follow-up-totals';
import type { FollowUpStatus } from './follow-up-status';

function synergy(
  id: string,
  supplier: string,
  unit: string,
  quantity: number,
  value: number,
  co2: number,
): Synergy {
  return {
    id,
    kind: 'substitution',
    resource: unit === 'MWh/yr' ? 'heat' : unit === 'm3/yr' ? 'water-process' : 'gypsum',
    supplier: { siteId: supplier, flowId: `${supplier}-out` },
    consumer: { siteId: 'z', flowId: `z-in-${id}` },
    quantity,
    unit,
    netValueEurPerYr: value,
    co2AvoidedTPerYr: co2,
    explanation: '…',
  };
}

const RUN = [
  synergy('s1', 'a', 't/yr', 600, 30_000, 3.5),
  synergy('s2', 'b', 't/yr', 400, 10_000, 2),
  synergy('s3', 'c', 'MWh/yr', 3000, 50_000, 600),
  synergy('s4', 'd', 'm3/yr', 1200, 1_000, 0),
];

describe('followUpTotals', () => {
  it('sums the implemented synergies against the whole run, exactly', () => {
    const statuses: Record<string, FollowUpStatus> = {
      'a-out>z-in-s1@gypsum': 'implemented',
      'c-out>z-in-s3@heat': 'implemented',
      'b-out>z-in-s2@gypsum': 'abandoned',
    };
    const totals = followUpTotals(RUN, (key) => statuses[key]);
    expect(totals.potential).toEqual({
      synergies: 4,
      tonnesPerYr: 1000,
      mwhPerYr: 3000,
      m3PerYr: 1200,
      netValueEurPerYr: 91_000,
      co2AvoidedTPerYr: 605.5,
    });
    expect(totals.realised).toEqual({
      synergies: 2,
      tonnesPerYr: 600,
      mwhPerYr: 3000,
      m3PerYr: 0,
      netValueEurPerYr: 80_000,
      co2AvoidedTPerYr: 603.5,
    });
    expect(totals.realisedShare).toEqual({
      synergies: 0.5,
      tonnesPerYr: 0.6,
      mwhPerYr: 1,
      m3PerYr: 0,
      netValueEurPerYr: 80_000 / 91_000,
      co2AvoidedTPerYr: 603.5 / 605.5,
    });
    expect(totals.byStatus.map((entry) => [entry.label, entry.totals.synergies])).toEqual([
      ['détectée', 1],
      ['contactée', 0],
      ['à l’étude', 0],
      ['réalisée', 2],
      ['abandonnée', 1],
    ]);
    expect(totals.byStatus[0].totals.m3PerYr).toBe(1200);
  });

  it('answers zero shares for an empty run', () => {
    const totals = followUpTotals([], () => undefined);
    expect(totals.potential.synergies).toBe(0);
    expect(totals.realisedShare).toEqual({
      synergies: 0,
      tonnesPerYr: 0,
      mwhPerYr: 0,
      m3PerYr: 0,
      netValueEurPerYr: 0,
      co2AvoidedTPerYr: 0,
    });
  });
});
