// Territories: create (empty), list and read with the counts of their dataset, delete with everything in them.
// Answers TerritoryView objects built from the rows; the entities stay here.

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DATASET_FORMAT } from '@toile/flow-model';
import { territoryAudit } from '../audit/audit-inputs';
import { appendAudit } from '../audit/record-audit';
import { FlowEntity, SiteEntity, TerritoryEntity, ZoneEntity } from '../database/entities';
import { inTransaction } from '../database/serialized';
import { assertValidDataset } from '../datasets/dataset-store';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { MatchRunEntity } from '../match-runs/match-run.entity';
import type { Principal } from '../auth/principal';
import { territoryLevel } from '../auth/territory-access';
import type {
  CreateTerritoryDto,
  DatasetCountsView,
  TerritoryView,
  UpdateTerritoryDto,
} from './territory.dto';

type Counted = typeof ZoneEntity | typeof SiteEntity | typeof FlowEntity;

async function countsBy(
  manager: EntityManager,
  entity: Counted,
  ids?: string[],
): Promise<Map<string, number>> {
  const query = manager
    .createQueryBuilder(entity, 'row')
    .select('row.territoryId', 'territoryId')
    .addSelect('COUNT(*)', 'n')
    .groupBy('row.territoryId');
  if (ids !== undefined) query.where('row.territoryId IN (:...ids)', { ids });
  const rows = await query.getRawMany<{ territoryId: string; n: number | string }>();
  return new Map(rows.map((r) => [r.territoryId, Number(r.n)]));
}

function toView(row: TerritoryEntity, counts: DatasetCountsView): TerritoryView {
  return {
    id: row.id,
    name: row.name,
    ...(row.kind === null ? {} : { kind: row.kind }),
    ...(row.note === null ? {} : { note: row.note }),
    counts,
    publicPage: Boolean(row.publicPage),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function viewsOf(manager: EntityManager, rows: TerritoryEntity[]): Promise<TerritoryView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [zones, sites, flows] = [
    await countsBy(manager, ZoneEntity, ids),
    await countsBy(manager, SiteEntity, ids),
    await countsBy(manager, FlowEntity, ids),
  ];
  return rows.map((r) =>
    toView(r, { zones: zones.get(r.id) ?? 0, sites: sites.get(r.id) ?? 0, flows: flows.get(r.id) ?? 0 }),
  );
}

/** The fields of a territory the audit log shows (timestamps left out: the entry has its own). */
function auditedFields(row: TerritoryEntity) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    note: row.note,
    publicPage: Boolean(row.publicPage),
  };
}

@Injectable()
export class TerritoriesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** An empty territory; ConflictError when the id is taken. Its fields follow the dataset's rules. */
  create(input: CreateTerritoryDto): Promise<TerritoryView> {
    const territory = {
      id: input.id,
      name: input.name,
      ...(input.kind === undefined ? {} : { kind: input.kind }),
      ...(input.note === undefined ? {} : { note: input.note }),
    };
    assertValidDataset(input.id, { format: DATASET_FORMAT, territory, zones: [], sites: [], flows: [] });
    return inTransaction(this.ds, async (manager) => {
      if (await manager.existsBy(TerritoryEntity, { id: input.id })) {
        throw new ConflictError(`le territoire « ${input.id} » existe déjà`);
      }
      const now = new Date().toISOString();
      const row: TerritoryEntity = {
        id: input.id,
        name: input.name,
        kind: input.kind ?? null,
        note: input.note ?? null,
        datasetNote: null,
        publicPage: input.publicPage ?? false,
        createdAt: now,
        updatedAt: now,
      };
      await manager.insert(TerritoryEntity, row);
      await appendAudit(manager, territoryAudit('create', null, auditedFields(row)));
      return toView(row, { zones: 0, sites: 0, flows: 0 });
    });
  }

  /** The territories `principal` may read: all for an admin, else its own and those with a public page. */
  list(principal: Principal): Promise<TerritoryView[]> {
    return inTransaction(this.ds, async (manager) => {
      const rows = await manager.find(TerritoryEntity, { order: { id: 'ASC' } });
      return viewsOf(
        manager,
        rows.filter(
          (row) => territoryLevel(principal, { id: row.id, publicPage: Boolean(row.publicPage) }) !== null,
        ),
      );
    });
  }

  /** Changes what may change after creation (the public page). */
  update(id: string, patch: UpdateTerritoryDto): Promise<TerritoryView> {
    return inTransaction(this.ds, async (manager) => {
      const row = await manager.findOneBy(TerritoryEntity, { id });
      if (row === null) throw new NotFoundError('territory', id);
      const before = auditedFields(row);
      if (patch.publicPage !== undefined) row.publicPage = patch.publicPage;
      row.updatedAt = new Date().toISOString();
      await manager.save(TerritoryEntity, row);
      await appendAudit(manager, territoryAudit('update', before, auditedFields(row)));
      return (await viewsOf(manager, [row]))[0];
    });
  }

  get(id: string): Promise<TerritoryView> {
    return inTransaction(this.ds, async (manager) => {
      const row = await manager.findOneBy(TerritoryEntity, { id });
      if (row === null) throw new NotFoundError('territory', id);
      return (await viewsOf(manager, [row]))[0];
    });
  }

  /** Deletes the territory, its zones, sites and flows (cascade) and its match runs. */
  remove(id: string): Promise<void> {
    return inTransaction(this.ds, async (manager) => {
      const row = await manager.findOneBy(TerritoryEntity, { id });
      if (row === null) throw new NotFoundError('territory', id);
      const [counts] = (await viewsOf(manager, [row])).map((view) => view.counts);
      const result = await manager.delete(TerritoryEntity, { id });
      if (!result.affected) throw new NotFoundError('territory', id);
      await manager.delete(MatchRunEntity, { territoryId: id });
      await appendAudit(
        manager,
        territoryAudit('delete', auditedFields(row), null, { counts: { ...counts } }),
      );
    });
  }
}
