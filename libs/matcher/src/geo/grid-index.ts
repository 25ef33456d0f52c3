// A uniform latitude/longitude grid over points (dense cell arrays over their bounding box), to enumerate only
// the points near a query point, by radius or ring by ring. No wrap-around at ±180° longitude.

import { cosLatitude, greatCircleKmCos } from './haversine';

/** Length of one degree of latitude on the mean sphere, km. */
export const KM_PER_DEGREE = 111.19508;
/** Most cells a grid allocates; beyond, cells grow. */
const MAX_CELLS = 4_000_000;

export interface GridIndex {
  readonly cellLatDeg: number;
  readonly cellLonDeg: number;
  /** Smallest cos(latitude) over the indexed area: longitude cells are wide enough everywhere. */
  readonly minCosLat: number;
  /** First occupied column and row, and the numbers of columns and rows. */
  readonly x0: number;
  readonly y0: number;
  readonly width: number;
  readonly height: number;
  /** Points of cell c are `items[start[c]]` … `items[start[c + 1] − 1]`, cells numbered column-major. */
  readonly start: Int32Array;
  readonly items: Int32Array;
  readonly lats: ArrayLike<number>;
  readonly lons: ArrayLike<number>;
  /** cos(latitude) of each point, for the distances. */
  readonly cosLats: Float64Array;
}

/**
 * Indexes points (parallel arrays of degrees) in cells at least `cellKm` wide. `extraLats` widens the latitude
 * range used for the longitude cell width (pass the query points' extreme latitude when it differs).
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
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (let i = 0; i < lats.length; i++) {
    minLat = Math.min(minLat, lats[i]);
    maxLat = Math.max(maxLat, lats[i]);
    minLon = Math.min(minLon, lons[i]);
    maxLon = Math.max(maxLon, lons[i]);
  }
  let size = Math.max(cellKm, 0.01);
  const spanKm =
    lats.length === 0 ? 0 : Math.max((maxLat - minLat) * KM_PER_DEGREE, (maxLon - minLon) * KM_PER_DEGREE);
  if ((spanKm / size + 1) ** 2 > MAX_CELLS) size = spanKm / (Math.sqrt(MAX_CELLS) - 1);
  const cellLatDeg = size / KM_PER_DEGREE;
  const cellLonDeg = size / (KM_PER_DEGREE * minCosLat);
  const x0 = lats.length === 0 ? 0 : Math.floor(minLon / cellLonDeg);
  const y0 = lats.length === 0 ? 0 : Math.floor(minLat / cellLatDeg);
  const width = lats.length === 0 ? 0 : Math.floor(maxLon / cellLonDeg) - x0 + 1;
  const height = lats.length === 0 ? 0 : Math.floor(maxLat / cellLatDeg) - y0 + 1;
  const cellOf = new Int32Array(lats.length);
  const start = new Int32Array(width * height + 1);
  for (let i = 0; i < lats.length; i++) {
    const c = (Math.floor(lons[i] / cellLonDeg) - x0) * height + (Math.floor(lats[i] / cellLatDeg) - y0);
    cellOf[i] = c;
    start[c + 1]++;
  }
  for (let c = 0; c < width * height; c++) start[c + 1] += start[c];
  const cursor = start.slice(0, width * height);
  const items = new Int32Array(lats.length);
  for (let i = 0; i < lats.length; i++) items[cursor[cellOf[i]]++] = i;
  const cosLats = Float64Array.from(lats, cosLatitude);
  return { cellLatDeg, cellLonDeg, minCosLat, x0, y0, width, height, start, items, lats, lons, cosLats };
}

function visitColumn(
  grid: GridIndex,
  x: number,
  ya: number,
  yb: number,
  lat: number,
  lon: number,
  radiusKm: number,
  visit: (index: number, distanceKm: number) => void,
): void {
  const { start, items, lats, lons, cosLats, height } = grid;
  const from = start[x * height + ya];
  const to = start[x * height + yb + 1];
  const cosLat = cosLatitude(lat);
  for (let n = from; n < to; n++) {
    const i = items[n];
    const d = greatCircleKmCos(lat, lon, cosLat, lats[i], lons[i], cosLats[i]);
    if (d <= radiusKm) visit(i, d);
  }
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
  const xa = Math.max(0, Math.floor((lon - dLon) / grid.cellLonDeg) - grid.x0);
  const xb = Math.min(grid.width - 1, Math.floor((lon + dLon) / grid.cellLonDeg) - grid.x0);
  const ya = Math.max(0, Math.floor((lat - dLat) / grid.cellLatDeg) - grid.y0);
  const yb = Math.min(grid.height - 1, Math.floor((lat + dLat) / grid.cellLatDeg) - grid.y0);
  if (ya > yb) return;
  for (let x = xa; x <= xb; x++) visitColumn(grid, x, ya, yb, lat, lon, radiusKm, visit);
}

/**
 * Calls `visit(index, greatCircleKm)` for the points within `radiusKm` in the cells at Chebyshev ring `ring`
 * around the query's cell (ring 0: its own cell). Points of ring r ≥ 1 lie at least ringMinKm(r) away.
 */
export function forEachInRing(
  grid: GridIndex,
  lat: number,
  lon: number,
  ring: number,
  radiusKm: number,
  visit: (index: number, distanceKm: number) => void,
): void {
  const cx = Math.floor(lon / grid.cellLonDeg) - grid.x0;
  const cy = Math.floor(lat / grid.cellLatDeg) - grid.y0;
  const xa = Math.max(cx - ring, 0);
  const xb = Math.min(cx + ring, grid.width - 1);
  const ya = Math.max(cy - ring, 0);
  const yb = Math.min(cy + ring, grid.height - 1);
  if (ya > yb) return;
  for (let x = xa; x <= xb; x++) {
    if (x === cx - ring || x === cx + ring) visitColumn(grid, x, ya, yb, lat, lon, radiusKm, visit);
    else {
      if (cy - ring >= 0 && cy - ring < grid.height)
        visitColumn(grid, x, cy - ring, cy - ring, lat, lon, radiusKm, visit);
      if (ring > 0 && cy + ring >= 0 && cy + ring < grid.height)
        visitColumn(grid, x, cy + ring, cy + ring, lat, lon, radiusKm, visit);
    }
  }
}

/** Whether ring `ring` around (lat, lon) already encloses every occupied cell. */
export function ringCoversGrid(grid: GridIndex, lat: number, lon: number, ring: number): boolean {
  const cx = Math.floor(lon / grid.cellLonDeg) - grid.x0;
  const cy = Math.floor(lat / grid.cellLatDeg) - grid.y0;
  return cx - ring <= 0 && cx + ring >= grid.width - 1 && cy - ring <= 0 && cy + ring >= grid.height - 1;
}

/** The width (km) of the grid's cells, at least. */
export function cellKmOf(grid: GridIndex): number {
  return grid.cellLatDeg * KM_PER_DEGREE;
}

/**
 * A lower bound on the distance (km) of any point in ring `ring` of a grid with cells `cellKm` wide:
 * (ring − 1) cells, less 1 % for the sphere against the degree grid.
 */
export function ringMinKm(ring: number, cellKm: number): number {
  return Math.max(0, ring - 1) * cellKm * 0.99;
}
