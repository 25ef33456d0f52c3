// Slippy-map tile arithmetic in Web Mercator metres: which tiles cover a view, at which zoom, and where
// each tile lies, so a base map can be drawn under the geographic layout. Pure.

import { EARTH_RADIUS_M } from '../graph/projection';

export const WORLD_WIDTH_M = 2 * Math.PI * EARTH_RADIUS_M;
export const TILE_SIZE_PX = 256;
export const MAX_TILE_ZOOM = 19;

export interface MercatorBounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface TileRef {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  /** Mercator bounds of the tile. */
  readonly bounds: MercatorBounds;
}

/** The zoom whose tiles are closest to 256 screen pixels wide for a view of `widthM` metres on `widthPx` pixels. */
export function tileZoom(widthM: number, widthPx: number): number {
  if (!(widthM > 0) || !(widthPx > 0)) return 0;
  const z = Math.round(Math.log2((WORLD_WIDTH_M * widthPx) / (widthM * TILE_SIZE_PX)));
  return Math.max(0, Math.min(MAX_TILE_ZOOM, z));
}

export function tileBounds(z: number, x: number, y: number): MercatorBounds {
  const size = WORLD_WIDTH_M / 2 ** z;
  const minX = -WORLD_WIDTH_M / 2 + x * size;
  const maxY = WORLD_WIDTH_M / 2 - y * size;
  return { minX, maxX: minX + size, maxY, minY: maxY - size };
}

/** The tiles of zoom `z` covering `view`, capped at `maxTiles` (none when the view needs more). */
export function tilesCovering(view: MercatorBounds, z: number, maxTiles = 64): TileRef[] {
  const n = 2 ** z;
  const size = WORLD_WIDTH_M / n;
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, v));
  const x0 = clamp(Math.floor((view.minX + WORLD_WIDTH_M / 2) / size));
  const x1 = clamp(Math.floor((view.maxX + WORLD_WIDTH_M / 2) / size));
  const y0 = clamp(Math.floor((WORLD_WIDTH_M / 2 - view.maxY) / size));
  const y1 = clamp(Math.floor((WORLD_WIDTH_M / 2 - view.minY) / size));
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > maxTiles) return [];
  const tiles: TileRef[] = [];
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) tiles.push({ z, x, y, bounds: tileBounds(z, x, y) });
  return tiles;
}

export function tileUrl(template: string, tile: Pick<TileRef, 'z' | 'x' | 'y'>): string {
  return template
    .replace('{z}', String(tile.z))
    .replace('{x}', String(tile.x))
    .replace('{y}', String(tile.y));
}
