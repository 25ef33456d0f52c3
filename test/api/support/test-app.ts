// An API app for end-to-end tests: the real configureApp on a real temporary SQLite file (migrated),
// optionally with the demo territory, and a full dump of every table to compare database states.
// `server` acts as the bootstrap admin (a bearer token is added to requests that carry no credentials);
// `anonymousServer` is the bare server; `createAccount` + `serverAs` act as any other account.

import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountsService, type NewAccount } from '@toile/api/src/auth/accounts.service';
import { TokensService } from '@toile/api/src/auth/tokens.service';
import { loadConfig } from '@toile/api/src/config/app-config';
import { createApp } from '@toile/api/src/create-app';
import { seedDemoIfEmpty } from '@toile/api/src/database/seed-demo';

export const TEST_ADMIN = Object.freeze({ email: 'admin@toile.test', password: 'mot-de-passe-admin-e2e' });

export interface TestAccount {
  readonly userId: string;
  readonly email: string;
  /** A bearer access token (valid for the whole test run). */
  readonly token: string;
}

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly ds: DataSource;
  /** A request handler for supertest that acts as the bootstrap admin unless the request brings credentials. */
  readonly server: RequestListener;
  /** The bare HTTP server: requests go without credentials (the public). */
  readonly anonymousServer: ReturnType<NestExpressApplication['getHttpServer']>;
  readonly admin: TestAccount;
  readonly databasePath: string;
  /** Creates an account (as the system) and signs it in. Passwords default to a valid one. */
  createAccount(account: Omit<NewAccount, 'password'> & { readonly password?: string }): Promise<TestAccount>;
  /** A request handler for supertest acting as this token (or as the public with null). */
  serverAs(token: string | null): RequestListener;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Import the demo territory (as on a first start). */
  readonly demo?: boolean;
  /** Serve this folder as the built viewer at `/` (default: no viewer). */
  readonly viewerDir?: string;
  /** Extra environment variables for loadConfig (e.g. CORS_ORIGINS). */
  readonly env?: Readonly<Record<string, string>>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'toile-api-e2e-'));
  const databasePath = join(dir, 'nested', 'toile.sqlite');
  const config = loadConfig({
    DATABASE_PATH: databasePath,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    TOILE_ADMIN_EMAIL: TEST_ADMIN.email,
    TOILE_ADMIN_PASSWORD: TEST_ADMIN.password,
    ACCESS_TOKEN_TTL_S: '86400',
    // Suites send thousands of requests from one address: the limits are tested on their own (hardening-rate-limit).
    RATE_LIMIT_READ: '1000000000',
    RATE_LIMIT_WRITE: '1000000000',
    RATE_LIMIT_AUTH: '1000000000',
    ...(options.viewerDir === undefined ? {} : { VIEWER_DIR: options.viewerDir }),
    ...options.env,
  });
  const app = await createApp(config, { serveViewer: options.viewerDir !== undefined, logger: false });
  const ds = app.get<DataSource>(getDataSourceToken());
  if (options.demo) await seedDemoIfEmpty(ds);
  const accounts = app.get(AccountsService);
  const tokens = app.get(TokensService);
  const signedIn = async (userId: string, email: string): Promise<TestAccount> => ({
    userId,
    email,
    token: tokens.signAccess(userId).token,
  });
  const adminUser = (await accounts.findByEmail(TEST_ADMIN.email))!;
  const admin = await signedIn(adminUser.id, adminUser.email);
  const express = app.getHttpAdapter().getInstance() as RequestListener;
  const serverAs =
    (token: string | null): RequestListener =>
    (req: IncomingMessage, res: ServerResponse) => {
      if (
        token !== null &&
        req.headers.authorization === undefined &&
        req.headers['x-api-key'] === undefined
      ) {
        req.headers.authorization = `Bearer ${token}`;
      }
      express(req, res);
    };
  return {
    app,
    ds,
    server: serverAs(admin.token),
    anonymousServer: app.getHttpServer(),
    admin,
    databasePath,
    async createAccount(account) {
      const view = await accounts.create({ password: 'mot-de-passe-de-test', ...account }, null);
      return signedIn(view.id, view.email);
    },
    serverAs,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table (migrations table included), in a stable order: a whole-database snapshot. */
export async function dumpDatabase(ds: DataSource): Promise<Record<string, unknown[]>> {
  const tables = (await ds.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  )) as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const rows = (await ds.query(`SELECT * FROM "${name}"`)) as Record<string, unknown>[];
    dump[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}
