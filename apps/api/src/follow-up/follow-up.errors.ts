// Domain errors of the follow-up: a synergy key no run of the territory proposed, or no done run to follow (404).
// Answered by the API's one exception filter (errors/error-body.ts).

import { DomainError } from '../errors/domain-errors';

export class SynergyNotFoundError extends DomainError {
  override readonly name = 'SynergyNotFoundError';
  readonly code = 'not-found';

  constructor(
    readonly territoryId: string,
    readonly synergyKey: string,
  ) {
    super(
      `@toile/api: aucun calcul du territoire « ${territoryId} » ne propose la synergie « ${synergyKey} »`,
    );
  }
}

export class NoDoneRunError extends DomainError {
  override readonly name = 'NoDoneRunError';
  readonly code = 'not-found';

  constructor(readonly territoryId: string) {
    super(`@toile/api: aucun calcul terminé pour le territoire « ${territoryId} »`);
  }
}
