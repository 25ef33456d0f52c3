// Filters, sorts and pages the synergies of a stored result (pure): the engine behind
// `GET /api/territories/:id/match-runs/:runId/synergies`.

import type { Synergy, SynergyKind } from '@toile/flow-model';

export const SYNERGY_SORT_KEYS = ['value', 'quantity', 'co2', 'distance', 'resource', 'id'] as const;
export type SynergySortKey = (typeof SYNERGY_SORT_KEYS)[number];
/** A sort key, ascending, or prefixed with `-` for descending. */
export type SynergySort = SynergySortKey | `-${SynergySortKey}`;

export interface SynergyQuery {
  readonly resource?: string;
  readonly family?: string;
  readonly kind?: SynergyKind;
  /** Keeps synergies where this site is the supplier, the consumer or a member. */
  readonly siteId?: string;
  readonly minQuantity?: number;
  readonly minValueEur?: number;
  readonly sort?: SynergySort;
  readonly limit?: number;
  readonly offset?: number;
}

export interface SynergyPage {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly Synergy[];
}

export const DEFAULT_SYNERGY_SORT: SynergySort = '-value';
export const DEFAULT_SYNERGY_LIMIT = 100;
export const MAX_SYNERGY_LIMIT = 1000;

/** The resource family of a resource key (heat, energy, minerals…), when known. */
export type FamilyOf = (resource: string) => string | undefined;

function sitesOf(synergy: Synergy): string[] {
  const ids = (synergy.members ?? []).map((member) => member.siteId);
  if (synergy.supplier) ids.push(synergy.supplier.siteId);
  if (synergy.consumer) ids.push(synergy.consumer.siteId);
  return ids;
}

function familyOfSynergy(synergy: Synergy, familyOf: FamilyOf): string | undefined {
  const declared = synergy.details?.['family'];
  return typeof declared === 'string' ? declared : familyOf(synergy.resource);
}

function sortValue(synergy: Synergy, key: SynergySortKey): number | string {
  switch (key) {
    case 'value':
      return synergy.netValueEurPerYr ?? 0;
    case 'quantity':
      return synergy.quantity;
    case 'co2':
      return synergy.co2AvoidedTPerYr ?? 0;
    case 'distance':
      return synergy.distanceKm ?? 0;
    case 'resource':
      return synergy.resource;
    case 'id':
      return synergy.id;
  }
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'fr');
}

export function querySynergies(
  synergies: readonly Synergy[],
  query: SynergyQuery,
  familyOf: FamilyOf,
): SynergyPage {
  const kept = synergies.filter(
    (synergy) =>
      (query.resource === undefined || synergy.resource === query.resource) &&
      (query.kind === undefined || synergy.kind === query.kind) &&
      (query.family === undefined || familyOfSynergy(synergy, familyOf) === query.family) &&
      (query.siteId === undefined || sitesOf(synergy).includes(query.siteId)) &&
      (query.minQuantity === undefined || synergy.quantity >= query.minQuantity) &&
      (query.minValueEur === undefined || (synergy.netValueEurPerYr ?? 0) >= query.minValueEur),
  );
  const sort = query.sort ?? DEFAULT_SYNERGY_SORT;
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as SynergySortKey;
  const sign = descending ? -1 : 1;
  const sorted = [...kept].sort(
    (a, b) => sign * compare(sortValue(a, key), sortValue(b, key)) || compare(a.id, b.id),
  );
  const offset = query.offset ?? 0;
  const limit = Math.min(query.limit ?? DEFAULT_SYNERGY_LIMIT, MAX_SYNERGY_LIMIT);
  return { total: kept.length, offset, limit, items: sorted.slice(offset, offset + limit) };
}
