// The API's domain errors: a small typed hierarchy that services throw and one exception filter answers.
// Messages start with the package name and are in French, as users read them; `code` is stable.

import type { Problem } from '@toile/flow-model';

export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly problems: readonly Problem[] = [];
}

/** The input breaks a rule: every problem is listed (400). */
export class ValidationFailedError extends DomainError {
  override readonly name = 'ValidationFailedError';
  readonly code = 'validation-failed';
  override readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], message?: string) {
    super(message ?? `@toile/api: données invalides, ${problems.length} problème(s)`);
    this.problems = problems;
  }
}

/** A territory, site or flow that does not exist (or belongs to another territory) (404). */
export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
  readonly code = 'not-found';

  constructor(
    readonly entity: 'territory' | 'site' | 'flow' | 'user' | 'api-key',
    readonly id: string,
    readonly territoryId?: string,
  ) {
    super(
      `@toile/api: ${LABELS[entity]} « ${id} » introuvable${territoryId ? ` dans « ${territoryId} »` : ''}`,
    );
  }
}

const LABELS = {
  territory: 'territoire',
  site: 'site',
  flow: 'flux',
  user: 'compte',
  'api-key': 'clé d’API',
} as const;

/** The request clashes with what is stored, e.g. an id already taken (409). */
export class ConflictError extends DomainError {
  override readonly name = 'ConflictError';
  readonly code = 'conflict';

  constructor(message: string) {
    super(`@toile/api: ${message}`);
  }
}

/** A body in a format the endpoint does not read (415). */
export class UnsupportedMediaTypeError extends DomainError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly code = 'unsupported-media-type';

  constructor(
    readonly contentType: string,
    readonly accepted: readonly string[],
  ) {
    super(
      `@toile/api: type de contenu « ${contentType} » non pris en charge (acceptés : ${accepted.join(', ')})`,
    );
  }
}

/** A body larger than the endpoint's limit (413). */
export class PayloadTooLargeError extends DomainError {
  override readonly name = 'PayloadTooLargeError';
  readonly code = 'payload-too-large';

  constructor(limit: string) {
    super(`@toile/api: contenu trop volumineux (limite ${limit})`);
  }
}

/** No credentials, or credentials that are wrong, expired or revoked (401). */
export class UnauthenticatedError extends DomainError {
  override readonly name = 'UnauthenticatedError';
  readonly code = 'unauthenticated';

  constructor(reason = 'connexion requise') {
    super(`@toile/api: ${reason}`);
  }
}

/** The caller is known but may not do this (403). */
export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
  readonly code = 'forbidden';

  constructor(reason: string) {
    super(`@toile/api: accès refusé, ${reason}`);
  }
}

/** Too many requests of one kind from one client within the window (429); `Retry-After` says when to retry. */
export class RateLimitedError extends DomainError {
  override readonly name = 'RateLimitedError';
  readonly code = 'rate-limited';

  constructor(
    readonly kind: string,
    readonly retryAfterS: number,
  ) {
    super(`@toile/api: trop de requêtes (${kind}), réessayez dans ${retryAfterS} s`);
  }
}

/** The bytes are not what the declared Content-Type says, e.g. a PDF sent as .xlsx (415). */
export class ContentMismatchError extends DomainError {
  override readonly name = 'ContentMismatchError';
  readonly code = 'content-mismatch';
  override readonly problems: readonly Problem[];

  constructor(
    readonly contentType: string,
    reason: string,
  ) {
    super(`@toile/api: le contenu ne correspond pas au type déclaré « ${contentType} » : ${reason}`);
    this.problems = [{ path: '$', code: 'content-mismatch', reason }];
  }
}
