// Turns an evaluated pair (scratch record) into a CandidateArc with its breakdown and the facts the
// interpretation stage needs to explain it in French (COP, electricity, gas conversion, default prices).

import type { CandidateArc } from '../types';
import type { PairScratch } from './evaluate-pair';
import type { PreparedFlow } from './prepared-flow';
import { pairKey } from './pins';

export function arcFromScratch(
  o: PreparedFlow,
  d: PreparedFlow,
  s: PairScratch,
  pin?: 'required',
): CandidateArc {
  const arc: {
    -readonly [K in keyof CandidateArc]: CandidateArc[K];
  } = {
    id: pairKey(o.flow.id, d.flow.id),
    supplyFlowId: o.flow.id,
    demandFlowId: d.flow.id,
    ratio: s.ratio,
    marginEurPerUnit: s.margin,
    co2TPerUnit: s.co2,
    distanceKm: s.distanceKm,
    ruleId: s.ruleId,
    transport: s.transport,
    breakdown: {
      avoidedDisposal: s.avoidedDisposal,
      avoidedPurchase: s.avoidedPurchase,
      transport: 0 - s.transportCost,
      conversion: 0 - s.conversionCost,
      carbon: s.carbon,
    },
  };
  if (s.conversion !== undefined) arc.conversion = s.conversion;
  if (pin !== undefined) arc.pin = pin;
  if (
    !Number.isNaN(s.cop) ||
    s.electricityMWhPerUnit > 0 ||
    s.reason !== '' ||
    o.priceIsDefault ||
    d.priceIsDefault
  ) {
    const details: Record<string, string | number | boolean> = {};
    if (!Number.isNaN(s.cop)) details.heatPumpCop = s.cop;
    if (s.electricityMWhPerUnit > 0) details.electricityMWhPerUnit = s.electricityMWhPerUnit;
    if (s.reason !== '') details.conversionReason = s.reason;
    if (o.priceIsDefault) details.disposalPriceIsDefault = true;
    if (d.priceIsDefault) details.purchasePriceIsDefault = true;
    arc.details = details;
  }
  return arc;
}
