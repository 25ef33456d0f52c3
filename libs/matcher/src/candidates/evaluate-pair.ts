// Judges one output × input pair along one route: compatibility (hazard, heat, gas), transport, conversion,
// ratio, margin and CO2 per canonical unit of supply. Writes into a reusable scratch record (no allocation).

import type { ArcNumbers } from './arc-numbers';
import {
  gasCompatibility,
  gasNeeds,
  GAS_NEEDS_COMPRESSION,
  GAS_NEEDS_PURIFICATION,
  hazardousAccepted,
  heatCompatibility,
  type GasRuleSettings,
  type HeatRuleSettings,
} from '@toile/flow-model';
import type { MatchParameters } from '../parameters';
import { avoidedCo2TPerUnit } from '../parameters';
import type { PreparedFlow } from './prepared-flow';
import type { Route } from './routes';
import { newTransportCost, transportCost, type TransportCost } from './transport';

export interface PairContext {
  readonly params: MatchParameters;
  readonly annuity: number;
  readonly heat: HeatRuleSettings;
  readonly gas: GasRuleSettings;
  /** tCO2e avoided per canonical unit, by demand key (memo). */
  readonly avoidedCo2: Map<string, number>;
  /** Where the stage's arcs keep their numbers (see arc-numbers.ts). */
  readonly arcNumbers: ArcNumbers;
}

export const PAIR_OK = 0;
export const PAIR_INCOMPATIBLE = 1;
export const PAIR_HAZARD_REFUSED = 2;
/** Compatible, but heat losses on the way exceed the flow: nothing would arrive. */
export const PAIR_LOSSY = 3;

export interface PairScratch {
  margin: number;
  ratio: number;
  co2: number;
  distanceKm: number;
  ruleId: string;
  transport: string;
  conversion: string | undefined;
  avoidedDisposal: number;
  avoidedPurchase: number;
  transportCost: number;
  conversionCost: number;
  carbon: number;
  cop: number;
  electricityMWhPerUnit: number;
  reason: string;
  /** Build French reasons (arcs being materialised, rejections); off in the search loop. */
  explain: boolean;
  readonly transportScratch: TransportCost;
}

export function newScratch(): PairScratch {
  return {
    margin: 0,
    ratio: 0,
    co2: 0,
    distanceKm: 0,
    ruleId: '',
    transport: '',
    conversion: undefined,
    avoidedDisposal: 0,
    avoidedPurchase: 0,
    transportCost: 0,
    conversionCost: 0,
    carbon: 0,
    cop: NaN,
    electricityMWhPerUnit: 0,
    reason: '',
    explain: true,
    transportScratch: newTransportCost(),
  };
}

function gasReason(o: PreparedFlow, d: PreparedFlow, ctx: PairContext): string {
  const g = gasCompatibility(o.flow, d.flow, ctx.gas);
  return g.kind === 'ok' ? '' : g.reason;
}

function co2Of(key: string, ctx: PairContext): number {
  let value = ctx.avoidedCo2.get(key);
  if (value === undefined) {
    value = key.startsWith('ewc:') ? 0 : avoidedCo2TPerUnit(key, ctx.params);
    ctx.avoidedCo2.set(key, value);
  }
  return value;
}

/** Evaluates the pair at route distance `km`; returns PAIR_OK (scratch filled), PAIR_INCOMPATIBLE, PAIR_HAZARD_REFUSED or PAIR_LOSSY. */
export function evaluatePair(
  o: PreparedFlow,
  d: PreparedFlow,
  route: Route,
  km: number,
  ctx: PairContext,
  s: PairScratch,
): number {
  // The scratch record is reused across pairs: clear the reason so no earlier pair's reason leaks into this one.
  s.reason = '';
  if (o.hazardous && !hazardousAccepted(o.flow, d.flow, () => true)) {
    s.reason = 'déchet dangereux : le receveur n’accepte pas ce code';
    return PAIR_HAZARD_REFUSED;
  }
  const p = ctx.params;
  let ratio = route.ratio;
  let ruleId = route.ruleId;
  let conversion: string | undefined = route.treatmentCostEurPerUnit > 0 ? 'pretreatment' : undefined;
  let conversionCost = route.treatmentCostEurPerUnit;
  let conversionCo2 = 0;
  s.cop = NaN;
  s.electricityMWhPerUnit = 0;
  if (route.kind === 'heat') {
    const h = heatCompatibility(o.flow, d.flow, ctx.heat);
    if (h.kind === 'incompatible') {
      s.reason = h.reason;
      return PAIR_INCOMPATIBLE;
    }
    ruleId = h.ruleId;
    if (h.kind === 'heat-pump') {
      ratio = h.ratio;
      conversion = 'heat-pump';
      conversionCost =
        h.electricityMWhPerUnit * p.electricityPriceEurPerMWh + p.heatPumpCostEurPerMWh * h.ratio;
      conversionCo2 = h.electricityMWhPerUnit * p.electricityCo2TPerMWh;
      s.cop = h.cop;
      s.electricityMWhPerUnit = h.electricityMWhPerUnit;
    }
  } else if (route.kind === 'gas') {
    const needs = gasNeeds(o.flow, d.flow, ctx.gas);
    if (needs < 0 || (needs > 0 && o.resource === 'compressed-air')) {
      if (s.explain) s.reason = gasReason(o, d, ctx);
      return PAIR_INCOMPATIBLE;
    }
    if (needs > 0) {
      const purification = (needs & GAS_NEEDS_PURIFICATION) !== 0;
      const compression = (needs & GAS_NEEDS_COMPRESSION) !== 0;
      conversion =
        purification && compression
          ? 'purification+compression'
          : purification
            ? 'purification'
            : 'compression';
      // The French reason is only built for arcs being materialised (s.explain), not in the search loop.
      if (s.explain) s.reason = gasReason(o, d, ctx);
      const h2 = o.resource === 'hydrogen';
      if (purification) {
        conversionCost += h2 ? 1000 * p.h2PurificationCostEurPerKg : p.gasPurificationCostEurPerT;
        if (h2) ratio *= p.h2PurificationRecoveryShare;
      }
      if (compression) {
        // kWh/kg equals MWh/t: the canonical unit of gases is the tonne.
        const electricity = h2 ? p.h2CompressionKWhPerKg : 0;
        conversionCost += h2
          ? 1000 * p.h2CompressionCostEurPerKg + electricity * p.electricityPriceEurPerMWh
          : p.gasCompressionCostEurPerT;
        conversionCo2 += electricity * p.electricityCo2TPerMWh;
        s.electricityMWhPerUnit = electricity;
      }
    }
  }
  const volume = Math.min(o.quantityPerYr, d.quantityPerYr / ratio);
  const t = transportCost(route.transport, km, volume, ctx.annuity, p, s.transportScratch);
  if (t.lossShare >= 1) {
    s.reason = 'pertes thermiques supérieures au flux sur cette distance';
    return PAIR_LOSSY;
  }
  ratio *= 1 - t.lossShare;
  const co2 = co2Of(d.key, ctx) * ratio - t.co2TPerUnit - conversionCo2;
  s.ratio = ratio;
  s.ruleId = ruleId;
  s.conversion = conversion;
  s.distanceKm = km;
  s.transport = t.mode;
  s.avoidedDisposal = o.priceEurPerUnit;
  s.avoidedPurchase = d.priceEurPerUnit * ratio;
  s.transportCost = t.costEurPerUnit;
  s.conversionCost = conversionCost;
  s.co2 = co2;
  s.carbon = p.carbonPriceEurPerT * co2;
  s.margin = s.avoidedDisposal + s.avoidedPurchase - s.transportCost - s.conversionCost + s.carbon;
  return PAIR_OK;
}
