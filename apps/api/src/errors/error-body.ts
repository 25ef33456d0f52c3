// The one shape of every error answer of the API, and the mapping from an error to it.
// Pure: the exception filter only logs and writes what this returns. No stack ever goes into a body.

import { HttpException, HttpStatus } from '@nestjs/common';
import type { Problem } from '@toile/flow-model';
import { NoDoneRunError, SynergyNotFoundError } from '../follow-up/follow-up.errors';
import { FormatError } from '../formats/format-error';
import {
  MatchParametersError,
  MatchRunNotDoneError,
  MatchRunNotFoundError,
} from '../match-runs/match-run.errors';
import {
  ConflictError,
  ContentMismatchError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  UnauthenticatedError,
  UnsupportedMediaTypeError,
  ValidationFailedError,
} from './domain-errors';

export interface ErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly problems: readonly Problem[];
}

const DOMAIN_STATUS: readonly [new (...args: never[]) => DomainError, number][] = [
  [ValidationFailedError, HttpStatus.BAD_REQUEST],
  [NotFoundError, HttpStatus.NOT_FOUND],
  [ConflictError, HttpStatus.CONFLICT],
  [UnauthenticatedError, HttpStatus.UNAUTHORIZED],
  [ForbiddenError, HttpStatus.FORBIDDEN],
  [UnsupportedMediaTypeError, HttpStatus.UNSUPPORTED_MEDIA_TYPE],
  [ContentMismatchError, HttpStatus.UNSUPPORTED_MEDIA_TYPE],
  [PayloadTooLargeError, HttpStatus.PAYLOAD_TOO_LARGE],
  [RateLimitedError, HttpStatus.TOO_MANY_REQUESTS],
  [SynergyNotFoundError, HttpStatus.NOT_FOUND],
  [NoDoneRunError, HttpStatus.NOT_FOUND],
];

/** Codes of the body-parser errors (`type` field) a client causes, with their status. */
const BODY_PARSER_STATUS: Readonly<Record<string, [number, string]>> = {
  'entity.too.large': [413, 'payload-too-large'],
  'entity.parse.failed': [400, 'malformed-body'],
  'entity.verify.failed': [400, 'malformed-body'],
  'encoding.unsupported': [415, 'unsupported-media-type'],
  'charset.unsupported': [415, 'unsupported-media-type'],
  'request.aborted': [400, 'request-aborted'],
  'request.size.invalid': [400, 'malformed-body'],
  'stream.encoding.set': [500, 'internal-error'],
};

function codeOfStatus(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  return name === undefined ? `http-${status}` : name.toLowerCase().replace(/_/gu, '-');
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join(' ; ');
  return typeof message === 'string' ? message : exception.message;
}

/** The error answer for any thrown value; `internal` is true when the fault is the server's (log it). */
export function errorBodyOf(exception: unknown): { body: ErrorBody; internal: boolean } {
  const body = (statusCode: number, code: string, message: string, problems: readonly Problem[] = []) => ({
    body: { statusCode, code, message, problems },
    internal: statusCode >= 500,
  });
  if (exception instanceof DomainError) {
    const status = DOMAIN_STATUS.find(([type]) => exception instanceof type)?.[1] ?? HttpStatus.BAD_REQUEST;
    return body(status, exception.code, exception.message, exception.problems);
  }
  if (exception instanceof FormatError)
    return body(400, 'format-error', exception.message, exception.problems);
  if (exception instanceof MatchParametersError) {
    return body(400, 'validation-failed', exception.message, exception.problems);
  }
  if (exception instanceof MatchRunNotFoundError) return body(404, 'not-found', exception.message);
  if (exception instanceof MatchRunNotDoneError) return body(409, 'match-run-not-done', exception.message);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return status >= 500
      ? body(status, codeOfStatus(status), 'Erreur interne du serveur')
      : body(status, codeOfStatus(status), messageOf(exception));
  }
  const type = (exception as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && type in BODY_PARSER_STATUS) {
    const [status, code] = BODY_PARSER_STATUS[type];
    if (status < 500) return body(status, code, `@toile/api: ${(exception as Error).message}`);
  }
  return body(500, 'internal-error', 'Erreur interne du serveur');
}
