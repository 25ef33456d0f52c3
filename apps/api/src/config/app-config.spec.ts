// Unit tests of loadConfig: defaults, paths resolved from the working directory, DATABASE_URL forms,
// and a clear error naming every bad variable.

import { ConfigError, loadConfig, loggerLevels } from './app-config';

const CWD = '/srv/toile';

describe('loadConfig', () => {
  it('has the documented defaults, paths resolved from the working directory', () => {
    expect(loadConfig({}, CWD)).toEqual({
      port: 3000,
      database: { type: 'sqlite', path: '/srv/toile/data/toile.sqlite' },
      logLevel: 'log',
      viewerDir: '/srv/toile/apps/viewer/dist',
      seedDemo: true,
      security: {
        corsOrigins: [],
        imageOrigins: [],
        rateLimits: { windowS: 60, authRequests: 10, writeRequests: 120, readRequests: 1200 },
      },
      auth: { secret: null, accessTokenTtlS: 900, refreshTokenTtlS: 604800, bootstrapAdmin: null },
    });
  });

  it('reads every variable; DATABASE_URL wins over DATABASE_PATH', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_PATH: 'ignored.sqlite',
        DATABASE_URL: 'postgres://toile:secret@db:5432/toile',
        LOG_LEVEL: 'debug',
        VIEWER_DIR: '/opt/viewer',
        SEED_DEMO: 'false',
        CORS_ORIGINS: 'https://eit.example.fr, http://localhost:5173/',
        TILE_ORIGINS: 'https://tile.openstreetmap.org',
        TOILE_SECRET: 'un-secret-de-trente-deux-caracteres-au-moins',
        ACCESS_TOKEN_TTL_S: '600',
        TOILE_ADMIN_EMAIL: 'Admin@Agglo.example',
        TOILE_ADMIN_PASSWORD: 'douze-caracteres-ou-plus',
        RATE_LIMIT_WINDOW_S: '30',
        RATE_LIMIT_AUTH: '5',
        RATE_LIMIT_WRITE: '60',
        RATE_LIMIT_READ: '600',
      },
      CWD,
    );
    expect(config).toEqual({
      port: 8080,
      database: { type: 'postgres', url: 'postgres://toile:secret@db:5432/toile' },
      logLevel: 'debug',
      viewerDir: '/opt/viewer',
      seedDemo: false,
      security: {
        corsOrigins: ['https://eit.example.fr', 'http://localhost:5173'],
        imageOrigins: ['https://tile.openstreetmap.org'],
        rateLimits: { windowS: 30, authRequests: 5, writeRequests: 60, readRequests: 600 },
      },
      auth: {
        secret: 'un-secret-de-trente-deux-caracteres-au-moins',
        accessTokenTtlS: 600,
        refreshTokenTtlS: 604800,
        bootstrapAdmin: { email: 'admin@agglo.example', password: 'douze-caracteres-ou-plus' },
      },
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:./x/y.sqlite' }, CWD).database).toEqual({
      type: 'sqlite',
      path: '/srv/toile/x/y.sqlite',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/toile.sqlite' }, CWD).database).toEqual({
      type: 'sqlite',
      path: '/var/lib/toile.sqlite',
    });
    expect(loadConfig({ DATABASE_PATH: ':memory:', PORT: '' }, CWD).database.type).toBe('sqlite');
  });

  it('names every bad variable with its reason', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', SEED_DEMO: 'perhaps', DATABASE_URL: 'mysql://x' }, CWD);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues.map((i) => i.variable).sort();
    expect(issues).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'SEED_DEMO']);
    expect((error as Error).message).toMatch(/^@toile\/api: configuration invalide : /u);
    expect(() => loadConfig({ PORT: '70000' }, CWD)).toThrow(/PORT/u);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://ok.fr,*' }, CWD)).toThrow(/CORS_ORIGINS.*\*/u);
    expect(() => loadConfig({ TILE_ORIGINS: 'tiles.example.fr/{z}' }, CWD)).toThrow(/TILE_ORIGINS/u);
    expect(() => loadConfig({ TOILE_SECRET: 'court' }, CWD)).toThrow(/TOILE_SECRET \(au moins 32/u);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL_S: '5' }, CWD)).toThrow(/ACCESS_TOKEN_TTL_S/u);
    expect(() => loadConfig({ TOILE_ADMIN_EMAIL: 'pas-un-mail' }, CWD)).toThrow(/TOILE_ADMIN_EMAIL/u);
    expect(() => loadConfig({ TOILE_ADMIN_EMAIL: 'a@b.fr' }, CWD)).toThrow(/TOILE_ADMIN_PASSWORD/u);
    expect(() => loadConfig({ TOILE_ADMIN_EMAIL: 'a@b.fr', TOILE_ADMIN_PASSWORD: 'court' }, CWD)).toThrow(
      /TOILE_ADMIN_PASSWORD \(au moins 12/u,
    );
  });

  it('maps a log level to the Nest levels it shows', () => {
    expect(loggerLevels('error')).toEqual(['fatal', 'error']);
    expect(loggerLevels('log')).toEqual(['fatal', 'error', 'warn', 'log']);
  });
});
