// The settings of accounts and tokens, read from the environment by app-config.ts:
// TOILE_SECRET, ACCESS_TOKEN_TTL_S, TOILE_ADMIN_EMAIL, TOILE_ADMIN_PASSWORD.

export interface AuthSettings {
  /** Signs access tokens and pseudonyms; null: generated once and kept in the database. */
  readonly secret: string | null;
  /** Lifetime of an access token, in seconds. */
  readonly accessTokenTtlS: number;
  /** Lifetime of a refresh token, in seconds. */
  readonly refreshTokenTtlS: number;
  /** The first admin, created when no account exists; null: `admin@toile.local` with a random password. */
  readonly bootstrapAdmin: { readonly email: string; readonly password: string } | null;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = Object.freeze({
  secret: null,
  accessTokenTtlS: 15 * 60,
  refreshTokenTtlS: 7 * 24 * 3600,
  bootstrapAdmin: null,
});

export const BOOTSTRAP_ADMIN_EMAIL = 'admin@toile.local';
export const SECRET_MIN_LENGTH = 32;
