// Prices the pairs the partner cap pruned, exactly, with the duals of a solve: a pair comes back when its reduced
// cost margin − u_s,t − ratio·v_d,t is positive in some month; each output's search stops where a bound says none can.

import { cellKmOf, forEachInRing, ringCoversGrid, ringMinKm } from '../geo/grid-index';
import type { Dataset } from '@toile/flow-model';
import { avoidedCo2TPerUnit, type MatchParameters } from '../parameters';
import { TopPerGroup } from '../solver/top-per-group';
import type { CandidateArc } from '../types';
import { arcOfPair } from './evaluated-arc';
import { evaluatePair } from './evaluate-pair';
import {
  judgePair,
  MIN_MARGIN_EUR_PER_UNIT,
  PointSet,
  searchAll,
  splitIntoTiers,
  type SearchState,
} from './pair-search';
import type { CandidatePin } from './pins';
import type { PreparedFlow } from './prepared-flow';
import type { PassTops, PricingMemory } from './pricing-memory';
import type { Route } from './routes';
import { cutoffKm, RANKED_KINDS, transportCostLowerBound } from './transport';

/** Months of the dual array: 12 values per endpoint (a yearly component repeats its dual). */
export const DUAL_MONTHS = 12;
/** A pair comes back when its reduced cost exceeds this share of max(1, its margin). */
export const PRICING_TOLERANCE = 1e-9;
/** Least partners per tier of a bucket (tiered anew at each pass). */
const TIER_SIZE = 64;

/** What the pricer needs from the candidate stage: the prepared flows, their buckets and the search state. */
export interface PricerInput {
  readonly flows: readonly PreparedFlow[];
  readonly outputs: readonly PreparedFlow[];
  readonly buckets: ReadonlyMap<string, PointSet>;
  readonly routeCache: ReadonlyMap<number, ReadonlyMap<string, readonly Route[]>>;
  readonly st: SearchState;
  /** Per supply flow index, the demand flow indices of its pairs already in the candidate set (grows per pass). */
  readonly partnersOf: number[][];
  /** What the stage was built from: another thread builds the same stage from it (`buildCandidateStage`). */
  readonly source: StageSource;
}

export interface StageSource {
  readonly dataset: Dataset;
  readonly params: MatchParameters;
  readonly pins: readonly CandidatePin[];
}

export interface PricingPass {
  /** The arcs of the pairs with a positive reduced cost, now counted as existing. */
  readonly arcs: CandidateArc[];
  /** Pairs whose margin was evaluated. */
  readonly pairsEvaluated: number;
}

/**
 * One exact pricing pass. `monthDual[e·12 + t]` is endpoint e's dual in month t (0 outside every component).
 * Every compatible pair not yet in the set with a positive reduced cost in some month is returned (with a finite
 * `perFlow`, the best perFlow per supply and per demand): the ring search of an output stops before a ring whose
 * bound of (margin − ratio·min_t v_d,t) − min_t u_s,t is ≤ 0.
 * With `memory` (the same one pass after pass), an output none of whose duals fell and that had no profitable pair
 * left out is priced only against the partners one of whose duals fell: every other pair of it has at most the
 * reduced cost it had, which was not profitable.
 * With `helper` (and a finite `perFlow`), another thread searches the outputs it owns meanwhile; the pairs are the
 * same as on one thread (see `mergeFound`).
 */
export function pricePrunedPairs(
  input: PricerInput,
  monthDual: Float64Array,
  perFlow: number = Number.POSITIVE_INFINITY,
  memory?: PricingMemory,
  helper?: PricingHelper | null,
): PricingPass {
  memory?.begin(monthDual);
  const limited = Number.isFinite(perFlow);
  const split = limited && helper ? helper : null;
  split?.start({ monthDual, perFlow, lowered: memory?.lowered, leftover: memory?.leftoverFlags });
  const own: PreparedFlow[] = [];
  const helpers: PreparedFlow[] = [];
  input.outputs.forEach((o, position) => (split?.owns(position) ? helpers : own).push(o));
  const tops = limited ? passTops(memory, input.flows.length, perFlow) : undefined;
  let found = searchOutputs(input, monthDual, perFlow, own, memory, tops);
  if (split) {
    const theirs = split.collect() ?? searchOutputs(input, monthDual, perFlow, helpers, memory, tops);
    found = mergeFound(input, found, theirs);
  }
  return finishPass(input, found, monthDual, memory, split, tops);
}

/** What another thread needs to search its outputs in a pass. */
export interface PricingRequest {
  readonly monthDual: Float64Array;
  readonly perFlow: number;
  /** The memory's state at the start of the pass (see PricingMemory), when there is one. */
  readonly lowered?: Uint8Array;
  readonly leftover?: Uint8Array;
}

/** Another thread searching some outputs of each pass (see solve/solve-thread.ts). */
export interface PricingHelper {
  /** Whether the output at `position` in `PricerInput.outputs` is the helper's to search. */
  owns(position: number): boolean;
  /** Starts the helper's search of its outputs. */
  start(request: PricingRequest): void;
  /** Its pairs, waiting for them; null when it failed (its outputs are then searched here, as at every later pass). */
  collect(): FoundPairs | null;
  /** The pairs that joined the set (flow indices, supply then demand, pair by pair), for its partner lists. */
  joined(pairs: Int32Array): void;
}

/**
 * The pairs a search found with a positive reduced cost (each among the best perFlow of its supply or of its demand
 * when it was found), in search order: outputs in `PricerInput.outputs` order, each output's partners in visit
 * order. `route` is the index of the pair's route in its output's route group for the demand's key.
 */
export interface FoundPairs {
  readonly supply: Int32Array;
  readonly demand: Int32Array;
  readonly route: Int32Array;
  readonly km: Float64Array;
  readonly reduced: Float64Array;
  /** Per flow: 1 for an output with a profitable pair beaten by the best perFlow of its supply and its demand. */
  readonly leftover: Uint8Array;
  readonly evaluated: number;
}

/** The best pairs per supply and per demand of a pass (a memory's, reused from pass to pass), emptied. */
export function passTops(memory: PricingMemory | undefined, groups: number, k: number): PassTops {
  return memory
    ? memory.tops(groups, k)
    : { bySupply: new TopPerGroup(groups, k), byDemand: new TopPerGroup(groups, k) };
}

/** The route `index` of output `o`'s group towards demand `d` (its key is the group's target). */
function routeOf(input: PricerInput, o: number, d: number, index: number): Route {
  return input.routeCache.get(o)!.get(input.flows[d].key)![index];
}

/**
 * Searches `outputs` (in `input.outputs` order) for pairs with a positive reduced cost. Without a finite
 * `perFlow`, every such pair joins `partnersOf` at once.
 */
export function searchOutputs(
  input: PricerInput,
  monthDual: Float64Array,
  perFlow: number,
  outputs: readonly PreparedFlow[],
  memory?: { readonly lowered: Uint8Array; searchAll(o: number): boolean },
  tops?: PassTops,
): FoundPairs {
  const { flows, st } = input;
  const p = st.ctx.params;
  const n = flows.length;
  const detour = p.roadDetourFactor;
  const minDual = new Float64Array(n);
  // 1 for an endpoint whose duals differ from month to month (a monthly component's).
  const varies = new Uint8Array(n);
  for (let e = 0; e < n; e++) {
    let m = Infinity;
    let max = -Infinity;
    for (let t = 0; t < DUAL_MONTHS; t++) {
      m = Math.min(m, monthDual[e * DUAL_MONTHS + t]);
      max = Math.max(max, monthDual[e * DUAL_MONTHS + t]);
    }
    minDual[e] = m;
    varies[e] = max > m ? 1 : 0;
  }
  // A partner's price less its lowest dual bounds what it adds to a reduced cost: each bucket is split, for this
  // pass, into tiers by that value, highest first, so that the search of a tier of well-served partners (high
  // duals) stops within its first rings.
  // By flow index, that value and the price itself: the bounds below read typed arrays only (a flow object per
  // visited partner was a cache miss each, for ≈ 20 million partners visited on the bench's 10,000-site case).
  const adjustedOf = new Float64Array(n);
  const priceOf = new Float64Array(n);
  for (const f of flows) {
    adjustedOf[f.index] = f.priceEurPerUnit - minDual[f.index];
    priceOf[f.index] = f.priceEurPerUnit;
  }
  const adjusted = (d: PreparedFlow): number => adjustedOf[d.index];
  const tiersOf = new Map<PointSet, { set: PointSet; max: number }[]>();
  const adjustedTiers = (bucket: PointSet): { set: PointSet; max: number }[] => {
    let tiers = tiersOf.get(bucket);
    if (tiers === undefined) {
      const split = splitIntoTiers(bucket.items, TIER_SIZE, adjusted);
      tiers = split
        ? split.map((items) => ({ set: new PointSet(items), max: adjusted(items[0]) }))
        : [{ set: bucket, max: bucket.items.reduce((max, d) => Math.max(max, adjusted(d)), -Infinity) }];
      tiersOf.set(bucket, tiers);
    }
    return tiers;
  };
  // The pairs of the output being searched, marked by a stamp: an O(1) test without hashing pair keys.
  const inSet = new Int32Array(n);
  // Pairs found, in parallel arrays (millions in a first pass at 10,000 sites: no object per pair).
  const foundO: number[] = [];
  const foundD: number[] = [];
  const foundRoute: number[] = [];
  const foundKm: number[] = [];
  const foundReduced: number[] = [];
  const limited = Number.isFinite(perFlow);
  // Per output: 1 when a pair of it with a positive reduced cost is not returned (beaten by its k best).
  const leftover = new Uint8Array(n);
  const loweredOnly = new Map<PointSet, PointSet | null>();
  const loweredPart = (bucket: PointSet): PointSet | null => {
    let part = loweredOnly.get(bucket);
    if (part === undefined) {
      const items = bucket.items.filter((d) => memory!.lowered[d.index] === 1);
      part = items.length === 0 ? null : items.length === bucket.items.length ? bucket : new PointSet(items);
      loweredOnly.set(bucket, part);
    }
    return part;
  };
  if (limited && !tops) tops = passTops(undefined, n, perFlow);
  const bySupply = limited ? tops!.bySupply : undefined;
  const byDemand = limited ? tops!.byDemand : undefined;
  let evaluated = 0;
  st.scratch.explain = false;
  for (const o of outputs) {
    const routes = input.routeCache.get(o.index);
    if (routes === undefined) continue;
    const uMin = minDual[o.index];
    const stamp = o.index + 1;
    for (const d of input.partnersOf[o.index]) inSet[d] = stamp;
    const everyPartner = memory === undefined || memory.searchAll(o.index);
    for (const [target, group] of routes) {
      const whole = input.buckets.get(target);
      const bucket = whole === undefined || everyPartner ? whole : loweredPart(whole);
      if (bucket === undefined || bucket === null) continue;
      const kind = group[0].transport;
      const radius = cutoffKm(kind, target, p) / detour;
      const visit = (d: PreparedFlow, gc: number): void => {
        if (inSet[d.index] === stamp) return;
        const km = gc * detour;
        evaluated++;
        const margin = judgePair(o, d, group, km, st);
        if (!(margin > MIN_MARGIN_EUR_PER_UNIT) || margin - uMin <= 0) return;
        const route = st.bestRoute!;
        // With one route, judgePair left its evaluation in the scratch record.
        if (group.length > 1) evaluatePair(o, d, route, km, st.ctx, st.scratch);
        const rc = reducedCost(margin, st.scratch.ratio, o.index, d.index, monthDual);
        if (rc > PRICING_TOLERANCE * Math.max(1, margin)) {
          inSet[d.index] = stamp;
          if (bySupply && byDemand) {
            if (!bySupply.accepts(o.index, rc) && !byDemand.accepts(d.index, rc)) {
              leftover[o.index] = 1;
              return;
            }
            bySupply.offer(o.index, foundO.length, rc);
            byDemand.offer(d.index, foundO.length, rc);
          } else input.partnersOf[o.index].push(d.index);
          foundO.push(o.index);
          foundD.push(d.index);
          foundRoute.push(group.indexOf(route));
          foundKm.push(km);
          foundReduced.push(rc);
        }
      };
      if (!RANKED_KINDS.has(kind)) {
        searchAll(bucket, o, radius, st, visit);
        continue;
      }
      const co2 = Math.max(0, avoidedCo2TPerUnit(target, p)) * p.carbonPriceEurPerT;
      // Every bound below rests on margin ≤ o's price + d's price·ratio − treatment + co2·ratio − a lower bound of
      // the transport cost at that distance.
      const lowerTransport = (gc: number): number =>
        transportCostLowerBound(kind, gc * detour, o.quantityPerYr, st.ctx.annuity, p);
      // That bound along route r, for a partner whose price (less a dual) is at most `price`, before o's dual.
      const routeBound = (r: Route, price: number, transport: number): number =>
        o.priceEurPerUnit + price * r.ratio - r.treatmentCostEurPerUnit + co2 * r.ratio - transport;
      // Bound on the reduced cost of a pair whose partner's price less its lowest dual is at most `price`.
      const ceiling = (price: number, transport: number): number => {
        let best = -Infinity;
        for (const r of group) best = Math.max(best, routeBound(r, price, transport));
        return best - uMin;
      };
      // Whether the bound with the duals of each month, not their minima (which may come from different months),
      // is positive: the pair may be profitable.
      const monthlyBoundPositive = (d: number, transport: number): boolean => {
        const price = Math.max(0, priceOf[d]);
        for (const r of group) {
          const base = routeBound(r, price, transport);
          for (let t = 0; t < DUAL_MONTHS; t++)
            if (
              !(base - monthDual[o.index * DUAL_MONTHS + t] - r.ratio * monthDual[d * DUAL_MONTHS + t] <= 0)
            )
              return true;
        }
        return false;
      };
      // Per partner (point i of `set`), before its margin is evaluated: most pairs stop at the first bound, most of
      // the others (late passes, monthly components) at the second.
      const visitBounded = (set: PointSet, i: number, gc: number): void => {
        const d = set.indices[i];
        const transport = lowerTransport(gc);
        if (ceiling(Math.max(0, adjustedOf[d]), transport) <= 0) return;
        if ((varies[o.index] === 1 || varies[d] === 1) && !monthlyBoundPositive(d, transport)) return;
        visit(set.items[i], gc);
      };
      for (const tier of adjustedTiers(bucket)) {
        const price = Math.max(0, tier.max);
        searchRingsWhile(tier.set, o, radius, st, (gc) => ceiling(price, lowerTransport(gc)), visitBounded);
      }
    }
  }
  return {
    supply: Int32Array.from(foundO),
    demand: Int32Array.from(foundD),
    route: Int32Array.from(foundRoute),
    km: Float64Array.from(foundKm),
    reduced: Float64Array.from(foundReduced),
    leftover,
    evaluated,
  };
}

/**
 * The pairs of two searches of disjoint outputs as one search of all of them would list them (outputs in
 * `input.outputs` order). Each search kept a pair when it was among the best perFlow of its supply or of its demand
 * among the pairs that search had found so far; a pair one search kept that a single search would have dropped is
 * dropped again by `finishPass` (its supply's best are the same, and its demand's best at that point at least as
 * good), so the chosen pairs and their order are those of one search.
 */
function mergeFound(input: PricerInput, a: FoundPairs, b: FoundPairs): FoundPairs {
  const position = new Int32Array(input.flows.length);
  input.outputs.forEach((o, k) => (position[o.index] = k));
  const total = a.supply.length + b.supply.length;
  const merged = {
    supply: new Int32Array(total),
    demand: new Int32Array(total),
    route: new Int32Array(total),
    km: new Float64Array(total),
    reduced: new Float64Array(total),
  };
  let i = 0;
  let j = 0;
  for (let k = 0; k < total; k++) {
    const fromA =
      j >= b.supply.length || (i < a.supply.length && position[a.supply[i]] < position[b.supply[j]]);
    const from = fromA ? a : b;
    const at = fromA ? i++ : j++;
    merged.supply[k] = from.supply[at];
    merged.demand[k] = from.demand[at];
    merged.route[k] = from.route[at];
    merged.km[k] = from.km[at];
    merged.reduced[k] = from.reduced[at];
  }
  const leftover = Uint8Array.from(a.leftover, (flag, f) => flag | b.leftover[f]);
  return { ...merged, leftover, evaluated: a.evaluated + b.evaluated };
}

/**
 * Chooses the best perFlow pairs per supply and per demand among those found (all of them without `tops`, the
 * search's), ends the memory's pass, and returns their arcs, now counted as existing. With `helper`, the pairs of
 * two searches are offered again, in order; else `tops` already holds the search's choice.
 */
function finishPass(
  input: PricerInput,
  found: FoundPairs,
  monthDual: Float64Array,
  memory: PricingMemory | undefined,
  helper: PricingHelper | null,
  tops: PassTops | undefined,
): PricingPass {
  const { flows, st } = input;
  const count = found.supply.length;
  let chosen: number[];
  if (tops) {
    const { bySupply, byDemand } = tops;
    if (helper) {
      bySupply.reset();
      byDemand.reset();
      for (let i = 0; i < count; i++) {
        bySupply.offer(found.supply[i], i, found.reduced[i]);
        byDemand.offer(found.demand[i], i, found.reduced[i]);
      }
    }
    chosen = [...new Set(byDemand.collect(bySupply.collect([])))];
  } else chosen = Array.from(found.supply, (_, i) => i);
  if (memory) {
    const leftover = Uint8Array.from(found.leftover);
    const taken = new Uint8Array(count);
    for (const i of chosen) taken[i] = 1;
    for (let i = 0; i < count; i++) if (taken[i] === 0) leftover[found.supply[i]] = 1;
    memory.end(monthDual, leftover);
  }
  const arcs: CandidateArc[] = [];
  const joined: number[] = [];
  st.scratch.explain = true;
  for (const i of chosen) {
    const o = found.supply[i];
    const d = found.demand[i];
    if (tops) input.partnersOf[o].push(d);
    if (helper) joined.push(o, d);
    const route = routeOf(input, o, d, found.route[i]);
    arcs.push(arcOfPair(flows[o], flows[d], route, found.km[i], st.ctx, st.scratch));
  }
  helper?.joined(Int32Array.from(joined));
  return { arcs, pairsEvaluated: found.evaluated };
}

/** max over months of margin − u_s,t − ratio·v_d,t. */
function reducedCost(margin: number, ratio: number, s: number, d: number, monthDual: Float64Array): number {
  let best = -Infinity;
  for (let t = 0; t < DUAL_MONTHS; t++) {
    const rc = margin - monthDual[s * DUAL_MONTHS + t] - ratio * monthDual[d * DUAL_MONTHS + t];
    if (rc > best) best = rc;
  }
  return best;
}

/** Visits points ring by ring within `radiusKm` while `bound(nearest km of the ring)` is positive. */
function searchRingsWhile(
  set: PointSet,
  from: PreparedFlow,
  radiusKm: number,
  st: SearchState,
  bound: (gcKm: number) => number,
  visit: (set: PointSet, index: number, gcKm: number) => void,
): void {
  const grid = set.grid(radiusKm, true, st.maxAbsLat);
  const cellKm = cellKmOf(grid);
  const last = Math.ceil(radiusKm / cellKm) + 2;
  for (let ring = 0; ring <= last; ring++) {
    const nearest = ringMinKm(ring, cellKm);
    if (nearest > radiusKm || bound(nearest) <= 0) break;
    if (ring > 0 && ringCoversGrid(grid, from.lat, from.lon, ring - 1)) break;
    forEachInRing(grid, from.lat, from.lon, ring, radiusKm, (i, gc) => visit(set, i, gc));
  }
}
