// Who is behind the current request, reachable from any service without passing it down (AsyncLocalStorage):
// the audit log reads it. A middleware opens the store per request; the AuthGuard fills it in.
// Outside a request (CLI, first start) there is no store and `currentActor()` answers the system actor.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal';

export interface Actor {
  /** null for the public or the system. */
  readonly userId: string | null;
  /** E-mail of the account, `public`, or what the system call says (e.g. `cli`, `first-start`). */
  readonly label: string;
  readonly via: 'token' | 'api-key' | 'public' | 'system';
}

interface ActorStore {
  principal: Principal | null;
}

const storage = new AsyncLocalStorage<ActorStore>();

/** Express-style middleware: every request runs inside its own (empty) store. */
export function actorContextMiddleware(_req: unknown, _res: unknown, next: () => void): void {
  storage.run({ principal: null }, next);
}

/** Called by the AuthGuard once the caller is known. */
export function setRequestPrincipal(principal: Principal): void {
  const store = storage.getStore();
  if (store) store.principal = principal;
}

export function currentActor(systemLabel = 'système'): Actor {
  const principal = storage.getStore()?.principal;
  if (!principal) return { userId: null, label: systemLabel, via: 'system' };
  if (principal.kind === 'public') return { userId: null, label: 'public', via: 'public' };
  return { userId: principal.userId, label: principal.email, via: principal.via };
}
