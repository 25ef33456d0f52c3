// Opens the configured database (DATABASE_PATH or DATABASE_URL, migrations run on opening) for one command
// and always closes it, so the process can exit.

import type { DataSource } from 'typeorm';
import { loadConfig, type DatabaseConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';

export function describeDatabase(database: DatabaseConfig): string {
  return database.type === 'sqlite' ? database.path : database.url.replace(/\/\/[^@/]*@/, '//…@');
}

export async function withDataSource<T>(
  env: NodeJS.ProcessEnv,
  work: (dataSource: DataSource, database: string) => Promise<T>,
): Promise<T> {
  const config = loadConfig(env);
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  try {
    return await work(dataSource, describeDatabase(config.database));
  } finally {
    await dataSource.destroy();
  }
}
