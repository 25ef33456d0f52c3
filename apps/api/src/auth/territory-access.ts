// How much of a territory the caller may see, decided once per request by the AuthGuard for `:territoryId`
// routes and handed to controllers with `@CurrentAccess()`.

import type { Principal } from './principal';

export type TerritoryLevel =
  /** Admin or facilitator of the territory: the dataset as stored. */
  | 'everything'
  /** A firm with sites there: its own sites in full, the others projected. */
  | 'firm'
  /** Anyone else, on a territory with a public page: the public projection. */
  | 'public';

export interface RequestAccess {
  readonly principal: Principal;
  /** Set on `:territoryId` routes only. */
  readonly territory?: { readonly id: string; readonly level: TerritoryLevel };
}

/** The level a principal has on a territory, or null when it may not read it at all. */
export function territoryLevel(
  principal: Principal,
  territory: { readonly id: string; readonly publicPage: boolean },
): TerritoryLevel | null {
  if (principal.kind === 'user') {
    if (principal.role === 'admin') return 'everything';
    if (principal.role === 'facilitator' && principal.territoryIds.includes(territory.id))
      return 'everything';
    if (principal.role === 'firm' && principal.sites.some((s) => s.territoryId === territory.id))
      return 'firm';
  }
  return territory.publicPage ? 'public' : null;
}
