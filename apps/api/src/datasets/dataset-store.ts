// Storing and reading a territory's whole dataset: import validates with flow-model and replaces the
// territory's zones, sites and flows in ONE transaction (all or nothing); export rebuilds the document in order.

import type { DataSource, EntityManager } from 'typeorm';
import { DATASET_FORMAT, type Dataset, type Flow, type Problem, validateDataset } from '@toile/flow-model';
import { importAudit } from '../audit/audit-inputs';
import type { ImportFormat } from '../audit/audit-summary';
import { appendAudit } from '../audit/record-audit';
import { FlowEntity, SiteEntity, TerritoryEntity, ZoneEntity } from '../database/entities';
import { inTransaction } from '../database/serialized';
import { NotFoundError, ValidationFailedError } from '../errors/domain-errors';
import {
  flowToDoc,
  flowToRow,
  siteToDoc,
  siteToRow,
  type SiteDoc,
  territoryToDoc,
  type TerritoryDoc,
  zoneToDoc,
  zoneToRow,
  type ZoneDoc,
} from './dataset-mappers';

/** Rows per INSERT statement (well under SQLite's and PostgreSQL's bound-parameter limits). */
const INSERT_CHUNK_ROWS = 200;

export interface ImportOutcome {
  readonly territoryId: string;
  /** True when the territory did not exist before this import. */
  readonly created: boolean;
  readonly zones: number;
  readonly sites: number;
  readonly flows: number;
}

/** How an import came: its format, and who acts outside a request (`cli`, `premier démarrage`). */
export interface ImportOptions {
  readonly format?: ImportFormat;
  readonly systemLabel?: string;
}

/** A dataset as stored: the contract's Dataset plus the optional notes validation accepts. */
export type StoredDataset = Dataset & {
  readonly territory: TerritoryDoc;
  readonly zones: readonly ZoneDoc[];
  readonly sites: readonly SiteDoc[];
  readonly note?: string;
};

/**
 * Every problem of `doc` as the dataset of territory `territoryId`: flow-model's validation, plus
 * `territory-id-mismatch` when the document's territory id is not the one of the URL (the URL's id wins).
 */
export function datasetProblems(territoryId: string, doc: unknown): Problem[] {
  const problems = [...validateDataset(doc)];
  const docId = (doc as { territory?: { id?: unknown } } | null)?.territory?.id;
  if (typeof docId === 'string' && docId !== territoryId) {
    problems.push({
      path: '$.territory.id',
      value: docId,
      code: 'territory-id-mismatch',
      reason: `the document describes territory "${docId}" but is sent to territory "${territoryId}"`,
    });
  }
  return problems;
}

/** Throws a ValidationFailedError listing every problem, or returns the document as a StoredDataset. */
export function assertValidDataset(territoryId: string, doc: unknown): StoredDataset {
  const problems = datasetProblems(territoryId, doc);
  if (problems.length > 0) throw new ValidationFailedError(problems);
  const dataset = doc as StoredDataset;
  return dataset.zones === undefined ? { ...dataset, zones: [] } : dataset;
}

async function insertChunked<T extends object>(
  manager: EntityManager,
  target: new () => T,
  rows: readonly T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK_ROWS) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + INSERT_CHUNK_ROWS) as never)
      .execute();
  }
}

/** Writes a valid dataset over the territory's stored one, inside the caller's transaction. */
export async function writeDataset(manager: EntityManager, dataset: StoredDataset): Promise<boolean> {
  const id = dataset.territory.id;
  const now = new Date().toISOString();
  const territories = manager.getRepository(TerritoryEntity);
  const existing = await territories.findOneBy({ id });
  await territories.save({
    id,
    name: dataset.territory.name,
    kind: dataset.territory.kind ?? null,
    note: dataset.territory.note ?? null,
    datasetNote: dataset.note ?? null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  await manager.delete(FlowEntity, { territoryId: id });
  await manager.delete(SiteEntity, { territoryId: id });
  await manager.delete(ZoneEntity, { territoryId: id });
  await insertChunked(
    manager,
    ZoneEntity,
    dataset.zones.map((z, i) => zoneToRow(id, z, i)),
  );
  await insertChunked(
    manager,
    SiteEntity,
    dataset.sites.map((s, i) => siteToRow(id, s, i)),
  );
  await insertChunked(
    manager,
    FlowEntity,
    dataset.flows.map((f, i) => flowToRow(id, f as Flow, i)),
  );
  return existing === null;
}

/**
 * Imports `doc` as the whole dataset of territory `territoryId` (created if absent). Invalid: throws a
 * ValidationFailedError with every problem and stores nothing. Valid: replaces zones, sites and flows in one
 * transaction, so a reader sees the old dataset or the new one, never a mix.
 */
export async function importDataset(
  ds: DataSource,
  territoryId: string,
  doc: unknown,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const dataset = assertValidDataset(territoryId, doc);
  const created = await inTransaction(ds, async (manager) => {
    const exists = await manager.existsBy(TerritoryEntity, { id: territoryId });
    const previous = exists ? await readDataset(manager, territoryId) : undefined;
    const isNew = await writeDataset(manager, dataset);
    const next = asStored(dataset);
    await appendAudit(
      manager,
      importAudit(territoryId, previous, next, options.format ?? 'document'),
      options,
    );
    return isNew;
  });
  return {
    territoryId,
    created,
    zones: dataset.zones.length,
    sites: dataset.sites.length,
    flows: dataset.flows.length,
  };
}

/** The dataset as a read after storing it would give it (same mappers), to compare with the previous one. */
function asStored(dataset: StoredDataset): StoredDataset {
  const id = dataset.territory.id;
  return {
    ...dataset,
    territory: {
      id,
      name: dataset.territory.name,
      kind: dataset.territory.kind,
      note: dataset.territory.note,
    },
    zones: dataset.zones.map((z, i) => zoneToDoc(zoneToRow(id, z, i))),
    sites: dataset.sites.map((s, i) => siteToDoc(siteToRow(id, s, i))),
    flows: dataset.flows.map((f, i) => flowToDoc(flowToRow(id, f as Flow, i))),
  };
}

/** Reads the territory's dataset inside the caller's transaction; NotFoundError when the territory is unknown. */
export async function readDataset(manager: EntityManager, territoryId: string): Promise<StoredDataset> {
  const territory = await manager.findOneBy(TerritoryEntity, { id: territoryId });
  if (territory === null) throw new NotFoundError('territory', territoryId);
  const order = { position: 'ASC' } as const;
  const where = { territoryId };
  const [zones, sites, flows] = [
    await manager.find(ZoneEntity, { where, order }),
    await manager.find(SiteEntity, { where, order }),
    await manager.find(FlowEntity, { where, order }),
  ];
  return {
    format: DATASET_FORMAT,
    territory: territoryToDoc(territory),
    zones: zones.map(zoneToDoc),
    sites: sites.map(siteToDoc),
    flows: flows.map(flowToDoc),
    ...(territory.datasetNote === null ? {} : { note: territory.datasetNote }),
  };
}

/** The territory's dataset as a toile.dataset/1 document, in the stored order; NotFoundError when unknown. */
export function exportDataset(ds: DataSource, territoryId: string): Promise<Dataset> {
  return inTransaction(ds, (manager) => readDataset(manager, territoryId));
}
