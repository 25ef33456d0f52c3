// Web Mercator (EPSG:3857) projection of latitude and longitude to metres, and back.
// Sigma's y axis points up like Mercator's northing, so north stays up without flipping.

export const EARTH_RADIUS_M = 6378137;
export const MAX_MERCATOR_LAT = 85.05112878;

export interface MercatorPoint {
  readonly x: number;
  readonly y: number;
}

export function lonLatToMercator(lon: number, lat: number): MercatorPoint {
  const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  const phi = (clamped * Math.PI) / 180;
  return {
    x: (EARTH_RADIUS_M * lon * Math.PI) / 180,
    y: EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  };
}

export function mercatorToLonLat(x: number, y: number): { readonly lon: number; readonly lat: number } {
  return {
    lon: (x / EARTH_RADIUS_M) * (180 / Math.PI),
    lat: (2 * Math.atan(Math.exp(y / EARTH_RADIUS_M)) - Math.PI / 2) * (180 / Math.PI),
  };
}

/** The site's geographic position: the API's Mercator metres when valid, else projected from lat/lon. */
export function sitePosition(site: {
  readonly x?: number;
  readonly y?: number;
  readonly lon: number;
  readonly lat: number;
}): MercatorPoint {
  if (Number.isFinite(site.x) && Number.isFinite(site.y)) return { x: site.x as number, y: site.y as number };
  return lonLatToMercator(site.lon, site.lat);
}
