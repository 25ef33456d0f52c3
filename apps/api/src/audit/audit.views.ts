// What GET …/audit answers: a page of entries, newest first, each with its French labels.
// Classes (not interfaces) so that the OpenAPI document describes them.

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTOR_VIA_LABELS_FR, AUDIT_ACTION_LABELS_FR, type AuditAction } from './audit-actions';
import type { AuditEntryEntity } from './audit-entry.entity';

export class AuditActorView {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Compte ; null pour le système' })
  userId!: string | null;
  @ApiProperty({ description: 'E-mail du compte, ou `cli`, `premier démarrage`, `système`' })
  label!: string;
  @ApiProperty({ enum: ['token', 'api-key', 'public', 'system'] }) via!: string;
  @ApiProperty({ description: 'session, clé d’API, système' }) viaLabel!: string;
}

export class AuditEntryView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Instant de l’enregistrement (ISO 8601 UTC)' }) at!: string;
  @ApiProperty() territoryId!: string;
  @ApiProperty({ description: '`dataset.import`, `site.update`, `synergy.status`…' }) action!: string;
  @ApiProperty({ description: 'Libellé français de l’action' }) actionLabel!: string;
  @ApiProperty({ description: 'Site, flux, territoire ou clé de synergie concerné' }) targetId!: string;
  @ApiProperty({ type: [String] }) siteIds!: string[];
  @ApiProperty({ type: AuditActorView }) actor!: AuditActorView;
  @ApiProperty({ description: 'Résumé en français' }) summary!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Avant/après des champs modifiés, décomptes d’un import, étape de suivi',
  })
  details!: Record<string, unknown>;
}

export class AuditPageView {
  @ApiProperty() territoryId!: string;
  @ApiProperty({ description: 'Entrées correspondant aux filtres, toutes pages' }) total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
  @ApiProperty({ type: [AuditEntryView] }) items!: AuditEntryView[];
}

export function toEntryView(row: AuditEntryEntity): AuditEntryView {
  return {
    id: row.id,
    at: row.at,
    territoryId: row.territoryId,
    action: row.action,
    actionLabel: AUDIT_ACTION_LABELS_FR[row.action as AuditAction] ?? row.action,
    targetId: row.targetId,
    siteIds: row.siteIds.split('|').filter((id) => id !== ''),
    actor: {
      userId: row.actorUserId,
      label: row.actorLabel,
      via: row.actorVia,
      viaLabel: ACTOR_VIA_LABELS_FR[row.actorVia] ?? row.actorVia,
    },
    summary: row.summary,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}
