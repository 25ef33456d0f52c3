// Object-level write checks inside a readable territory: its facilitators edit everything; a firm edits only
// its own sites and their flows; nobody else edits anything.

import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { ownSiteIds } from './principal';
import type { RequestAccess } from './territory-access';

/** Throws unless the caller may change the site `siteId` (and flows on it) in the request's territory. */
export function assertMayEditSite(access: RequestAccess, ...siteIds: readonly string[]): void {
  const territory = access.territory;
  if (!territory) throw new Error('@toile/api: assertMayEditSite outside a :territoryId route');
  if (territory.level === 'everything') return;
  if (access.principal.kind === 'public') throw new UnauthenticatedError();
  const own = ownSiteIds(access.principal, territory.id);
  const foreign = siteIds.find((id) => !own.has(id));
  if (territory.level !== 'firm' || foreign !== undefined) {
    throw new ForbiddenError(`le site « ${foreign ?? siteIds[0]} » n’est pas le vôtre`);
  }
}

/** Throws unless the caller manages the territory (creating or deleting sites, imports, runs). */
export function assertManages(access: RequestAccess): void {
  if (access.territory?.level === 'everything') return;
  if (access.principal.kind === 'public') throw new UnauthenticatedError();
  throw new ForbiddenError('réservé aux animateurs de ce territoire');
}
