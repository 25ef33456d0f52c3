// The TypeORM data source of the API: SQLite (file created with its folder, WAL, foreign keys on) or
// PostgreSQL from DATABASE_URL; explicit entities and migrations, run on initialisation, never synchronize.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The data source options for a configuration (not connected). */
export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
  } as const;
  const db = config.database;
  if (db.type === 'postgres') return { ...common, type: 'postgres', url: db.url };
  if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  // The driver runs `PRAGMA foreign_keys = ON` on connection; enableWAL runs `PRAGMA journal_mode = WAL`.
  return {
    ...common,
    type: 'sqlite',
    database: db.path,
    enableWAL: db.path !== ':memory:',
    busyTimeout: 5000,
  };
}

/** A new data source for a configuration; `initialize()` connects it and runs pending migrations. */
export function createDataSource(config: Pick<AppConfig, 'database'>): DataSource {
  return new DataSource(dataSourceOptions(config));
}
