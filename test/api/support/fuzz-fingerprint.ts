// An exact fingerprint of the whole SQLite database for the malformed-input fuzz: SHA-256 over every row of
// every table (migrations included), rows in a stable order; and a cheap write counter to skip unchanged states.

import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** SHA-256 (hex) of every table's rows, JSON-encoded and sorted; table names included. */
export async function databaseFingerprint(ds: DataSource): Promise<string> {
  const tables = (await ds.query(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  )) as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) {
    const rows = (await ds.query(`SELECT * FROM "${name}"`)) as Record<string, unknown>[];
    const lines = rows.map((row) => JSON.stringify(row)).sort();
    hash.update(`\u0000table:${name}:${lines.length}\u0000`);
    for (const line of lines) hash.update(`${line}\n`);
  }
  return hash.digest('hex');
}

/**
 * A counter that moves whenever anything may have been written: `total_changes()` counts every row inserted,
 * updated or deleted on the app's connection (rolled back ones too), `data_version` moves on any other
 * connection's commit. Unchanged counter ⇒ unchanged database; a moved one needs the full fingerprint.
 */
export async function writeCounter(ds: DataSource): Promise<string> {
  const [{ changes }] = (await ds.query('SELECT total_changes() AS changes')) as { changes: number }[];
  const [{ data_version: version }] = (await ds.query('PRAGMA data_version')) as { data_version: number }[];
  return `${changes}/${version}`;
}
