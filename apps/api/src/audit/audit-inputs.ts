// Pure builders of the audit entry of each kind of change: action, target, sites, French summary and details.
// The services call them inside their transaction and hand the result to appendAudit.

import type { AuditInput } from './record-audit';
import { changedFieldNames, collectionChanges, fieldChanges, type JsonRecord } from './audit-diff';
import {
  importSummaryFr,
  itemSummaryFr,
  statusSummaryFr,
  territorySummaryFr,
  type ImportFormat,
} from './audit-summary';

type Identified = { readonly id: string };

/** What an import compares: the territory fields and the three collections. */
export interface DatasetShape {
  readonly territory: Identified;
  readonly note?: string;
  readonly zones: readonly Identified[];
  readonly sites: readonly Identified[];
  readonly flows: readonly Identified[];
}

const EMPTY: Omit<DatasetShape, 'territory'> = { zones: [], sites: [], flows: [] };

/** `previous` undefined: the import created the territory. */
export function importAudit(
  territoryId: string,
  previous: DatasetShape | undefined,
  next: DatasetShape,
  format: ImportFormat,
): AuditInput {
  const before = previous ?? { ...EMPTY, territory: { id: territoryId } };
  const counts = {
    zones: collectionChanges(before.zones, next.zones),
    sites: collectionChanges(before.sites, next.sites),
    flows: collectionChanges(before.flows, next.flows),
  };
  const territory = fieldChanges(
    { ...before.territory, datasetNote: before.note },
    { ...next.territory, datasetNote: next.note },
  );
  const created = previous === undefined;
  return {
    territoryId,
    action: 'dataset.import',
    targetId: territoryId,
    summary: importSummaryFr({ created, format, ...counts }),
    details: { format, created, ...counts, territory },
  };
}

type ItemCollection = 'sites' | 'flows';
const ACTION = {
  sites: { create: 'site.create', update: 'site.update', delete: 'site.delete' },
  flows: { create: 'flow.create', update: 'flow.update', delete: 'flow.delete' },
} as const;

function siteOf(collection: ItemCollection, item: Identified): string | undefined {
  return collection === 'sites' ? item.id : (item as { siteId?: string }).siteId;
}

export function itemCreatedAudit(
  territoryId: string,
  collection: ItemCollection,
  item: Identified,
): AuditInput {
  return {
    territoryId,
    action: ACTION[collection].create,
    targetId: item.id,
    siteIds: [siteOf(collection, item)],
    summary: itemSummaryFr(collection, 'create', item.id),
    details: { before: null, after: item },
  };
}

export function itemUpdatedAudit(
  territoryId: string,
  collection: ItemCollection,
  before: Identified,
  after: Identified,
): AuditInput {
  const changes = fieldChanges(before, after);
  return {
    territoryId,
    action: ACTION[collection].update,
    targetId: after.id,
    siteIds: [siteOf(collection, before), siteOf(collection, after)],
    summary: itemSummaryFr(collection, 'update', after.id, { fields: changedFieldNames(changes) }),
    details: { ...changes },
  };
}

/** A deleted site takes its flows with it: they are listed by id in the details. */
export function itemDeletedAudit(
  territoryId: string,
  collection: ItemCollection,
  item: Identified,
  flowIdsRemoved: readonly string[] = [],
): AuditInput {
  return {
    territoryId,
    action: ACTION[collection].delete,
    targetId: item.id,
    siteIds: [siteOf(collection, item)],
    summary: itemSummaryFr(collection, 'delete', item.id, { flowsRemoved: flowIdsRemoved.length }),
    details: {
      before: item,
      after: null,
      ...(collection === 'sites' ? { flowsRemoved: [...flowIdsRemoved] } : {}),
    },
  };
}

export function territoryAudit(
  change: 'create' | 'update' | 'delete',
  before: JsonRecord | null,
  after: (JsonRecord & Identified) | null,
  extra: JsonRecord = {},
): AuditInput {
  const id = (after ?? (before as JsonRecord & Identified)).id;
  const changes = before !== null && after !== null ? fieldChanges(before, after) : { before, after };
  const fields =
    change === 'update' ? changedFieldNames(changes as { before: JsonRecord; after: JsonRecord }) : [];
  return {
    territoryId: id,
    action: `territory.${change}`,
    targetId: id,
    summary: territorySummaryFr(change, id, fields),
    details: { ...changes, ...extra },
  };
}

export interface StatusStep {
  readonly synergyKey: string;
  readonly from: string;
  readonly fromLabel: string;
  readonly to: string;
  readonly toLabel: string;
  readonly siteIds: readonly string[];
  readonly event: JsonRecord;
}

export function statusAudit(territoryId: string, step: StatusStep): AuditInput {
  return {
    territoryId,
    action: 'synergy.status',
    targetId: step.synergyKey,
    siteIds: step.siteIds,
    summary: statusSummaryFr(step.synergyKey, step.fromLabel, step.toLabel),
    details: { synergyKey: step.synergyKey, from: step.from, to: step.to, event: step.event },
  };
}
