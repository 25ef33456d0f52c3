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
  // Never name the site to a reader of the public page: the id may come from a stored flow it cannot see.
  if (territory.level !== 'firm') throw new ForbiddenError('réservé aux animateurs de ce territoire');
  const own = ownSiteIds(access.principal, territory.id);
  const foreign = siteIds.find((id) => !own.has(id));
  if (foreign !== undefined) throw new ForbiddenError(`le site « ${foreign} » n’est pas le vôtre`);
}

/** Throws unless the caller manages the territory (creating or deleting sites, imports, runs). */
export function assertManages(access: RequestAccess): void {
  if (access.territory?.level === 'everything') return;
  if (access.principal.kind === 'public') throw new UnauthenticatedError();
  throw new ForbiddenError('réservé aux animateurs de ce territoire');
}
