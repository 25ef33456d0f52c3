// Unit tests of the sign-in failure messages: 401, 429 with and without Retry-After, 400, network, others.

import { DEFAULT_RETRY_AFTER_S, signInFailure } from './sign-in-error';

describe('signInFailure', () => {
  it('names wrong credentials and rate limits with the wait in seconds', () => {
    expect(signInFailure({ kind: 'http', status: 401 })).toEqual({
      kind: 'credentials',
      message: 'Identifiants incorrects',
    });
    expect(signInFailure({ kind: 'http', status: 429, retryAfterS: 12.2 }).message).toBe(
      'Trop de tentatives, réessayez dans 13 s',
    );
    for (const retryAfterS of [undefined, Number.NaN, 0, -3]) {
      expect(signInFailure({ kind: 'http', status: 429, retryAfterS }).message).toBe(
        `Trop de tentatives, réessayez dans ${DEFAULT_RETRY_AFTER_S} s`,
      );
    }
  });

  it('tells a network failure, a malformed form and a server error apart', () => {
    expect(signInFailure({ kind: 'network' }).kind).toBe('network');
    expect(signInFailure({ kind: 'network' }).message).toMatch(/^Serveur injoignable/);
    expect(signInFailure({ kind: 'http', status: 400 }).kind).toBe('invalid');
    expect(signInFailure({ kind: 'http', status: 503 })).toEqual({
      kind: 'server',
      message: 'Connexion impossible : le serveur a répondu 503. Réessayez plus tard.',
    });
  });
});
