// Unit tests of the session: token expiry, Bearer header, one shared refresh on a 401 with rotation,
// sign-in errors, restore from the tab's storage and sign-out, against a scripted fake fetch.

import {
  EXPIRY_MARGIN_MS,
  isAccessTokenFresh,
  REFRESH_TOKEN_KEY,
  Session,
  type SessionAnswer,
} from './session';

const T0 = Date.parse('2026-11-28T12:00:00Z');
const USER = { id: 'u1', email: 'admin@toile.test', role: 'admin' as const };

function answer(n: number, nowMs: number): SessionAnswer {
  return {
    accessToken: `access-${n}`,
    expiresAt: new Date(nowMs + 15 * 60_000).toISOString(),
    refreshToken: `refresh-${n}`,
    user: USER,
  };
}

interface Call {
  readonly url: string;
  readonly method: string;
  readonly authorization: string | null;
  readonly body: unknown;
}

/** A fake server: protected GETs accept only the latest access token; refresh accepts only the latest refresh token. */
function fakeServer() {
  const calls: Call[] = [];
  const state = { now: T0, generation: 0, refreshRefused: false, signInStatus: 200, retryAfter: '' };
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, string>) : undefined;
    calls.push({ url, method: init?.method ?? 'GET', authorization: headers.get('Authorization'), body });
    await Promise.resolve();
    if (url.endsWith('/auth/sign-in')) {
      if (state.signInStatus !== 200)
        return json(state.signInStatus, {}, state.retryAfter ? { 'Retry-After': state.retryAfter } : {});
      state.generation++;
      return json(200, answer(state.generation, state.now));
    }
    if (url.endsWith('/auth/refresh')) {
      if (state.refreshRefused || body?.refreshToken !== `refresh-${state.generation}`) return json(401, {});
      state.generation++;
      return json(200, answer(state.generation, state.now));
    }
    if (url.endsWith('/auth/sign-out')) return new Response(null, { status: 204 });
    return headers.get('Authorization') === `Bearer access-${state.generation}`
      ? json(200, { ok: true })
      : json(401, {});
  };
  return { calls, state, fetch };
}

function setup(stored?: string) {
  const server = fakeServer();
  const storage = new Map<string, string>(stored ? [[REFRESH_TOKEN_KEY, stored]] : []);
  const session = new Session({
    fetch: server.fetch,
    storage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    },
    now: () => server.state.now,
    base: 'http://api',
  });
  return { server, storage, session };
}

describe('isAccessTokenFresh', () => {
  const end = new Date(T0 + 60_000).toISOString();
  it('is fresh until the margin before the end, stale after, and without or with a bad date', () => {
    expect(isAccessTokenFresh(end, T0)).toBe(true);
    expect(isAccessTokenFresh(end, T0 + 60_000 - EXPIRY_MARGIN_MS + 1)).toBe(false);
    expect(isAccessTokenFresh(end, T0 + 61_000)).toBe(false);
    expect(isAccessTokenFresh(undefined, T0)).toBe(false);
    expect(isAccessTokenFresh('not a date', T0)).toBe(false);
  });
});

describe('Session', () => {
  it('sends no Authorization header when anonymous and never tries to refresh', async () => {
    const { server, session } = setup();
    const response = await session.fetch('http://api/api/territories/x/match-runs', { method: 'POST' });
    expect(response.status).toBe(401);
    expect(server.calls.map((c) => [c.url, c.authorization])).toEqual([
      ['http://api/api/territories/x/match-runs', null],
    ]);
  });

  it('signs in, keeps the refresh token in storage only, and attaches the Bearer token', async () => {
    const { server, storage, session } = setup();
    const changes: unknown[] = [];
    session.onChange((u) => changes.push(u?.email ?? null));
    const user = await session.signIn('admin@toile.test', 'secret-password');
    expect(user.role).toBe('admin');
    expect(storage.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect([...storage.values()]).not.toContain('access-1');
    expect((await session.fetch('http://api/api/territories')).status).toBe(200);
    expect(server.calls.at(-1)?.authorization).toBe('Bearer access-1');
    expect(changes).toEqual(['admin@toile.test']);
  });

  it('refreshes once on a 401, stores the rotated refresh token and retries with the new access token', async () => {
    const { server, storage, session } = setup();
    await session.signIn('admin@toile.test', 'pw');
    server.state.generation = 5; // the server no longer accepts access-1 (revoked, clock skew…)
    storage.set(REFRESH_TOKEN_KEY, 'refresh-5');
    const response = await session.fetch('http://api/api/territories');
    expect(response.status).toBe(200);
    expect(server.calls.slice(1).map((c) => [c.url.replace('http://api/api', ''), c.authorization])).toEqual([
      ['/territories', 'Bearer access-1'],
      ['/auth/refresh', null],
      ['/territories', 'Bearer access-6'],
    ]);
    expect(storage.get(REFRESH_TOKEN_KEY)).toBe('refresh-6');
  });

  it('shares one refresh between concurrent 401s (the old refresh token dies with its first use)', async () => {
    const { server, storage, session } = setup();
    await session.signIn('admin@toile.test', 'pw');
    server.state.generation = 2;
    storage.set(REFRESH_TOKEN_KEY, 'refresh-2');
    const answers = await Promise.all([1, 2, 3].map(() => session.fetch('http://api/api/territories')));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(server.calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(session.signedIn).toBe(true);
  });

  it('renews a token about to expire before sending the request', async () => {
    const { server, session } = setup();
    await session.signIn('admin@toile.test', 'pw');
    server.state.now += 15 * 60_000 - EXPIRY_MARGIN_MS + 1_000;
    expect((await session.fetch('http://api/api/territories')).status).toBe(200);
    expect(server.calls.slice(1).map((c) => c.url.replace('http://api/api', ''))).toEqual([
      '/auth/refresh',
      '/territories',
    ]);
    expect(server.calls.at(-1)?.authorization).toBe('Bearer access-2');
  });

  it('ends the session when the refresh is refused, and returns the 401 without a second retry', async () => {
    const { server, storage, session } = setup();
    await session.signIn('admin@toile.test', 'pw');
    const changes: unknown[] = [];
    session.onChange((u) => changes.push(u));
    server.state.generation = 9;
    server.state.refreshRefused = true;
    const response = await session.fetch('http://api/api/territories');
    expect(response.status).toBe(401);
    expect(server.calls.filter((c) => c.url.endsWith('/territories'))).toHaveLength(1);
    expect(session.signedIn).toBe(false);
    expect(storage.has(REFRESH_TOKEN_KEY)).toBe(false);
    expect(changes).toEqual([null]);
  });

  it('restores the tab session from the stored refresh token, and stays anonymous without one', async () => {
    const stored = setup('refresh-0');
    expect((await stored.session.restore())?.email).toBe('admin@toile.test');
    expect(stored.storage.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    const empty = setup();
    expect(await empty.session.restore()).toBeNull();
    expect(empty.server.calls).toEqual([]);
  });

  it('signs out: revokes the refresh token on the server and forgets everything', async () => {
    const { server, storage, session } = setup();
    await session.signIn('admin@toile.test', 'pw');
    await session.signOut();
    expect(server.calls.at(-1)).toMatchObject({ method: 'POST', body: { refreshToken: 'refresh-1' } });
    expect(server.calls.at(-1)?.url).toBe('http://api/api/auth/sign-out');
    expect(storage.size).toBe(0);
    expect(session.user).toBeNull();
    await session.fetch('http://api/api/territories');
    expect(server.calls.at(-1)?.authorization).toBeNull();
  });

  it('turns sign-in failures into the French messages of the form', async () => {
    const { server, session } = setup();
    server.state.signInStatus = 401;
    await expect(session.signIn('a@b.fr', 'wrong')).rejects.toThrow('Identifiants incorrects');
    server.state.signInStatus = 429;
    server.state.retryAfter = '42';
    await expect(session.signIn('a@b.fr', 'wrong')).rejects.toThrow(
      'Trop de tentatives, réessayez dans 42 s',
    );
    const offline = new Session({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      storage: null,
      now: () => T0,
      base: '',
    });
    await expect(offline.signIn('a@b.fr', 'pw')).rejects.toThrow(/Serveur injoignable/);
    expect(session.signedIn).toBe(false);
  });
});
