// The candidate stage: every output × input pair (never one site with itself) made compatible by a same
// resource, a substitution rule, the heat or the gas rules, within its cut-off and worth it, as CandidateArcs.

import type { Dataset } from '@toile/flow-model';
import { buildGridIndex, forEachWithin, greatCircleKm, type GridIndex } from '../geo';
import { annuityFactor, DEFAULT_MATCH_PARAMETERS, type MatchParameters } from '../parameters';
import type { CandidateArc, CandidateSet } from '../types';
import { arcFromScratch } from './arc-from-scratch';
import {
  evaluatePair,
  newScratch,
  PAIR_HAZARD_REFUSED,
  PAIR_LOSSY,
  PAIR_OK,
  type PairContext,
} from './evaluate-pair';
import { pairKey, type CandidatePin } from './pins';
import { buildPooling } from './pooling';
import { prepareFlows, type PreparedFlow } from './prepared-flow';
import { findRejections, type FlowFlags } from './rejections';
import { routesOf, type Route } from './routes';
import { selectTopPairs } from './select-top';
import { cutoffKm } from './transport';

/** Margins at or below this (EUR per unit) are not worth proposing. */
const MIN_MARGIN_EUR_PER_UNIT = 1e-9;

export interface DemandBucket {
  readonly items: PreparedFlow[];
  readonly grids: Map<number, GridIndex>;
}

export function pairContext(params: MatchParameters): PairContext {
  return {
    params,
    annuity: annuityFactor(params),
    heat: params,
    gas: { minPurifiablePurityPct: params.minPurifiablePurityPct },
    avoidedCo2: new Map(),
  };
}

function gridOf(bucket: DemandBucket, radiusKm: number, maxAbsLat: number): GridIndex {
  let grid = bucket.grids.get(radiusKm);
  if (grid === undefined) {
    grid = buildGridIndex(
      bucket.items.map((d) => d.lat),
      bucket.items.map((d) => d.lon),
      radiusKm,
      [maxAbsLat],
    );
    bucket.grids.set(radiusKm, grid);
  }
  return grid;
}

/**
 * Builds the candidate set of a dataset: endpoints, arcs, rejections and pooling proposals (pure).
 * `pins`: `forbidden` pairs are dropped; `required` pairs are kept whatever their margin or distance.
 */
export function buildCandidates(
  dataset: Dataset,
  params: MatchParameters = DEFAULT_MATCH_PARAMETERS,
  pins: readonly CandidatePin[] = [],
): CandidateSet {
  const prepared = prepareFlows(dataset, params);
  const ctx = pairContext(params);
  const s = newScratch();
  const flags: FlowFlags = {
    compatibleWithin: new Uint8Array(prepared.flows.length),
    hazardRefused: new Uint8Array(prepared.flows.length),
  };
  const forbidden = new Set(
    pins.filter((p) => p.pin === 'forbidden').map((p) => pairKey(p.supplyFlowId, p.demandFlowId)),
  );
  const buckets = new Map<string, DemandBucket>();
  for (const d of prepared.inputs) {
    const bucket = buckets.get(d.key);
    if (bucket === undefined) buckets.set(d.key, { items: [d], grids: new Map() });
    else bucket.items.push(d);
  }
  const rawS: number[] = [];
  const rawD: number[] = [];
  const rawM: number[] = [];
  const rawKm: number[] = [];
  const rawRoute: Route[] = [];
  const routeCache = new Map<number, ReadonlyMap<string, readonly Route[]>>();
  const detour = params.roadDetourFactor;
  for (const o of prepared.outputs) {
    const routes = routesOf(o);
    routeCache.set(o.index, routes);
    for (const [target, group] of routes) {
      const bucket = buckets.get(target);
      if (bucket === undefined) continue;
      const radius = cutoffKm(group[0].transport, target, params) / detour;
      forEachWithin(gridOf(bucket, radius, prepared.maxAbsLat), o.lat, o.lon, radius, (j, gc) => {
        const d = bucket.items[j];
        if (d.siteId === o.siteId) return;
        if (forbidden.size > 0 && forbidden.has(pairKey(o.flow.id, d.flow.id))) return;
        const km = gc * detour;
        let best = -Infinity;
        let bestRoute: Route | undefined;
        for (const route of group) {
          const status = evaluatePair(o, d, route, km, ctx, s);
          if (status === PAIR_OK) {
            flags.compatibleWithin[o.index] = 1;
            flags.compatibleWithin[d.index] = 1;
            if (s.margin > best) {
              best = s.margin;
              bestRoute = route;
            }
          } else if (status === PAIR_LOSSY) {
            flags.compatibleWithin[o.index] = 1;
            flags.compatibleWithin[d.index] = 1;
          } else if (status === PAIR_HAZARD_REFUSED) {
            flags.hazardRefused[o.index] = 1;
            flags.hazardRefused[d.index] = 1;
          }
        }
        if (bestRoute !== undefined && best > MIN_MARGIN_EUR_PER_UNIT) {
          rawS.push(o.index);
          rawD.push(d.index);
          rawM.push(best);
          rawKm.push(km);
          rawRoute.push(bestRoute);
        }
      });
    }
  }
  const keep = selectTopPairs(rawS, rawD, rawM, prepared.flows.length, params.maxPartnersPerFlow);
  const required = new Map(
    pins
      .filter((p) => p.pin === 'required')
      .map((p) => [pairKey(p.supplyFlowId, p.demandFlowId), p] as const),
  );
  const arcs: CandidateArc[] = [];
  const made = new Set<string>();
  for (let i = 0; i < rawS.length; i++) {
    if (keep[i] === 0) continue;
    const o = prepared.flows[rawS[i]];
    const d = prepared.flows[rawD[i]];
    evaluatePair(o, d, rawRoute[i], rawKm[i], ctx, s);
    const key = pairKey(o.flow.id, d.flow.id);
    arcs.push(arcFromScratch(o, d, s, required.has(key) ? 'required' : undefined));
    if (required.size > 0) made.add(key);
  }
  arcs.push(...requiredArcs(prepared.flows, required, made, routeCache, ctx));
  return {
    endpoints: prepared.endpoints,
    arcs,
    rejections: findRejections(prepared, arcs, flags, buckets, routeCache, ctx),
    pooling: buildPooling(prepared, params),
  };
}

/** Arcs for required pins not already produced: judged at their real distance, kept at any margin. */
function requiredArcs(
  flows: readonly PreparedFlow[],
  required: ReadonlyMap<string, CandidatePin>,
  made: ReadonlySet<string>,
  routeCache: ReadonlyMap<number, ReadonlyMap<string, readonly Route[]>>,
  ctx: PairContext,
): CandidateArc[] {
  if (required.size === 0) return [];
  const byId = new Map(flows.map((f) => [f.flow.id, f]));
  const s = newScratch();
  const arcs: CandidateArc[] = [];
  for (const [key, pin] of required) {
    if (made.has(key)) continue;
    const o = byId.get(pin.supplyFlowId);
    const d = byId.get(pin.demandFlowId);
    if (o === undefined || d === undefined || o.flow.direction !== 'output' || d.flow.direction !== 'input')
      continue;
    if (o.siteId === d.siteId) continue;
    const group = (routeCache.get(o.index) ?? routesOf(o)).get(d.key) ?? [];
    const km = greatCircle(o, d) * ctx.params.roadDetourFactor;
    let best: Route | undefined;
    let bestMargin = -Infinity;
    for (const route of group) {
      if (evaluatePair(o, d, route, km, ctx, s) === PAIR_OK && s.margin > bestMargin) {
        bestMargin = s.margin;
        best = route;
      }
    }
    if (best === undefined) continue;
    evaluatePair(o, d, best, km, ctx, s);
    arcs.push(arcFromScratch(o, d, s, 'required'));
  }
  return arcs;
}

function greatCircle(o: PreparedFlow, d: PreparedFlow): number {
  return greatCircleKm(o.lat, o.lon, d.lat, d.lon);
}
