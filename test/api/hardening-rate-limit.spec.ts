// End-to-end tests of rate limiting: with low limits set by environment, the N+1-th request of a kind is
// refused with 429, the standard error body and Retry-After, while the other kinds keep their own bucket.

import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AppModule } from '@toile/api/src/app.module';
import { AccountsService } from '@toile/api/src/auth/accounts.service';
import { TokensService } from '@toile/api/src/auth/tokens.service';
import { ConfigError, loadConfig } from '@toile/api/src/config/app-config';
import { configureApp } from '@toile/api/src/configure-app';
import { RateLimitModule } from '@toile/api/src/security/rate-limit.module';

const ADMIN = { email: 'admin@toile.test', password: 'mot-de-passe-admin-e2e' };
const LIMITS = {
  RATE_LIMIT_AUTH: '3',
  RATE_LIMIT_WRITE: '5',
  RATE_LIMIT_READ: '8',
  RATE_LIMIT_WINDOW_S: '60',
};

interface LimitedApp {
  readonly app: NestExpressApplication;
  readonly bearer: string;
  close(): Promise<void>;
}

/** The real app with RateLimitModule, whether or not the root module imports it already. */
async function startLimitedApp(): Promise<LimitedApp> {
  const dir = mkdtempSync(join(tmpdir(), 'toile-rate-'));
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'toile.sqlite'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    TOILE_ADMIN_EMAIL: ADMIN.email,
    TOILE_ADMIN_PASSWORD: ADMIN.password,
    ...LIMITS,
  });
  const root = AppModule.forRoot(config);
  const imports = root.imports ?? [];
  const wired = imports.some((m) => (m as DynamicModule).module === RateLimitModule);
  const module: DynamicModule = wired
    ? root
    : { ...root, imports: [...imports, RateLimitModule.forRoot(config.security.rateLimits)] };
  const app = await NestFactory.create<NestExpressApplication>(module, { bodyParser: false, logger: false });
  configureApp(app, { viewerDir: null, security: config.security });
  await app.init();
  const admin = (await app.get(AccountsService).findByEmail(ADMIN.email))!;
  const bearer = `Bearer ${app.get(TokensService).signAccess(admin.id).token}`;
  return {
    app,
    bearer,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function expectRateLimited(res: request.Response): void {
  expect(res.status).toBe(429);
  expect(res.body).toEqual({
    statusCode: 429,
    code: 'rate-limited',
    message: expect.stringMatching(/trop de requêtes/u),
    problems: [],
  });
  const retryAfterS = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfterS)).toBe(true);
  expect(retryAfterS).toBeGreaterThanOrEqual(1);
  expect(retryAfterS).toBeLessThanOrEqual(60);
}

describe('rate limiting', () => {
  let t: LimitedApp;
  const read = () => request(t.app.getHttpServer()).get('/api/territories').set('Authorization', t.bearer);
  const write = () =>
    request(t.app.getHttpServer()).post('/api/territories').set('Authorization', t.bearer).send({});
  const signIn = () =>
    request(t.app.getHttpServer())
      .post('/api/auth/sign-in')
      .send({ email: ADMIN.email, password: 'mauvais-mot-de-passe' });

  beforeEach(async () => {
    t = await startLimitedApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('refuses the read after the read limit with 429, the error body and Retry-After; writes still pass', async () => {
    for (let i = 0; i < 8; i += 1) expect((await read()).status).toBe(200);
    expectRateLimited(await read());
    expect((await read()).status).toBe(429);
    const res = await write();
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation-failed');
  });

  it('refuses the write after the write limit; reads still pass', async () => {
    for (let i = 0; i < 5; i += 1) expect((await write()).status).toBe(400);
    const res = await write();
    expectRateLimited(res);
    expect(res.body.message).toMatch(/écritures/u);
    expect((await read()).status).toBe(200);
  });

  it('refuses the sign-in attempt after the auth limit, wrong passwords counted', async () => {
    for (let i = 0; i < 3; i += 1) expect((await signIn()).status).toBe(401);
    const res = await signIn();
    expectRateLimited(res);
    expect(res.body.message).toMatch(/connexion/u);
    expect((await read()).status).toBe(200);
  });
});

describe('rate limit settings', () => {
  it.each([
    ['RATE_LIMIT_READ', 'beaucoup'],
    ['RATE_LIMIT_WRITE', '0'],
    ['RATE_LIMIT_AUTH', '2.5'],
    ['RATE_LIMIT_WINDOW_S', '0'],
  ])('refuses %s=%s with an error naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`${variable} \\(`, 'u'));
  });

  it('reads the limits from the environment over the defaults', () => {
    expect(loadConfig({ RATE_LIMIT_READ: '5000' }).security.rateLimits).toEqual({
      windowS: 60,
      authRequests: 10,
      writeRequests: 120,
      readRequests: 5000,
    });
  });
});
