// Totals of a result: the sums of its synergies (so a checker can recompute them), by unit family.
// Quantities count what consumers receive (substitutions) and what is pooled (mutualisations).

import type { ResultTotals, Synergy } from '@toile/flow-model';

export function resultTotals(synergies: readonly Synergy[]): ResultTotals {
  let tonnes = 0;
  let mwh = 0;
  let m3 = 0;
  let value = 0;
  let co2 = 0;
  for (const synergy of synergies) {
    if (synergy.unit === 't/yr') tonnes += synergy.quantity;
    else if (synergy.unit === 'MWh/yr') mwh += synergy.quantity;
    else if (synergy.unit === 'm3/yr') m3 += synergy.quantity;
    value += synergy.netValueEurPerYr ?? 0;
    co2 += synergy.co2AvoidedTPerYr ?? 0;
  }
  return {
    synergies: synergies.length,
    tonnesPerYr: tonnes,
    mwhPerYr: mwh,
    m3PerYr: m3,
    netValueEurPerYr: value,
    co2AvoidedTPerYr: co2,
  };
}
