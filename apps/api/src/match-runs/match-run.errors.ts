// Domain errors of match runs, answered by the API's exception filter (404, 400 with problems, 409).
// Messages start with the package name and are in French, as users read them.

import type { Problem } from '@toile/flow-model';

export class MatchRunNotFoundError extends Error {
  override readonly name = 'MatchRunNotFoundError';
  constructor(readonly runId: string) {
    super(`@toile/api: calcul inconnu « ${runId} » pour ce territoire`);
  }
}

export class MatchRunNotDoneError extends Error {
  override readonly name = 'MatchRunNotDoneError';
  constructor(
    readonly runId: string,
    readonly status: string,
  ) {
    super(`@toile/api: le calcul « ${runId} » n’est pas terminé (statut ${status})`);
  }
}

export class MatchParametersError extends Error {
  override readonly name = 'MatchParametersError';
  constructor(readonly problems: readonly Problem[]) {
    super(
      `@toile/api: paramètres du calcul invalides : ${problems.map((p) => `${p.path} (${p.reason})`).join(' ; ')}`,
    );
  }
}
