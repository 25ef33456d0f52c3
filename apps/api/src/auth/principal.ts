// Who is calling: nobody (public) or an account with its role, territories and sites, resolved once per request.
// Pure helpers answer the questions every access check asks.

import type { Role } from './roles';

export interface SiteClaim {
  readonly territoryId: string;
  readonly siteId: string;
}

export type Principal =
  | { readonly kind: 'public' }
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly email: string;
      readonly role: Role;
      readonly displayName: string | null;
      readonly territoryIds: readonly string[];
      readonly sites: readonly SiteClaim[];
      /** How the caller authenticated: a short-lived access token or an API key. */
      readonly via: 'token' | 'api-key';
    };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

export const PUBLIC_PRINCIPAL: Principal = Object.freeze({ kind: 'public' });

/** Admin, or facilitator of this territory: may see everything in it and change it. */
export function managesTerritory(principal: Principal, territoryId: string): boolean {
  if (principal.kind !== 'user') return false;
  if (principal.role === 'admin') return true;
  return principal.role === 'facilitator' && principal.territoryIds.includes(territoryId);
}

/** The ids of the sites a firm account holds in this territory (empty for anyone else). */
export function ownSiteIds(principal: Principal, territoryId: string): ReadonlySet<string> {
  if (principal.kind !== 'user' || principal.role !== 'firm') return new Set();
  return new Set(principal.sites.filter((s) => s.territoryId === territoryId).map((s) => s.siteId));
}
