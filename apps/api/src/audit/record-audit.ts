// Writes one audit entry inside the caller's transaction (the change and its entry commit or roll back together).
// Who: the actor of the current request (currentActor), or the given system label outside requests.

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { currentActor } from '../auth/request-actor';
import type { AuditAction } from './audit-actions';
import { siteIdsColumn } from './audit-diff';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditInput {
  readonly territoryId: string;
  readonly action: AuditAction;
  readonly targetId: string;
  /** The sites the change concerns (the site itself, a flow's site, a synergy's sites). */
  readonly siteIds?: readonly (string | undefined)[];
  readonly summary: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Who acts outside an HTTP request: `cli`, `premier démarrage`… (default `système`). */
export interface AuditOrigin {
  readonly systemLabel?: string;
}

export async function appendAudit(
  manager: EntityManager,
  input: AuditInput,
  origin: AuditOrigin = {},
): Promise<AuditEntryEntity> {
  const actor = currentActor(origin.systemLabel);
  const raw = await manager
    .createQueryBuilder(AuditEntryEntity, 'entry')
    .select('MAX(entry.seq)', 'max')
    .getRawOne<{ max: number | string | null }>();
  const entry: AuditEntryEntity = {
    id: randomUUID(),
    seq: raw?.max === null || raw?.max === undefined ? 1 : Number(raw.max) + 1,
    territoryId: input.territoryId,
    action: input.action,
    targetId: input.targetId,
    siteIds: siteIdsColumn(input.siteIds ?? []),
    at: new Date().toISOString(),
    actorUserId: actor.userId,
    actorLabel: actor.label,
    actorVia: actor.via,
    summary: input.summary,
    details: JSON.stringify(input.details),
  };
  await manager.insert(AuditEntryEntity, entry);
  return entry;
}
