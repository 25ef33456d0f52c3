// Finding pairs near a flow: full enumeration within the cut-off (pipes, short radii), or a ring search that
// stops once no farther partner can enter the flow's k best (road, bounded by an upper bound on the margin).

import {
  buildGridIndex,
  cellKmOf,
  forEachInRing,
  forEachWithin,
  ringCoversGrid,
  ringMinKm,
  type GridIndex,
} from '../geo/grid-index';
import {
  evaluatePair,
  PAIR_HAZARD_REFUSED,
  PAIR_LOSSY,
  PAIR_OK,
  type PairContext,
  type PairScratch,
} from './evaluate-pair';
import type { PreparedFlow } from './prepared-flow';
import type { Route } from './routes';
import { heapOffer, heapThreshold, type MarginHeap } from './top-k-heap';

/** Margins at or below this (EUR per unit) are not worth proposing. */
export const MIN_MARGIN_EUR_PER_UNIT = 1e-9;
/** Ring grids use cells of the search radius divided by this. */
const RING_CELLS_PER_RADIUS = 32;

export interface SearchState {
  readonly ctx: PairContext;
  readonly scratch: PairScratch;
  readonly compatibleWithin: Uint8Array;
  readonly hazardRefused: Uint8Array;
  readonly forbidden: ReadonlySet<string>;
  readonly maxAbsLat: number;
  /** Best route and margin of the last judged pair (out-parameters of judgePair). */
  bestRoute: Route | undefined;
  bestMargin: number;
  /** The k best margins of the current ring search. */
  readonly heap: MarginHeap;
}

/** Judges every route of a pair, records the flags and leaves the best in state; returns its margin or −∞. */
export function judgePair(
  o: PreparedFlow,
  d: PreparedFlow,
  group: readonly Route[],
  km: number,
  st: SearchState,
): number {
  st.bestRoute = undefined;
  st.bestMargin = -Infinity;
  if (d.siteId === o.siteId) return -Infinity;
  if (st.forbidden.size > 0 && st.forbidden.has(`${o.flow.id}>${d.flow.id}`)) return -Infinity;
  for (const route of group) {
    const status = evaluatePair(o, d, route, km, st.ctx, st.scratch);
    if (status === PAIR_OK || status === PAIR_LOSSY) {
      st.compatibleWithin[o.index] = 1;
      st.compatibleWithin[d.index] = 1;
      if (status === PAIR_OK && st.scratch.margin > st.bestMargin) {
        st.bestMargin = st.scratch.margin;
        st.bestRoute = route;
      }
    } else if (status === PAIR_HAZARD_REFUSED) {
      st.hazardRefused[o.index] = 1;
      st.hazardRefused[d.index] = 1;
    }
  }
  return st.bestMargin;
}

/** Most tiers a point list is split into (see splitIntoTiers). */
const MAX_TIERS = 8;

/**
 * Points sorted by `key`, highest first, split into tiers of at least `minSize` points (at most MAX_TIERS);
 * null when they make a single tier. A ranked search bounded per tier stops early even when keys differ widely.
 */
export function splitIntoTiers(
  items: readonly PreparedFlow[],
  minSize: number,
  key: (item: PreparedFlow) => number,
): PreparedFlow[][] | null {
  const count = Math.max(1, Math.min(MAX_TIERS, Math.floor(items.length / Math.max(1, minSize))));
  if (count === 1) return null;
  const sorted = [...items].sort((a, b) => key(b) - key(a));
  const size = Math.ceil(sorted.length / count);
  const tiers: PreparedFlow[][] = [];
  for (let i = 0; i < sorted.length; i += size) tiers.push(sorted.slice(i, i + size));
  return tiers;
}

/** Points of a list, indexed for a radius (full search) or for rings, cached per radius. */
export class PointSet {
  private readonly grids = new Map<string, GridIndex>();
  private highestPrice: number | undefined;
  private flowIndices: Int32Array | undefined;
  constructor(readonly items: PreparedFlow[]) {}

  /** The flow index of each point, in a typed array: hot loops read it without touching the flow objects. */
  get indices(): Int32Array {
    this.flowIndices ??= Int32Array.from(this.items, (p) => p.index);
    return this.flowIndices;
  }

  private tierSets: PointSet[] | undefined;

  /** The points in tiers by price per unit (splitIntoTiers), cached. */
  tiers(minSize: number): readonly PointSet[] {
    if (this.tierSets === undefined) {
      const tiers = splitIntoTiers(this.items, minSize, (p) => p.priceEurPerUnit);
      this.tierSets = tiers ? tiers.map((items) => new PointSet(items)) : [this];
    }
    return this.tierSets;
  }

  /** Highest price per unit among the points (an upper bound for the ranked search). */
  maxPrice(): number {
    this.highestPrice ??= this.items.reduce((max, p) => Math.max(max, p.priceEurPerUnit), -Infinity);
    return this.highestPrice;
  }

  grid(radiusKm: number, ring: boolean, maxAbsLat: number): GridIndex {
    const key = `${ring ? 'r' : 'f'}${radiusKm}`;
    let grid = this.grids.get(key);
    if (grid === undefined) {
      const cellKm = ring ? radiusKm / RING_CELLS_PER_RADIUS : radiusKm;
      grid = buildGridIndex(
        this.items.map((p) => p.lat),
        this.items.map((p) => p.lon),
        cellKm,
        [maxAbsLat],
      );
      this.grids.set(key, grid);
    }
    return grid;
  }
}

/** Visits every point within `radiusKm` (great circle). */
export function searchAll(
  set: PointSet,
  from: PreparedFlow,
  radiusKm: number,
  st: SearchState,
  visit: (item: PreparedFlow, gcKm: number) => void,
): void {
  forEachWithin(set.grid(radiusKm, false, st.maxAbsLat), from.lat, from.lon, radiusKm, (i, gc) =>
    visit(set.items[i], gc),
  );
}

/**
 * Visits points ring by ring within `radiusKm`; `visit` returns a positive margin to offer to the heap, and the
 * search stops before a ring whose nearest possible point has `upperBound(gcKm)` at or below the k-th best.
 * The heap is not reset: successive searches over price tiers share it (reset it with resetHeap first).
 */
export function searchRings(
  set: PointSet,
  from: PreparedFlow,
  radiusKm: number,
  st: SearchState,
  upperBound: (gcKm: number) => number,
  visit: (item: PreparedFlow, gcKm: number) => number,
): void {
  const grid = set.grid(radiusKm, true, st.maxAbsLat);
  const cellKm = cellKmOf(grid);
  const heap = st.heap;
  const last = Math.ceil(radiusKm / cellKm) + 2;
  for (let ring = 0; ring <= last; ring++) {
    const nearest = ringMinKm(ring, cellKm);
    if (nearest > radiusKm) break;
    if (heap.size === heap.k && upperBound(nearest) <= heapThreshold(heap)) break;
    if (ring > 0 && ringCoversGrid(grid, from.lat, from.lon, ring - 1)) break;
    forEachInRing(grid, from.lat, from.lon, ring, radiusKm, (i, gc) => {
      const margin = visit(set.items[i], gc);
      if (margin > MIN_MARGIN_EUR_PER_UNIT) heapOffer(heap, margin);
    });
  }
}
