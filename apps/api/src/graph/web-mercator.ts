// WGS84 latitude/longitude to Web Mercator (EPSG:3857) metres, the projection of web base maps.
// Latitudes are clamped to ±85.05113°, the square world of the projection.

export const EARTH_RADIUS_M = 6378137;
export const MAX_MERCATOR_LAT = 85.0511287798066;

/** Easting and northing in metres (north up: y grows with latitude). */
export function toWebMercator(lat: number, lon: number): { readonly x: number; readonly y: number } {
  const clampedLat = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  const phi = (clampedLat * Math.PI) / 180;
  return {
    x: (EARTH_RADIUS_M * lon * Math.PI) / 180,
    y: EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  };
}
