// Realised against potential (pure): the totals of a run's synergies, of those implemented, and per status.
// Sums follow the result's own totals (t, MWh, m3 per year, €/yr, tCO2e/yr) by @toile/matcher's resultTotals.

import type { ResultTotals, Synergy } from '@toile/flow-model';
import { resultTotals } from '@toile/matcher';
import {
  FOLLOW_UP_LABELS_FR,
  FOLLOW_UP_STATUSES,
  INITIAL_STATUS,
  type FollowUpStatus,
} from './follow-up-status';
import { synergiesByKey } from './synergy-key';

export interface StatusTotals {
  readonly status: FollowUpStatus;
  readonly label: string;
  readonly totals: ResultTotals;
}

export interface FollowUpTotals {
  /** Every synergy of the run. */
  readonly potential: ResultTotals;
  /** The run's synergies whose current status is `implemented`. */
  readonly realised: ResultTotals;
  /** realised / potential per total, 0 when the potential is 0. */
  readonly realisedShare: ResultTotals;
  /** Every status, in stage order, with the totals of its synergies (`totals.synergies` is the count). */
  readonly byStatus: readonly StatusTotals[];
}

/**
 * `statusOf(key)` gives a synergy's current status (undefined: none recorded, so `detected`). Synergies of the
 * run that share a key count once, summed (see synergiesByKey).
 */
export function followUpTotals(
  synergies: readonly Synergy[],
  statusOf: (key: string) => FollowUpStatus | undefined,
): FollowUpTotals {
  const groups = new Map<FollowUpStatus, Synergy[]>(FOLLOW_UP_STATUSES.map((status) => [status, []]));
  const all: Synergy[] = [];
  for (const [key, synergy] of synergiesByKey(synergies)) {
    all.push(synergy);
    groups.get(statusOf(key) ?? INITIAL_STATUS)!.push(synergy);
  }
  const potential = resultTotals(all);
  const realised = resultTotals(groups.get('implemented')!);
  return {
    potential,
    realised,
    realisedShare: shareOf(realised, potential),
    byStatus: FOLLOW_UP_STATUSES.map((status) => ({
      status,
      label: FOLLOW_UP_LABELS_FR[status],
      totals: resultTotals(groups.get(status)!),
    })),
  };
}

function shareOf(part: ResultTotals, whole: ResultTotals): ResultTotals {
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    synergies: ratio(part.synergies, whole.synergies),
    tonnesPerYr: ratio(part.tonnesPerYr, whole.tonnesPerYr),
    mwhPerYr: ratio(part.mwhPerYr, whole.mwhPerYr),
    m3PerYr: ratio(part.m3PerYr, whole.m3PerYr),
    netValueEurPerYr: ratio(part.netValueEurPerYr, whole.netValueEurPerYr),
    co2AvoidedTPerYr: ratio(part.co2AvoidedTPerYr, whole.co2AvoidedTPerYr),
  };
}
