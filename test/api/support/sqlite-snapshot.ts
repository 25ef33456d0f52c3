// Inspects the SQLite file of a dead API on a copy (database + WAL, no shared-memory index, as after a crash):
// integrity check, foreign keys, a territory's row counts and name. The original stays as the process left it.

import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from 'sqlite3';
import { summarizeWal, type WalSummary } from './sqlite-wal';

export interface TerritoryRows {
  readonly name: string | null;
  readonly zones: number;
  readonly sites: number;
  readonly flows: number;
}

export interface SnapshotReport {
  /** `PRAGMA integrity_check` lines: `['ok']` when sound. */
  readonly integrity: readonly string[];
  /** `PRAGMA foreign_key_check` violations. */
  readonly foreignKeyViolations: number;
  readonly territory: TerritoryRows;
  /** What the WAL held when the process died (null: no WAL file). */
  readonly wal: WalSummary | null;
}

function all(db: Database, sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) =>
    db.all(sql, params, (error, rows) =>
      error ? reject(error) : resolve(rows as Record<string, unknown>[]),
    ),
  );
}

function open(path: string): Promise<Database> {
  return new Promise((resolve, reject) => {
    const db: Database = new Database(path, (error) => (error ? reject(error) : resolve(db)));
  });
}

function close(db: Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

async function countOf(db: Database, table: string, territoryId: string): Promise<number> {
  const [row] = await all(db, `SELECT COUNT(*) AS n FROM ${table} WHERE territory_id = ?`, [territoryId]);
  return Number(row.n);
}

/** A copy of a database file and its WAL, taken while no process has them open. */
export interface DatabaseSnapshot {
  readonly dir: string;
  readonly path: string;
  readonly wal: WalSummary | null;
}

/** Copies `databasePath` and its `-wal` (not the `-shm` index, rebuilt on open as after a crash), synchronously. */
export function snapshotDatabase(databasePath: string): DatabaseSnapshot {
  const dir = mkdtempSync(join(tmpdir(), 'toile-crash-snapshot-'));
  const path = join(dir, 'snapshot.sqlite');
  copyFileSync(databasePath, path);
  const walPath = `${databasePath}-wal`;
  if (!existsSync(walPath)) return { dir, path, wal: null };
  copyFileSync(walPath, `${path}-wal`);
  return { dir, path, wal: summarizeWal(readFileSync(walPath)) };
}

/** Inspects a snapshot (integrity, foreign keys, the territory's rows), then deletes it. */
export async function inspectSnapshot(
  snapshot: DatabaseSnapshot,
  territoryId: string,
): Promise<SnapshotReport> {
  try {
    const db = await open(snapshot.path);
    try {
      const integrity = (await all(db, 'PRAGMA integrity_check')).map((r) => String(r.integrity_check));
      const foreignKeyViolations = (await all(db, 'PRAGMA foreign_key_check')).length;
      const [territory] = await all(db, 'SELECT name FROM territories WHERE id = ?', [territoryId]);
      return {
        integrity,
        foreignKeyViolations,
        territory: {
          name: territory === undefined ? null : String(territory.name),
          zones: await countOf(db, 'zones', territoryId),
          sites: await countOf(db, 'sites', territoryId),
          flows: await countOf(db, 'flows', territoryId),
        },
        wal: snapshot.wal,
      };
    } finally {
      await close(db);
    }
  } finally {
    rmSync(snapshot.dir, { recursive: true, force: true });
  }
}
