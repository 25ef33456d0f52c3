// One unit of database work at a time per data source. TypeORM's SQLite driver shares ONE connection between
// all queries, so a transaction must never interleave with another's statements: every dataset read and write
// runs as a unit here, and installSqliteGate makes every other writer's statements and transactions wait for it.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** A FIFO lock: `acquire` resolves when every earlier holder has released. */
class Gate {
  private tail: Promise<void> = Promise.resolve();
  owner: symbol | undefined;

  async acquire(token: symbol): Promise<() => void> {
    const previous = this.tail;
    let open!: () => void;
    this.tail = new Promise<void>((resolve) => (open = resolve));
    await previous;
    this.owner = token;
    return () => {
      this.owner = undefined;
      open();
    };
  }
}

const gates = new WeakMap<DataSource, Gate>();
const unit = new AsyncLocalStorage<symbol>();
/** The owner mark of a transaction started outside any unit (e.g. a repository `save`). */
const FOREIGN_TRANSACTION = Symbol('foreign-transaction');

function gateOf(ds: DataSource): Gate {
  let gate = gates.get(ds);
  if (gate === undefined) gates.set(ds, (gate = new Gate()));
  return gate;
}

/** Runs `work` alone on the data source, after every earlier unit; re-entrant within the same unit. */
export async function serialized<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  const gate = gateOf(ds);
  const current = unit.getStore();
  if (current !== undefined && gate.owner === current) return work();
  const token = Symbol('unit');
  const release = await gate.acquire(token);
  try {
    return await unit.run(token, work);
  } finally {
    release();
  }
}

/** Runs `work` in one transaction, as a unit (see `serialized`). */
export function inTransaction<T>(ds: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return serialized(ds, () => ds.transaction(work));
}

/**
 * For SQLite: makes the shared connection respect the units. A statement from outside the unit holding the
 * gate waits for it; a transaction started outside any unit holds the gate until it commits or rolls back.
 * Call once, after `initialize()`. No effect on PostgreSQL (each transaction has its own pooled connection).
 */
export function installSqliteGate(ds: DataSource): void {
  if (ds.options.type !== 'sqlite') return;
  const gate = gateOf(ds);
  const runner = ds.driver.createQueryRunner('master') as QueryRunner & { __toileGate?: true };
  if (runner.__toileGate) return;
  runner.__toileGate = true;
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  const start = runner.startTransaction.bind(runner);
  const commit = runner.commitTransaction.bind(runner);
  const rollback = runner.rollbackTransaction.bind(runner);
  let foreignRelease: (() => void) | undefined;

  const ownsGate = (): boolean =>
    gate.owner === undefined || gate.owner === FOREIGN_TRANSACTION || gate.owner === unit.getStore();

  runner.query = ((...args: unknown[]) =>
    ownsGate() ? query(...args) : serialized(ds, () => query(...args))) as QueryRunner['query'];

  runner.startTransaction = async (isolation) => {
    if (runner.isTransactionActive || (gate.owner !== undefined && gate.owner === unit.getStore())) {
      return start(isolation);
    }
    const release = await gate.acquire(FOREIGN_TRANSACTION);
    try {
      await start(isolation);
      foreignRelease = release;
    } catch (error) {
      release();
      throw error;
    }
  };

  const ending = (end: () => Promise<void>) => async () => {
    try {
      await end();
    } finally {
      if (!runner.isTransactionActive && foreignRelease !== undefined) {
        const release = foreignRelease;
        foreignRelease = undefined;
        release();
      }
    }
  };
  runner.commitTransaction = ending(commit);
  runner.rollbackTransaction = ending(rollback);
}
