// One unit of database work at a time per data source: TypeORM's SQLite driver shares a single connection,
// so two transactions must never interleave. Every multi-statement read or write of a dataset goes through here.

import type { DataSource, EntityManager } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/** Runs `work` after every earlier call on the same data source has settled. */
export function serialized<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(ds) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    ds,
    next.catch(() => undefined),
  );
  return next;
}

/** Runs `work` in one transaction, serialized with every other dataset operation of the data source. */
export function inTransaction<T>(ds: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return serialized(ds, () => ds.transaction(work));
}
