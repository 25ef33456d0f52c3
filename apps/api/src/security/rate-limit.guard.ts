// Rate limiting per client IP in three buckets: sign-in (`auth`), writes and reads. A request over a limit is
// refused with RateLimitedError (429 through the one exception filter) and a `Retry-After` header in seconds.

import { type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerOptions } from '@nestjs/throttler';
import { RateLimitedError } from '../errors/domain-errors';
import type { RateLimitSettings } from './security-settings';

export const RATE_LIMIT_KINDS = ['auth', 'write', 'read'] as const;
export type RateLimitKind = (typeof RATE_LIMIT_KINDS)[number];

/** French label of each bucket, for the 429 message. */
const KIND_LABELS: Readonly<Record<RateLimitKind, string>> = {
  auth: 'tentatives de connexion',
  write: 'écritures',
  read: 'lectures',
};

const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
const AUTH_PATH = /^\/api\/auth\//u;
const AUTH_RATE_LIMIT_KEY = 'toile:auth-rate-limit';
const KEY_PREFIX = 'toile-rate';

/** Puts a handler or controller under the strict sign-in limit (`POST /api/auth/*` already is). */
export const AuthRateLimit = () => SetMetadata(AUTH_RATE_LIMIT_KEY, true);

interface RequestLike {
  readonly method?: string;
  readonly originalUrl?: string;
  readonly url?: string;
}

function requestOf(context: ExecutionContext): RequestLike {
  return context.switchToHttp().getRequest<RequestLike>();
}

function isRead(context: ExecutionContext): boolean {
  return READ_METHODS.has((requestOf(context).method ?? 'GET').toUpperCase());
}

/** True for `POST /api/auth/*` and for handlers marked `@AuthRateLimit()`. */
export function isAuthRequest(context: ExecutionContext): boolean {
  const marked = [context.getHandler(), context.getClass()].some(
    (target) => Reflect.getMetadata(AUTH_RATE_LIMIT_KEY, target) === true,
  );
  if (marked) return true;
  const request = requestOf(context);
  const path = (request.originalUrl ?? request.url ?? '').split('?')[0];
  return (request.method ?? '').toUpperCase() === 'POST' && AUTH_PATH.test(path);
}

/** The three named throttlers of the settings; each applies only to its kind of request. */
export function throttlersOf(limits: RateLimitSettings): ThrottlerOptions[] {
  const ttl = limits.windowS * 1000;
  return [
    { name: 'auth', ttl, limit: limits.authRequests, skipIf: (context) => !isAuthRequest(context) },
    { name: 'write', ttl, limit: limits.writeRequests, skipIf: (context) => isRead(context) },
    { name: 'read', ttl, limit: limits.readRequests, skipIf: (context) => !isRead(context) },
  ];
}

/** One bucket per kind and client, across every route of that kind. */
export function rateLimitKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
  return `${KEY_PREFIX}:${throttlerName}:${tracker}`;
}

function kindOfKey(key: string): RateLimitKind | undefined {
  const name = key.split(':')[1];
  return RATE_LIMIT_KINDS.find((kind) => kind === name);
}

@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfterS = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    const response = context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>();
    response.setHeader('Retry-After', String(retryAfterS));
    const kind = kindOfKey(detail.key);
    throw new RateLimitedError(kind === undefined ? 'requêtes' : KIND_LABELS[kind], retryAfterS);
  }
}
