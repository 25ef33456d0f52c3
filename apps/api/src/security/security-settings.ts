// Security settings of the HTTP application: allowed CORS origins, the extra image hosts of the CSP and the
// rate limits per client IP. Parsed from environment variables by app-config; DEFAULT_… closes CORS.

/** A web origin as a browser sends it in `Origin`: scheme, host and optional port, no path. */
const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/iu;

export interface SecuritySettings {
  /** Origins allowed to call the API from another site (CORS); empty = same origin only. */
  readonly corsOrigins: readonly string[];
  /** Extra origins the viewer may load images from (base-map tiles), added to the CSP `img-src`. */
  readonly imageOrigins: readonly string[];
  /** Requests allowed per client IP and window, by kind of request. */
  readonly rateLimits: RateLimitSettings;
}

/** Per client IP: at most `…Requests` requests of each kind within a sliding window of `windowS` seconds. */
export interface RateLimitSettings {
  readonly windowS: number;
  /** `POST /api/auth/*` and routes marked `@AuthRateLimit()` (sign-in brute force). */
  readonly authRequests: number;
  /** Every other POST, PUT, PATCH, DELETE. */
  readonly writeRequests: number;
  /** GET, HEAD, OPTIONS. */
  readonly readRequests: number;
}

export const DEFAULT_RATE_LIMIT_SETTINGS: RateLimitSettings = Object.freeze({
  windowS: 60,
  authRequests: 10,
  writeRequests: 120,
  readRequests: 1200,
});

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = Object.freeze({
  corsOrigins: Object.freeze([]),
  imageOrigins: Object.freeze([]),
  rateLimits: DEFAULT_RATE_LIMIT_SETTINGS,
});

/** The reasons rate limits are invalid (empty when valid): every count and the window are integers ≥ 1. */
export function validateRateLimits(limits: RateLimitSettings): string[] {
  return (['windowS', 'authRequests', 'writeRequests', 'readRequests'] as const)
    .filter((key) => !Number.isInteger(limits[key]) || limits[key] < 1)
    .map((key) => `${key} : entier ≥ 1 attendu (reçu ${limits[key]})`);
}

/** Complete rate limits from a partial object over the defaults; throws when a value is invalid. */
export function resolveRateLimits(partial: Partial<RateLimitSettings> = {}): RateLimitSettings {
  const limits = Object.freeze({ ...DEFAULT_RATE_LIMIT_SETTINGS, ...partial });
  const reasons = validateRateLimits(limits);
  if (reasons.length > 0) throw new Error(`@toile/api: limites de débit invalides : ${reasons.join(', ')}`);
  return limits;
}

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
