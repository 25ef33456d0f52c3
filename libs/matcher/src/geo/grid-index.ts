// A uniform latitude/longitude grid over points, to enumerate only the points near a query point.
// Cells are sized so that a radius never spans more cells than needed; no wrap-around at ±180° longitude.

import { greatCircleKm } from './haversine';

/** Length of one degree of latitude on the mean sphere, km. */
export const KM_PER_DEGREE = 111.19508;

export interface GridIndex {
  readonly cellLatDeg: number;
  readonly cellLonDeg: number;
  /** Smallest cos(latitude) over the indexed area: longitude cells are wide enough everywhere. */
  readonly minCosLat: number;
  readonly cells: ReadonlyMap<number, readonly number[]>;
  /** Occupied cell columns and rows: [minX, maxX, minY, maxY]. */
  readonly bounds: readonly [number, number, number, number];
  readonly lats: ArrayLike<number>;
  readonly lons: ArrayLike<number>;
}

const SPAN = 1 << 22;

function cellKey(ix: number, iy: number): number {
  return (ix + SPAN / 2) * SPAN + (iy + SPAN / 2);
}

/**
 * Indexes points (parallel arrays of degrees) in cells about `cellKm` wide. `extraLats` widens the latitude
 * range used for the longitude cell width (pass the query points' latitudes when they differ).
 */
export function buildGridIndex(
  lats: ArrayLike<number>,
  lons: ArrayLike<number>,
  cellKm: number,
  extraLats: ArrayLike<number> = [],
): GridIndex {
  let maxAbsLat = 0;
  for (let i = 0; i < lats.length; i++) maxAbsLat = Math.max(maxAbsLat, Math.abs(lats[i]));
  for (let i = 0; i < extraLats.length; i++) maxAbsLat = Math.max(maxAbsLat, Math.abs(extraLats[i]));
  const minCosLat = Math.max(Math.cos(Math.min(maxAbsLat, 89) * (Math.PI / 180)), 0.01);
  const size = Math.max(cellKm, 0.01);
  // Cells never smaller than 1e-5° so that keys stay within the key span.
  const cellLatDeg = Math.max(size / KM_PER_DEGREE, 1e-4);
  const cellLonDeg = Math.max(size / (KM_PER_DEGREE * minCosLat), 1e-4);
  const cells = new Map<number, number[]>();
  const bounds: [number, number, number, number] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < lats.length; i++) {
    const x = Math.floor(lons[i] / cellLonDeg);
    const y = Math.floor(lats[i] / cellLatDeg);
    bounds[0] = Math.min(bounds[0], x);
    bounds[1] = Math.max(bounds[1], x);
    bounds[2] = Math.min(bounds[2], y);
    bounds[3] = Math.max(bounds[3], y);
    const key = cellKey(x, y);
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [i]);
    else list.push(i);
  }
  return { cellLatDeg, cellLonDeg, minCosLat, cells, bounds, lats, lons };
}

/** Calls `visit(index, greatCircleKm)` for every indexed point within `radiusKm` of (lat, lon). */
export function forEachWithin(
  grid: GridIndex,
  lat: number,
  lon: number,
  radiusKm: number,
  visit: (index: number, distanceKm: number) => void,
): void {
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = radiusKm / (KM_PER_DEGREE * grid.minCosLat);
  const [bx0, bx1, by0, by1] = grid.bounds;
  const x0 = Math.max(bx0, Math.floor((lon - dLon) / grid.cellLonDeg));
  const x1 = Math.min(bx1, Math.floor((lon + dLon) / grid.cellLonDeg));
  const y0 = Math.max(by0, Math.floor((lat - dLat) / grid.cellLatDeg));
  const y1 = Math.min(by1, Math.floor((lat + dLat) / grid.cellLatDeg));
  for (let x = x0; x <= x1; x++) {
    for (let y = y0; y <= y1; y++) {
      const list = grid.cells.get(cellKey(x, y));
      if (list === undefined) continue;
      for (const i of list) {
        const d = greatCircleKm(lat, lon, grid.lats[i], grid.lons[i]);
        if (d <= radiusKm) visit(i, d);
      }
    }
  }
}

/** Whether ring `ring` around (lat, lon) lies wholly outside the occupied cells. */
export function ringBeyondBounds(grid: GridIndex, lat: number, lon: number, ring: number): boolean {
  const cx = Math.floor(lon / grid.cellLonDeg);
  const cy = Math.floor(lat / grid.cellLatDeg);
  const [bx0, bx1, by0, by1] = grid.bounds;
  return cx - ring < bx0 && cx + ring > bx1 && cy - ring < by0 && cy + ring > by1;
}

/**
 * Calls `visit(index, greatCircleKm)` for the points in the cells at Chebyshev ring `ring` around the query's
 * cell (ring 0: its own cell). Every point of ring r ≥ 1 lies at least (r − 1) cells away (see ringMinKm).
 */
export function forEachInRing(
  grid: GridIndex,
  lat: number,
  lon: number,
  ring: number,
  visit: (index: number, distanceKm: number) => void,
): void {
  const cx = Math.floor(lon / grid.cellLonDeg);
  const cy = Math.floor(lat / grid.cellLatDeg);
  const [bx0, bx1, by0, by1] = grid.bounds;
  const xa = Math.max(cx - ring, bx0);
  const xb = Math.min(cx + ring, bx1);
  const ya = Math.max(cy - ring, by0);
  const yb = Math.min(cy + ring, by1);
  for (let x = xa; x <= xb; x++) {
    const edgeColumn = x === cx - ring || x === cx + ring;
    // Inside columns only hold the top and bottom cells of the ring.
    const step = edgeColumn || ring === 0 ? 1 : 2 * ring;
    for (let y = edgeColumn ? ya : cy - ring; y <= yb; y += step) {
      if (y < ya) continue;
      const list = grid.cells.get(cellKey(x, y));
      if (list === undefined) continue;
      for (let n = 0; n < list.length; n++) {
        const i = list[n];
        visit(i, greatCircleKm(lat, lon, grid.lats[i], grid.lons[i]));
      }
    }
  }
}

/**
 * A lower bound on the distance (km) of any point in ring `ring`, for a grid built with cells `cellKm` wide:
 * (ring − 1) cells, less 1 % for the sphere against the degree grid.
 */
export function ringMinKm(ring: number, cellKm: number): number {
  return Math.max(0, ring - 1) * cellKm * 0.99;
}
