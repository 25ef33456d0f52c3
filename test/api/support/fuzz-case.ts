// One request of the malformed-input fuzz, and the stored territory the requests aim at (ids that exist, so
// that bad requests can name real sites, flows, runs and synergies next to the broken part).

import { toJsonText } from './fuzz-values';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * `reject`: must answer 4xx; `read`: any status under 500, and the database must not change either way;
 * `any`: may be accepted (then it may change the database) or refused (then it must not).
 */
export type Expectation = 'reject' | 'read' | 'any';

export interface FuzzCase {
  readonly category: string;
  /** What was broken, for the report. */
  readonly label: string;
  readonly method: Method;
  readonly path: string;
  readonly contentType?: string;
  readonly body?: string | Buffer;
  readonly expect: Expectation;
}

export interface FuzzTarget {
  readonly territoryId: string;
  readonly siteIds: readonly string[];
  readonly flowIds: readonly string[];
  readonly zoneIds: readonly string[];
  /** A done match run of the territory. */
  readonly runId: string;
  /** A synergy key of that run. */
  readonly synergyKey: string;
}

/** A JSON request (the body serialised with raw tokens and own `__proto__` keys kept). */
export function jsonCase(
  category: string,
  label: string,
  method: Method,
  path: string,
  value: unknown,
  expect: Expectation = 'reject',
): FuzzCase {
  return { category, label, method, path, contentType: 'application/json', body: toJsonText(value), expect };
}
