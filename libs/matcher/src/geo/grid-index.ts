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
  for (let i = 0; i < lats.length; i++) {
    const key = cellKey(Math.floor(lons[i] / cellLonDeg), Math.floor(lats[i] / cellLatDeg));
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [i]);
    else list.push(i);
  }
  return { cellLatDeg, cellLonDeg, minCosLat, cells, lats, lons };
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
  const x0 = Math.floor((lon - dLon) / grid.cellLonDeg);
  const x1 = Math.floor((lon + dLon) / grid.cellLonDeg);
  const y0 = Math.floor((lat - dLat) / grid.cellLatDeg);
  const y1 = Math.floor((lat + dLat) / grid.cellLatDeg);
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
