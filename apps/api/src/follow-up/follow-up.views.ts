// What the follow-up endpoints answer (response DTOs, documented in OpenAPI) and the mapper from the event entity.
// Every status comes with its French label for the UI.

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ResultTotals, Synergy } from '@toile/flow-model';
import { FOLLOW_UP_LABELS_FR, FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-up-status';
import type { SynergyStatusEventEntity } from './synergy-status-event.entity';

export class StatusEventView {
  @ApiProperty() id!: string;
  @ApiProperty() territoryId!: string;
  @ApiProperty({ description: 'Clé stable de la synergie' }) synergyKey!: string;
  @ApiProperty({ description: 'Rang de l’étape (1, 2, 3…)' }) seq!: number;
  @ApiProperty({ enum: FOLLOW_UP_STATUSES }) status!: FollowUpStatus;
  @ApiProperty({ example: 'contactée' }) statusLabel!: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ description: 'Date de l’étape (ISO 8601 UTC)' }) at!: string;
  @ApiPropertyOptional() author?: string;
  @ApiProperty({ description: 'Date d’enregistrement (ISO 8601 UTC)' }) createdAt!: string;
}

export class SynergyHistoryView {
  @ApiProperty() territoryId!: string;
  @ApiProperty() synergyKey!: string;
  @ApiProperty({
    enum: FOLLOW_UP_STATUSES,
    description: 'Statut actuel (dernière étape ; detected sans étape)',
  })
  status!: FollowUpStatus;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Date de la dernière étape' }) since!:
    string | null;
  @ApiProperty({ type: [StatusEventView], description: 'Toutes les étapes, de la première à la dernière' })
  events!: StatusEventView[];
}

export class FollowUpItemView {
  @ApiProperty() synergyKey!: string;
  @ApiProperty({ enum: FOLLOW_UP_STATUSES }) status!: FollowUpStatus;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ type: String, nullable: true }) since!: string | null;
  @ApiPropertyOptional({ description: 'Raison de la dernière étape (abandon, réouverture)' }) reason?: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'La synergie du calcul (toile.result/1)',
  })
  synergy!: Synergy;
}

export class FollowUpListView {
  @ApiProperty() territoryId!: string;
  @ApiProperty() runId!: string;
  @ApiProperty({ type: [FollowUpItemView] }) items!: FollowUpItemView[];
}

export class TotalsView implements ResultTotals {
  @ApiProperty() synergies!: number;
  @ApiProperty() tonnesPerYr!: number;
  @ApiProperty() mwhPerYr!: number;
  @ApiProperty() m3PerYr!: number;
  @ApiProperty() netValueEurPerYr!: number;
  @ApiProperty() co2AvoidedTPerYr!: number;
}

export class StatusTotalsView {
  @ApiProperty({ enum: FOLLOW_UP_STATUSES }) status!: FollowUpStatus;
  @ApiProperty() label!: string;
  @ApiProperty({ type: TotalsView }) totals!: TotalsView;
}

export class FollowUpTotalsView {
  @ApiProperty() territoryId!: string;
  @ApiProperty() runId!: string;
  @ApiProperty({ type: TotalsView, description: 'Toutes les synergies du calcul' }) potential!: TotalsView;
  @ApiProperty({ type: TotalsView, description: 'Les synergies réalisées' }) realised!: TotalsView;
  @ApiProperty({ type: TotalsView, description: 'Part réalisée de chaque total (0–1)' })
  realisedShare!: TotalsView;
  @ApiProperty({ type: [StatusTotalsView] }) byStatus!: StatusTotalsView[];
}

export function toEventView(event: SynergyStatusEventEntity): StatusEventView {
  return {
    id: event.id,
    territoryId: event.territoryId,
    synergyKey: event.synergyKey,
    seq: event.seq,
    status: event.status,
    statusLabel: FOLLOW_UP_LABELS_FR[event.status],
    ...(event.reason !== null ? { reason: event.reason } : {}),
    ...(event.note !== null ? { note: event.note } : {}),
    at: event.at,
    ...(event.author !== null ? { author: event.author } : {}),
    createdAt: event.createdAt,
  };
}
