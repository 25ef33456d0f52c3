// The API's configuration: environment variables validated once at start-up (zod) into a typed object.
// Relative paths are resolved against the working directory (run the server from the repository root).

import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { type AuthSettings, DEFAULT_AUTH_SETTINGS, SECRET_MIN_LENGTH } from '../auth/auth-settings';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password';
import {
  DEFAULT_RATE_LIMIT_SETTINGS,
  DEFAULT_SECURITY_SETTINGS,
  splitOrigins,
  validateOriginList,
  type SecuritySettings,
} from '../security/security-settings';

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig =
  | { readonly type: 'sqlite'; /** Absolute path of the SQLite file, or `:memory:`. */ readonly path: string }
  | { readonly type: 'postgres'; readonly url: string };

export interface AppConfig {
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly logLevel: LogLevel;
  /** Absolute path of the built viewer served at `/`. */
  readonly viewerDir: string;
  readonly seedDemo: boolean;
  /** CORS origins (`CORS_ORIGINS`), extra CSP image origins (`TILE_ORIGINS`), rate limits (`RATE_LIMIT_…`). */
  readonly security: SecuritySettings;
  /** Tokens and the first admin (`TOILE_SECRET`, `ACCESS_TOKEN_TTL_S`, `TOILE_ADMIN_EMAIL`, `TOILE_ADMIN_PASSWORD`). */
  readonly auth: AuthSettings;
}

export const DEFAULT_APP_CONFIG = Object.freeze({
  port: 3000,
  databasePath: './data/toile.sqlite',
  logLevel: 'log' as LogLevel,
  viewerDir: 'apps/viewer/dist',
  seedDemo: true,
});

/** A bad environment variable: the message names it and says why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly issues: readonly { readonly variable: string; readonly reason: string }[]) {
    super(
      `@toile/api: configuration invalide : ${issues.map((i) => `${i.variable} (${i.reason})`).join(' ; ')}`,
    );
  }
}

const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const booleanText = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => ['true', 'false', '1', '0', 'yes', 'no'].includes(s), {
    message: 'attendu true ou false',
  })
  .transform((s) => s === 'true' || s === '1' || s === 'yes');

const originList = z
  .string()
  .superRefine((text, ctx) => {
    const reason = validateOriginList(text);
    if (reason !== null) ctx.addIssue({ code: 'custom', message: reason });
  })
  .transform((text) => Object.freeze(splitOrigins(text)))
  .optional();

/** A count of requests per client IP and window (rate limits), default `fallback`. */
const requestCount = (fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'attendu un nombre entier de requêtes' })
      .int('attendu un nombre entier de requêtes')
      .min(1, 'au moins 1')
      .default(fallback),
  );

const ENV_SCHEMA = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'attendu un nombre entier' })
      .int('attendu un nombre entier')
      .min(0, 'attendu entre 0 et 65535')
      .max(65535, 'attendu entre 0 et 65535')
      .default(DEFAULT_APP_CONFIG.port),
  ),
  DATABASE_PATH: z.preprocess(blankToUndefined, z.string().optional()),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/u, 'attendu sqlite:<fichier> ou postgres://…')
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(LOG_LEVELS, { message: `attendu l’un de ${LOG_LEVELS.join(', ')}` })
      .default(DEFAULT_APP_CONFIG.logLevel),
  ),
  VIEWER_DIR: z.preprocess(blankToUndefined, z.string().default(DEFAULT_APP_CONFIG.viewerDir)),
  SEED_DEMO: z.preprocess(blankToUndefined, booleanText.optional()),
  CORS_ORIGINS: z.preprocess(blankToUndefined, originList),
  TILE_ORIGINS: z.preprocess(blankToUndefined, originList),
  RATE_LIMIT_WINDOW_S: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'attendu un nombre entier de secondes' })
      .int('attendu un nombre entier de secondes')
      .min(1, 'au moins 1 s')
      .max(86400, 'au plus 86400 s (un jour)')
      .default(DEFAULT_RATE_LIMIT_SETTINGS.windowS),
  ),
  RATE_LIMIT_AUTH: requestCount(DEFAULT_RATE_LIMIT_SETTINGS.authRequests),
  RATE_LIMIT_WRITE: requestCount(DEFAULT_RATE_LIMIT_SETTINGS.writeRequests),
  RATE_LIMIT_READ: requestCount(DEFAULT_RATE_LIMIT_SETTINGS.readRequests),
  TOILE_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(SECRET_MIN_LENGTH, `au moins ${SECRET_MIN_LENGTH} caractères`).optional(),
  ),
  ACCESS_TOKEN_TTL_S: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'attendu un nombre entier de secondes' })
      .int('attendu un nombre entier de secondes')
      .min(30, 'au moins 30 s')
      .max(86400, 'au plus 86400 s (un jour)')
      .default(DEFAULT_AUTH_SETTINGS.accessTokenTtlS),
  ),
  TOILE_ADMIN_EMAIL: z.preprocess(blankToUndefined, z.email('adresse e-mail invalide').optional()),
  TOILE_ADMIN_PASSWORD: z.preprocess(
    blankToUndefined,
    z
      .string()
      .min(PASSWORD_MIN_LENGTH, `au moins ${PASSWORD_MIN_LENGTH} caractères`)
      .max(PASSWORD_MAX_LENGTH, `au plus ${PASSWORD_MAX_LENGTH} caractères`)
      .optional(),
  ),
});

function absolute(path: string, cwd: string): string {
  return path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path);
}

function databaseOf(path: string | undefined, url: string | undefined, cwd: string): DatabaseConfig {
  if (url === undefined)
    return { type: 'sqlite', path: absolute(path ?? DEFAULT_APP_CONFIG.databasePath, cwd) };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/u, '');
    if (file === '')
      throw new ConfigError([{ variable: 'DATABASE_URL', reason: 'chemin du fichier SQLite vide' }]);
    return { type: 'sqlite', path: absolute(file, cwd) };
  }
  return { type: 'postgres', url };
}

/**
 * The configuration read from `env` (default `process.env`), validated once. Throws a ConfigError naming
 * every bad variable; `DATABASE_URL`, when set, wins over `DATABASE_PATH`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), reason: issue.message })),
    );
  }
  const value = parsed.data;
  if ((value.TOILE_ADMIN_EMAIL === undefined) !== (value.TOILE_ADMIN_PASSWORD === undefined)) {
    const missing = value.TOILE_ADMIN_EMAIL === undefined ? 'TOILE_ADMIN_EMAIL' : 'TOILE_ADMIN_PASSWORD';
    throw new ConfigError([
      { variable: missing, reason: 'à donner avec son pendant (e-mail et mot de passe)' },
    ]);
  }
  return Object.freeze({
    port: value.PORT,
    database: Object.freeze(databaseOf(value.DATABASE_PATH, value.DATABASE_URL, cwd)),
    logLevel: value.LOG_LEVEL,
    viewerDir: absolute(value.VIEWER_DIR, cwd),
    seedDemo: value.SEED_DEMO ?? DEFAULT_APP_CONFIG.seedDemo,
    security: Object.freeze({
      corsOrigins: value.CORS_ORIGINS ?? DEFAULT_SECURITY_SETTINGS.corsOrigins,
      imageOrigins: value.TILE_ORIGINS ?? DEFAULT_SECURITY_SETTINGS.imageOrigins,
      rateLimits: Object.freeze({
        windowS: value.RATE_LIMIT_WINDOW_S,
        authRequests: value.RATE_LIMIT_AUTH,
        writeRequests: value.RATE_LIMIT_WRITE,
        readRequests: value.RATE_LIMIT_READ,
      }),
    }),
    auth: Object.freeze({
      ...DEFAULT_AUTH_SETTINGS,
      secret: value.TOILE_SECRET ?? null,
      accessTokenTtlS: value.ACCESS_TOKEN_TTL_S,
      bootstrapAdmin:
        value.TOILE_ADMIN_EMAIL !== undefined && value.TOILE_ADMIN_PASSWORD !== undefined
          ? Object.freeze({
              email: value.TOILE_ADMIN_EMAIL.toLowerCase(),
              password: value.TOILE_ADMIN_PASSWORD,
            })
          : null,
    }),
  });
}

/** The Nest logger levels shown at a given level (each level includes the more severe ones, and `fatal`). */
export function loggerLevels(level: LogLevel): ('fatal' | LogLevel)[] {
  return ['fatal', ...LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1)];
}

/** Nest injection token of the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
