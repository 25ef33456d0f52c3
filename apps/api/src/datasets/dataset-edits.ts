// Changing one site or flow of a stored territory under the same rules as an import: the territory's whole
// dataset after the change is validated by flow-model, and the change is refused with every problem if it breaks one.

import type { DataSource, EntityManager } from 'typeorm';
import type { Flow } from '@toile/flow-model';
import { itemCreatedAudit, itemDeletedAudit, itemUpdatedAudit } from '../audit/audit-inputs';
import { appendAudit } from '../audit/record-audit';
import { FlowEntity, SiteEntity, TerritoryEntity } from '../database/entities';
import { inTransaction } from '../database/serialized';
import { ConflictError, NotFoundError, ValidationFailedError } from '../errors/domain-errors';
import { flowToRow, siteToRow, type SiteDoc } from './dataset-mappers';
import { datasetProblems, readDataset, type StoredDataset } from './dataset-store';

export type Collection = 'sites' | 'flows';
type Item<C extends Collection> = C extends 'sites' ? SiteDoc : Flow;

/** A partial item: a `null` value removes an optional field. */
export type ItemPatch = Readonly<Record<string, unknown>>;

const ENTITY = { sites: SiteEntity, flows: FlowEntity } as const;
const SINGULAR = { sites: 'site', flows: 'flow' } as const;

function applyPatch<T extends object>(current: T, patch: ItemPatch): T {
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

function assertValid(territoryId: string, next: StoredDataset): void {
  const problems = datasetProblems(territoryId, next);
  if (problems.length > 0) {
    throw new ValidationFailedError(
      problems,
      `@toile/api: modification refusée, le jeu de données du territoire aurait ${problems.length} problème(s)`,
    );
  }
}

function rowOf(collection: Collection, territoryId: string, item: object, position: number): object {
  return collection === 'sites'
    ? siteToRow(territoryId, item as SiteDoc, position)
    : flowToRow(territoryId, item as Flow, position);
}

async function nextPosition(
  manager: EntityManager,
  collection: Collection,
  territoryId: string,
): Promise<number> {
  const raw = await manager
    .createQueryBuilder(ENTITY[collection], 'item')
    .select('MAX(item.position)', 'max')
    .where('item.territoryId = :territoryId', { territoryId })
    .getRawOne<{ max: number | string | null }>();
  return raw?.max === null || raw?.max === undefined ? 0 : Number(raw.max) + 1;
}

async function touch(manager: EntityManager, territoryId: string): Promise<void> {
  await manager.update(TerritoryEntity, { id: territoryId }, { updatedAt: new Date().toISOString() });
}

function findItem<C extends Collection>(
  dataset: StoredDataset,
  collection: C,
  territoryId: string,
  id: string,
) {
  const items = dataset[collection] as readonly Item<C>[];
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw new NotFoundError(SINGULAR[collection], id, territoryId);
  return { items, index, item: items[index] };
}

/** The items of a collection of the territory, in stored order. */
export function listItems<C extends Collection>(ds: DataSource, territoryId: string, collection: C) {
  return inTransaction(
    ds,
    async (m) => (await readDataset(m, territoryId))[collection] as readonly Item<C>[],
  );
}

/** One item; NotFoundError when the territory or the item (in this territory) is unknown. */
export function getItem<C extends Collection>(
  ds: DataSource,
  territoryId: string,
  collection: C,
  id: string,
) {
  return inTransaction(
    ds,
    async (m) => findItem(await readDataset(m, territoryId), collection, territoryId, id).item,
  );
}

/** Adds an item at the end; ConflictError when the id is taken, ValidationFailedError when a rule breaks. */
export function addItem<C extends Collection>(
  ds: DataSource,
  territoryId: string,
  collection: C,
  item: Item<C>,
) {
  return inTransaction(ds, async (m): Promise<Item<C>> => {
    const current = await readDataset(m, territoryId);
    if ((current[collection] as readonly Item<C>[]).some((other) => other.id === item.id)) {
      throw new ConflictError(`${SINGULAR[collection]} « ${item.id} » existe déjà dans « ${territoryId} »`);
    }
    assertValid(territoryId, { ...current, [collection]: [...current[collection], item] });
    const position = await nextPosition(m, collection, territoryId);
    await m.insert(ENTITY[collection], rowOf(collection, territoryId, item, position) as never);
    await touch(m, territoryId);
    await appendAudit(m, itemCreatedAudit(territoryId, collection, item));
    return item;
  });
}

/** Merges `patch` into an item (null removes a field); the id cannot change. */
export function updateItem<C extends Collection>(
  ds: DataSource,
  territoryId: string,
  collection: C,
  id: string,
  patch: ItemPatch,
) {
  return inTransaction(ds, async (m): Promise<Item<C>> => {
    const current = await readDataset(m, territoryId);
    const { items, index, item } = findItem(current, collection, territoryId, id);
    const changed = applyPatch(item, { ...patch, id });
    assertValid(territoryId, { ...current, [collection]: items.map((x, i) => (i === index ? changed : x)) });
    const {
      territoryId: _t,
      id: _i,
      position: _p,
      ...columns
    } = rowOf(collection, territoryId, changed, 0) as {
      territoryId: string;
      id: string;
      position: number;
    };
    await m.update(ENTITY[collection], { territoryId, id }, columns as never);
    await touch(m, territoryId);
    await appendAudit(m, itemUpdatedAudit(territoryId, collection, item, changed));
    return changed;
  });
}

/** Deletes an item; deleting a site deletes its flows too. */
export function deleteItem(
  ds: DataSource,
  territoryId: string,
  collection: Collection,
  id: string,
): Promise<void> {
  return inTransaction(ds, async (m) => {
    const current = await readDataset(m, territoryId);
    const { item } = findItem(current, collection, territoryId, id);
    const next: StoredDataset =
      collection === 'sites'
        ? {
            ...current,
            sites: current.sites.filter((s) => s.id !== id),
            flows: current.flows.filter((f) => f.siteId !== id),
          }
        : { ...current, flows: current.flows.filter((f) => f.id !== id) };
    assertValid(territoryId, next);
    if (collection === 'sites') await m.delete(FlowEntity, { territoryId, siteId: id });
    await m.delete(ENTITY[collection], { territoryId, id });
    await touch(m, territoryId);
    const flowsRemoved =
      collection === 'sites' ? current.flows.filter((f) => f.siteId === id).map((f) => f.id) : [];
    await appendAudit(m, itemDeletedAudit(territoryId, collection, item, flowsRemoved));
  });
}
