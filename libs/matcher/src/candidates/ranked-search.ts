// Road pairs by ranked search: each output keeps its k best inputs of a target, found ring by ring with an upper
// bound on the margin; when a target has more than k inputs, each input then looks for its own k best outputs.

import { avoidedCo2TPerUnit } from '../parameters';
import { judgePair, MIN_MARGIN_EUR_PER_UNIT, PointSet, searchRings, type SearchState } from './pair-search';
import type { PreparedFlow } from './prepared-flow';
import { pushPair, type RawPairs } from './raw-pairs';
import type { Route } from './routes';
import { transportCostLowerBound, type TransportKind } from './transport';
import { heapThreshold, resetHeap } from './top-k-heap';

/** Outputs reaching one target by road, with the bounds the demand-side search needs. */
export interface ReverseTarget {
  readonly kind: TransportKind;
  readonly outputs: PreparedFlow[];
  /** Each output's routes to the target, by output index. */
  readonly routes: Map<number, readonly Route[]>;
  maxRatio: number;
  minRatio: number;
  minTreatment: number;
  set?: PointSet;
}

interface Found {
  readonly other: PreparedFlow[];
  readonly margin: number[];
  readonly km: number[];
  readonly route: Route[];
}

/** Pushes the k best found pairs; only those at or above the heap's k-th best margin can be among them. */
function keepBest(found: Found, k: number, threshold: number, push: (i: number) => void): void {
  const order: number[] = [];
  for (let i = 0; i < found.margin.length; i++) if (found.margin[i] >= threshold) order.push(i);
  if (order.length > k) order.sort((a, b) => found.margin[b] - found.margin[a]).length = k;
  for (const i of order) push(i);
}

export function rankedSupplySide(
  o: PreparedFlow,
  target: string,
  routes: readonly Route[],
  bucket: PointSet,
  radiusKm: number,
  k: number,
  st: SearchState,
  ranked: RawPairs,
  seen: Set<number>,
  group: number,
): void {
  const p = st.ctx.params;
  const kind = routes[0].transport;
  const co2 = Math.max(0, avoidedCo2TPerUnit(target, p)) * p.carbonPriceEurPerT;
  const detour = p.roadDetourFactor;
  const annuity = st.ctx.annuity;
  const found: Found = { other: [], margin: [], km: [], route: [] };
  const visit = (d: PreparedFlow, gc: number): number => {
    const km = gc * detour;
    const margin = judgePair(o, d, routes, km, st);
    if (margin > MIN_MARGIN_EUR_PER_UNIT) {
      found.other.push(d);
      found.margin.push(margin);
      found.km.push(km);
      found.route.push(st.bestRoute!);
    }
    return margin;
  };
  resetHeap(st.heap);
  for (const tier of bucket.tiers(4 * k)) {
    const maxPrice = tier.maxPrice();
    let best = -Infinity;
    for (const r of routes) {
      best = Math.max(
        best,
        o.priceEurPerUnit + maxPrice * r.ratio - r.treatmentCostEurPerUnit + co2 * r.ratio,
      );
    }
    searchRings(
      tier,
      o,
      radiusKm,
      st,
      (gc) => best - transportCostLowerBound(kind, gc * detour, o.quantityPerYr, annuity, p),
      visit,
    );
  }
  const n = st.compatibleWithin.length;
  keepBest(found, k, heapThreshold(st.heap), (i) => {
    const d = found.other[i];
    seen.add(o.index * n + d.index);
    pushPair(ranked, o.index, d.index, found.margin[i], found.km[i], found.route[i], group);
  });
}

export function rankedDemandSide(
  inputs: readonly PreparedFlow[],
  target: string,
  rev: ReverseTarget,
  radiusKm: number,
  k: number,
  st: SearchState,
  ranked: RawPairs,
  seen: Set<number>,
): void {
  const p = st.ctx.params;
  const set = (rev.set ??= new PointSet(rev.outputs));
  const co2 = Math.max(0, avoidedCo2TPerUnit(target, p)) * p.carbonPriceEurPerT;
  const detour = p.roadDetourFactor;
  const annuity = st.ctx.annuity;
  const n = st.compatibleWithin.length;
  for (const d of inputs) {
    const purchase = Math.max(d.priceEurPerUnit * rev.maxRatio, d.priceEurPerUnit * rev.minRatio);
    const volume = d.quantityPerYr / rev.minRatio;
    const found: Found = { other: [], margin: [], km: [], route: [] };
    const visit = (o: PreparedFlow, gc: number): number => {
      const km = gc * detour;
      const margin = judgePair(o, d, rev.routes.get(o.index)!, km, st);
      if (margin > MIN_MARGIN_EUR_PER_UNIT) {
        found.other.push(o);
        found.margin.push(margin);
        found.km.push(km);
        found.route.push(st.bestRoute!);
      }
      return margin;
    };
    resetHeap(st.heap);
    for (const tier of set.tiers(4 * k)) {
      const best = tier.maxPrice() + purchase - rev.minTreatment + co2 * rev.maxRatio;
      searchRings(
        tier,
        d,
        radiusKm,
        st,
        (gc) => best - transportCostLowerBound(rev.kind, gc * detour, volume, annuity, p),
        visit,
      );
    }
    keepBest(found, k, heapThreshold(st.heap), (i) => {
      const o = found.other[i];
      if (seen.has(o.index * n + d.index)) return;
      seen.add(o.index * n + d.index);
      pushPair(ranked, o.index, d.index, found.margin[i], found.km[i], found.route[i], -1);
    });
  }
}
