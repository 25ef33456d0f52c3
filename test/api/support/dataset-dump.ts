// The rows of the dataset tables only (territories, zones, sites, flows), in a stable order: to check that an
// operation (a scenario run, a refused edit) left the stored territory as it was.

import type { DataSource } from 'typeorm';

const DATASET_TABLES = ['territories', 'zones', 'sites', 'flows'] as const;

export async function dumpDatasetTables(ds: DataSource): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of DATASET_TABLES) {
    const rows = (await ds.query(`SELECT * FROM "${table}"`)) as Record<string, unknown>[];
    dump[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}
