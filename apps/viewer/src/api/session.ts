// The viewer's session: who is signed in and the tokens that prove it, and the one `fetch` every API call goes
// through (Bearer header, one transparent refresh on a 401 with rotation, sign-in, sign-out). No DOM here.

import { SignInError, signInFailure } from './sign-in-error';

export type Role = 'admin' | 'facilitator' | 'firm';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly displayName?: string | null;
  readonly territoryIds?: readonly string[];
}

/** What `POST /api/auth/sign-in` and `POST /api/auth/refresh` answer (apps/api/src/auth/README.md). */
export interface SessionAnswer {
  readonly accessToken: string;
  readonly expiresAt: string;
  readonly refreshToken: string;
  readonly refreshExpiresAt?: string;
  readonly user: SessionUser;
}

/** The parts of `sessionStorage` the session uses (a Map-backed fake in the unit tests). */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionDeps {
  readonly fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** null when the browser refuses storage (private mode settings): the session then lasts one page. */
  readonly storage: TokenStorage | null;
  readonly now: () => number;
  /** Root of the API, '' for the same origin. */
  readonly base: string;
}

export const REFRESH_TOKEN_KEY = 'toile.refreshToken';
/** An access token this close to its end is renewed before use rather than after a 401. */
export const EXPIRY_MARGIN_MS = 30_000;

/** True when the access token ending at `expiresAt` (ISO 8601) is still usable `marginMs` from `nowMs`. */
export function isAccessTokenFresh(
  expiresAt: string | undefined,
  nowMs: number,
  marginMs = EXPIRY_MARGIN_MS,
): boolean {
  if (expiresAt === undefined) return false;
  const endMs = Date.parse(expiresAt);
  return Number.isFinite(endMs) && endMs - nowMs > marginMs;
}

function withBearer(init: RequestInit | undefined, token: string | null): RequestInit {
  const headers = new Headers(init?.headers);
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  return { ...init, headers };
}

export class Session {
  // The access token stays in memory only: it opens every door for 15 minutes, so it is never written
  // anywhere a script or another tab could read it later, and a reload simply renews it.
  private accessToken: string | null = null;
  private expiresAt: string | undefined;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<(user: SessionUser | null) => void>();
  user: SessionUser | null = null;

  constructor(private readonly deps: SessionDeps) {}

  // The refresh token goes to sessionStorage, not localStorage nor memory: it survives a reload of the
  // page (no new sign-in at every F5) but dies with the tab, so a shared office computer does not stay
  // signed in for 7 days; each tab keeps its own rotating chain, so two tabs never race on one token.
  private get refreshToken(): string | null {
    try {
      return this.deps.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private set refreshToken(token: string | null) {
    try {
      if (token === null) this.deps.storage?.removeItem(REFRESH_TOKEN_KEY);
      else this.deps.storage?.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      // storage refused: the session ends with the page
    }
  }

  get signedIn(): boolean {
    return this.user !== null;
  }

  onChange(listener: (user: SessionUser | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private accept(answer: SessionAnswer): void {
    const changed = this.user?.id !== answer.user.id;
    this.accessToken = answer.accessToken;
    this.expiresAt = answer.expiresAt;
    this.refreshToken = answer.refreshToken;
    this.user = answer.user;
    if (changed) for (const listener of this.listeners) listener(this.user);
  }

  private clear(): void {
    const changed = this.user !== null;
    this.accessToken = null;
    this.expiresAt = undefined;
    this.refreshToken = null;
    this.user = null;
    if (changed) for (const listener of this.listeners) listener(null);
  }

  private post(path: string, body: unknown): Promise<Response> {
    return this.deps.fetch(`${this.deps.base}/api${path}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /**
   * A request with the access token. On a 401 the session is renewed once (a renewal already under way is
   * shared, since the old refresh token dies with the first use) and the request sent again; when renewal is
   * refused, the session ends and the last answer is returned as it is.
   */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    if (this.accessToken !== null && !isAccessTokenFresh(this.expiresAt, this.deps.now())) {
      await this.refresh();
    }
    const sent = this.accessToken;
    const response = await this.deps.fetch(url, withBearer(init, sent));
    if (response.status !== 401 || sent === null) return response;
    const renewed = this.accessToken !== sent || (await this.refresh());
    if (!renewed) return response;
    return this.deps.fetch(url, withBearer(init, this.accessToken));
  }

  /** Renews the access token with the stored refresh token; false (and signed out) when refused. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.renew().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async renew(): Promise<boolean> {
    const token = this.refreshToken;
    if (token === null) {
      this.clear();
      return false;
    }
    let response: Response;
    try {
      response = await this.post('/auth/refresh', { refreshToken: token });
    } catch {
      return false; // the network failed, not the session: keep it for the next try
    }
    if (!response.ok) {
      if (response.status < 500 && response.status !== 429) this.clear();
      return false;
    }
    this.accept((await response.json()) as SessionAnswer);
    return true;
  }

  /** At page load: the user of the tab's stored refresh token, or null (anonymous). */
  async restore(): Promise<SessionUser | null> {
    if (this.refreshToken === null) return null;
    await this.refresh();
    return this.user;
  }

  /** Signs in; throws a SignInError whose message is the French text to show. */
  async signIn(email: string, password: string): Promise<SessionUser> {
    let response: Response;
    try {
      response = await this.post('/auth/sign-in', { email, password });
    } catch {
      throw new SignInError(signInFailure({ kind: 'network' }));
    }
    if (!response.ok) {
      const retryAfterS = Number(response.headers.get('Retry-After') ?? Number.NaN);
      throw new SignInError(signInFailure({ kind: 'http', status: response.status, retryAfterS }));
    }
    this.accept((await response.json()) as SessionAnswer);
    return this.user as SessionUser;
  }

  /** Revokes the refresh token on the server (best effort) and forgets every token and the user. */
  async signOut(): Promise<void> {
    const token = this.refreshToken;
    this.clear();
    if (token === null) return;
    try {
      await this.post('/auth/sign-out', { refreshToken: token });
    } catch {
      // offline: the token is forgotten here and expires on the server within 7 days
    }
  }
}
