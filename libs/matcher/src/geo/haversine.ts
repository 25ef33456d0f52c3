// Great-circle distance between two WGS84 points (haversine formula on a sphere of the mean Earth radius),
// and the road or pipe distance estimated from it with a detour factor.

/** IUGG mean Earth radius, km. */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km. */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return greatCircleKmCos(lat1, lon1, cosLatitude(lat1), lat2, lon2, cosLatitude(lat2));
}

/** cos(latitude in degrees), as greatCircleKmCos takes it. */
export function cosLatitude(lat: number): number {
  return Math.cos(lat * RAD);
}

/** greatCircleKm, the cosines of both latitudes given (`cosLatitude`): the same value, two cosines fewer. */
export function greatCircleKmCos(
  lat1: number,
  lon1: number,
  cos1: number,
  lat2: number,
  lon2: number,
  cos2: number,
): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + cos1 * cos2 * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Road (or pipe) distance: great-circle distance × detour factor. */
export function routeKm(greatCircle: number, detourFactor: number): number {
  return greatCircle * detourFactor;
}
