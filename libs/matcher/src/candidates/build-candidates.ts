// The candidate stage: every output × input pair (never one site with itself) made compatible by a same
// resource, a substitution rule, the heat or the gas rules, within its cut-off and worth it, as CandidateArcs.

import type { Dataset } from '@toile/flow-model';
import { greatCircleKm } from '../geo';
import { annuityFactor, DEFAULT_MATCH_PARAMETERS, type MatchParameters } from '../parameters';
import type { CandidateArc, CandidateSet } from '../types';
import { ArcNumbers } from './arc-numbers';
import { arcOfPair } from './evaluated-arc';
import { evaluatePair, newScratch, PAIR_OK, type PairContext } from './evaluate-pair';
import { judgePair, MIN_MARGIN_EUR_PER_UNIT, PointSet, searchAll, type SearchState } from './pair-search';
import { pairKey, type CandidatePin } from './pins';
import type { PricerInput } from './price-pruned';
import { buildPooling } from './pooling';
import { prepareFlows, type PreparedFlow } from './prepared-flow';
import { newRawPairs, pushPair, type RawPairs } from './raw-pairs';
import { findRejections } from './rejections';
import { rankedDemandSide, rankedSupplySide, type ReverseTarget } from './ranked-search';
import { routesOf, type Route } from './routes';
import { selectTopPairs } from './select-top';
import { newMarginHeap } from './top-k-heap';
import { cutoffKm, RANKED_KINDS, type TransportKind } from './transport';

export type RouteCache = Map<number, ReadonlyMap<string, readonly Route[]>>;

export function pairContext(params: MatchParameters): PairContext {
  return {
    params,
    annuity: annuityFactor(params),
    heat: params,
    gas: { minPurifiablePurityPct: params.minPurifiablePurityPct },
    avoidedCo2: new Map(),
    arcNumbers: new ArcNumbers(),
  };
}

/** Partners kept per flow and target: maxPartnersPerFlow, lowered so that about maxCandidateArcs arcs remain. */
export function effectivePartnerCap(params: MatchParameters, flowCount: number): number {
  const share = Math.floor(params.maxCandidateArcs / Math.max(1, flowCount));
  return Math.max(1, Math.min(params.maxPartnersPerFlow, Math.max(5, share)));
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
  return buildCandidateStage(dataset, params, pins).set;
}

/** The candidate set and what pricing the pruned pairs needs (see price-pruned.ts). */
export interface CandidateStage {
  readonly set: CandidateSet;
  readonly pricer: PricerInput;
  /** Partners kept per flow and target. */
  readonly partnerCap: number;
}

export function buildCandidateStage(
  dataset: Dataset,
  params: MatchParameters = DEFAULT_MATCH_PARAMETERS,
  pins: readonly CandidatePin[] = [],
): CandidateStage {
  const prepared = prepareFlows(dataset, params);
  const n = prepared.flows.length;
  const k = effectivePartnerCap(params, n);
  const scratch = newScratch();
  scratch.explain = false;
  const st: SearchState = {
    ctx: pairContext(params),
    scratch,
    compatibleWithin: new Uint8Array(n),
    hazardRefused: new Uint8Array(n),
    forbidden: new Set(
      pins.filter((p) => p.pin === 'forbidden').map((p) => pairKey(p.supplyFlowId, p.demandFlowId)),
    ),
    maxAbsLat: prepared.maxAbsLat,
    bestRoute: undefined,
    bestMargin: -Infinity,
    heap: newMarginHeap(k),
  };
  const byKey = new Map<string, PreparedFlow[]>();
  for (const d of prepared.inputs) {
    const list = byKey.get(d.key);
    if (list === undefined) byKey.set(d.key, [d]);
    else list.push(d);
  }
  const buckets = new Map([...byKey].map(([key, items]) => [key, new PointSet(items)]));
  const full = newRawPairs();
  const ranked = newRawPairs();
  const seen = new Set<number>();
  const reverse = new Map<string, ReverseTarget>();
  const routeCache: RouteCache = new Map();
  const detour = params.roadDetourFactor;
  let group = 0;
  for (const o of prepared.outputs) {
    const routes = routesOf(o);
    routeCache.set(o.index, routes);
    for (const [target, routeGroup] of routes) {
      const bucket = buckets.get(target);
      if (bucket === undefined) continue;
      const kind = routeGroup[0].transport;
      const radius = cutoffKm(kind, target, params) / detour;
      group++;
      if (RANKED_KINDS.has(kind) && bucket.items.length > k) {
        // More inputs than the partner cap: rank them (margin bounded by distance), then each input ranks its outputs.
        rankedSupplySide(o, target, routeGroup, bucket, radius, k, st, ranked, seen, group);
        addReverse(reverse, target, o, routeGroup, kind);
        continue;
      }
      searchAll(bucket, o, radius, st, (d, gc) => {
        const km = gc * detour;
        if (judgePair(o, d, routeGroup, km, st) > MIN_MARGIN_EUR_PER_UNIT) {
          pushPair(full, o.index, d.index, st.bestMargin, km, st.bestRoute!, group);
        }
      });
    }
  }
  for (const [target, rev] of reverse) {
    const radius = cutoffKm(rev.kind, target, params) / detour;
    rankedDemandSide(buckets.get(target)!.items, target, rev, radius, k, st, ranked, seen);
  }
  const required = new Map(
    pins
      .filter((p) => p.pin === 'required')
      .map((p) => [pairKey(p.supplyFlowId, p.demandFlowId), p] as const),
  );
  const made = new Set<string>();
  const arcs: CandidateArc[] = [];
  const keep = selectTopPairs(full.group, full.demand, full.margin, n, k);
  scratch.explain = true;
  materialise(full, keep, prepared.flows, st, required, made, arcs);
  materialise(ranked, undefined, prepared.flows, st, required, made, arcs);
  arcs.push(...requiredArcs(prepared.flows, required, made, routeCache, st.ctx));
  const set: CandidateSet = {
    endpoints: prepared.endpoints,
    arcs,
    rejections: findRejections(prepared, arcs, st, buckets, routeCache, st.ctx),
    pooling: buildPooling(prepared, params),
  };
  const indexById = new Map(prepared.flows.map((f) => [f.flow.id, f.index] as const));
  const partnersOf: number[][] = Array.from({ length: n }, () => []);
  for (const arc of arcs) partnersOf[indexById.get(arc.supplyFlowId)!].push(indexById.get(arc.demandFlowId)!);
  return {
    set,
    partnerCap: k,
    pricer: {
      flows: prepared.flows,
      outputs: prepared.outputs,
      buckets,
      routeCache,
      st,
      partnersOf,
      source: { dataset, params, pins },
    },
  };
}

function addReverse(
  reverse: Map<string, ReverseTarget>,
  target: string,
  o: PreparedFlow,
  routes: readonly Route[],
  kind: TransportKind,
): void {
  let rev = reverse.get(target);
  if (rev === undefined) {
    rev = { kind, outputs: [], routes: new Map(), maxRatio: 0, minRatio: Infinity, minTreatment: Infinity };
    reverse.set(target, rev);
  }
  rev.outputs.push(o);
  rev.routes.set(o.index, routes);
  for (const route of routes) {
    rev.maxRatio = Math.max(rev.maxRatio, route.ratio);
    rev.minRatio = Math.min(rev.minRatio, route.ratio);
    rev.minTreatment = Math.min(rev.minTreatment, route.treatmentCostEurPerUnit);
  }
}

/** Re-evaluates kept raw pairs and turns them into arcs (pinned `required` when a pin names them). */
function materialise(
  raw: RawPairs,
  keep: Uint8Array | undefined,
  flows: readonly PreparedFlow[],
  st: SearchState,
  required: ReadonlyMap<string, CandidatePin>,
  made: Set<string>,
  arcs: CandidateArc[],
): void {
  for (let i = 0; i < raw.supply.length; i++) {
    if (keep !== undefined && keep[i] === 0) continue;
    const o = flows[raw.supply[i]];
    const d = flows[raw.demand[i]];
    if (required.size === 0) {
      arcs.push(arcOfPair(o, d, raw.route[i], raw.km[i], st.ctx, st.scratch));
      continue;
    }
    const key = pairKey(o.flow.id, d.flow.id);
    const pin = required.has(key) ? 'required' : undefined;
    arcs.push(arcOfPair(o, d, raw.route[i], raw.km[i], st.ctx, st.scratch, pin));
    made.add(key);
  }
}

/** Arcs for required pins not already produced: judged at their real distance, kept at any margin. */
function requiredArcs(
  flows: readonly PreparedFlow[],
  required: ReadonlyMap<string, CandidatePin>,
  made: ReadonlySet<string>,
  routeCache: RouteCache,
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
    const km = greatCircleKm(o.lat, o.lon, d.lat, d.lon) * ctx.params.roadDetourFactor;
    let best: Route | undefined;
    let bestMargin = -Infinity;
    for (const route of group) {
      if (evaluatePair(o, d, route, km, ctx, s) === PAIR_OK && s.margin > bestMargin) {
        bestMargin = s.margin;
        best = route;
      }
    }
    if (best === undefined) continue;
    arcs.push(arcOfPair(o, d, best, km, ctx, s, 'required'));
  }
  return arcs;
}
