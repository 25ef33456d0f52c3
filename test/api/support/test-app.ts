// An API app for end-to-end tests: the real configureApp on a real temporary SQLite file (migrated),
// optionally with the demo territory, and a full dump of every table to compare database states.

import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@toile/api/src/config/app-config';
import { createApp } from '@toile/api/src/create-app';
import { seedDemoIfEmpty } from '@toile/api/src/database/seed-demo';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly ds: DataSource;
  /** The HTTP server for supertest. */
  readonly server: ReturnType<NestExpressApplication['getHttpServer']>;
  readonly databasePath: string;
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
    ...(options.viewerDir === undefined ? {} : { VIEWER_DIR: options.viewerDir }),
    ...options.env,
  });
  const app = await createApp(config, { serveViewer: options.viewerDir !== undefined, logger: false });
  const ds = app.get<DataSource>(getDataSourceToken());
  if (options.demo) await seedDemoIfEmpty(ds);
  return {
    app,
    ds,
    server: app.getHttpServer(),
    databasePath,
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
