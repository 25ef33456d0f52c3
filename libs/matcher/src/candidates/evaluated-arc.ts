// A candidate arc made from an evaluated pair: its LP numbers, and the breakdown and facts the interpretation stage
// needs to explain it in French (COP, electricity, gas conversion, default prices), computed again when read.

import type { CandidateArc } from '../types';
import { CO2, DISTANCE, MARGIN, RATIO } from './arc-numbers';
import { evaluatePair, newScratch, type PairContext, type PairScratch } from './evaluate-pair';
import type { PreparedFlow } from './prepared-flow';
import { pairKey } from './pins';
import type { Route } from './routes';

/** The scratch record the arcs evaluate their pair into when their breakdown or details are read. */
const READ_SCRATCH = newScratch();

/**
 * A candidate arc that keeps its pair, route and context rather than its breakdown and details: those (and its id)
 * are computed again, identically, when read — only the few arcs a result explains are read. A territory of 10,000
 * sites holds ≈ 1.35 million arcs; stored in full, each took ≈ 500 bytes in 14 heap objects (the breakdown alone 6),
 * and every full garbage collection of the solve marked them all. Its ratio, margin, tCO2e and distance sit in the
 * stage's `ArcNumbers` (no boxed number per field). `ratio`, `marginEurPerUnit`, `co2TPerUnit`, `distanceKm`,
 * `breakdown`, `details` and `id` are getters, not own properties: read them by name (`toJSON` gives every field,
 * for JSON.stringify).
 */
class EvaluatedArc implements CandidateArc {
  readonly supplyFlowId: string;
  readonly demandFlowId: string;
  readonly ruleId: string;
  readonly transport: string;
  declare readonly conversion?: string;
  declare readonly pin?: 'required' | 'forbidden';
  readonly #o: PreparedFlow;
  readonly #d: PreparedFlow;
  readonly #route: Route;
  readonly #ctx: PairContext;
  /** The chunk holding its ratio, margin, tCO2e and distance, and their offset there. */
  readonly #numbers: Float64Array;
  readonly #at: number;

  constructor(
    o: PreparedFlow,
    d: PreparedFlow,
    route: Route,
    ctx: PairContext,
    s: PairScratch,
    pin?: 'required',
  ) {
    this.supplyFlowId = o.flow.id;
    this.demandFlowId = d.flow.id;
    this.#numbers = ctx.arcNumbers.chunkWithRoom();
    this.#at = ctx.arcNumbers.add(s.ratio, s.margin, s.co2, s.distanceKm);
    this.ruleId = s.ruleId;
    this.transport = s.transport;
    const self = this as { conversion?: string; pin?: 'required' };
    if (s.conversion !== undefined) self.conversion = s.conversion;
    if (pin !== undefined) self.pin = pin;
    this.#o = o;
    this.#d = d;
    this.#route = route;
    this.#ctx = ctx;
  }

  get ratio(): number {
    return this.#numbers[this.#at + RATIO];
  }

  get marginEurPerUnit(): number {
    return this.#numbers[this.#at + MARGIN];
  }

  get co2TPerUnit(): number {
    return this.#numbers[this.#at + CO2];
  }

  get distanceKm(): number {
    return this.#numbers[this.#at + DISTANCE];
  }

  get id(): string {
    return pairKey(this.supplyFlowId, this.demandFlowId);
  }

  get breakdown(): Readonly<Record<string, number>> {
    return breakdownOf(this.#evaluate());
  }

  get details(): Readonly<Record<string, string | number | boolean>> | undefined {
    return detailsOf(this.#o, this.#d, this.#evaluate());
  }

  toJSON(): CandidateArc {
    const s = this.#evaluate();
    const details = detailsOf(this.#o, this.#d, s);
    return {
      ...this,
      id: this.id,
      ratio: this.ratio,
      marginEurPerUnit: this.marginEurPerUnit,
      co2TPerUnit: this.co2TPerUnit,
      distanceKm: this.distanceKm,
      breakdown: breakdownOf(s),
      ...(details !== undefined ? { details } : {}),
    };
  }

  #evaluate(): PairScratch {
    READ_SCRATCH.explain = true;
    evaluatePair(this.#o, this.#d, this.#route, this.distanceKm, this.#ctx, READ_SCRATCH);
    return READ_SCRATCH;
  }
}

function breakdownOf(s: PairScratch): Readonly<Record<string, number>> {
  return {
    avoidedDisposal: s.avoidedDisposal,
    avoidedPurchase: s.avoidedPurchase,
    transport: 0 - s.transportCost,
    conversion: 0 - s.conversionCost,
    carbon: s.carbon,
  };
}

function detailsOf(
  o: PreparedFlow,
  d: PreparedFlow,
  s: PairScratch,
): Readonly<Record<string, string | number | boolean>> | undefined {
  const details: Record<string, string | number | boolean> = {};
  if (!Number.isNaN(s.cop)) details.heatPumpCop = s.cop;
  if (s.electricityMWhPerUnit > 0) details.electricityMWhPerUnit = s.electricityMWhPerUnit;
  if (s.reason !== '') details.conversionReason = s.reason;
  if (o.priceIsDefault) details.disposalPriceIsDefault = true;
  if (d.priceIsDefault) details.purchasePriceIsDefault = true;
  return Object.keys(details).length > 0 ? details : undefined;
}

/** The arc of pair (o, d) along `route` at `km`, evaluated into `s` (which is left holding that evaluation). */
export function arcOfPair(
  o: PreparedFlow,
  d: PreparedFlow,
  route: Route,
  km: number,
  ctx: PairContext,
  s: PairScratch,
  pin?: 'required',
): CandidateArc {
  evaluatePair(o, d, route, km, ctx, s);
  return new EvaluatedArc(o, d, route, ctx, s, pin);
}
