// Security settings of the HTTP application: allowed CORS origins and the extra image hosts of the CSP.
// Parsed from environment variables by app-config; DEFAULT_… closes CORS and allows no external image.

/** A web origin as a browser sends it in `Origin`: scheme, host and optional port, no path. */
const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/iu;

export interface SecuritySettings {
  /** Origins allowed to call the API from another site (CORS); empty = same origin only. */
  readonly corsOrigins: readonly string[];
  /** Extra origins the viewer may load images from (base-map tiles), added to the CSP `img-src`. */
  readonly imageOrigins: readonly string[];
}

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = Object.freeze({
  corsOrigins: Object.freeze([]),
  imageOrigins: Object.freeze([]),
});

/** The reason a comma-separated list of origins is invalid, or null when every entry is an origin. */
export function validateOriginList(text: string): string | null {
  const bad = splitOrigins(text).filter((origin) => !ORIGIN_PATTERN.test(origin));
  return bad.length === 0
    ? null
    : `origine(s) invalide(s) : ${bad.join(', ')} (attendu https://hôte[:port], séparées par des virgules)`;
}

/** The origins of a comma-separated list, trimmed, without trailing slash, empty entries dropped. */
export function splitOrigins(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim().replace(/\/$/u, ''))
    .filter((s) => s !== '');
}
