// Body of `POST /api/territories/:id/synergies/:key/status`: the new status, why, a note, when and by whom.
// Shapes are checked by the global ValidationPipe; the transition itself by the service (follow-up-status.ts).

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-up-status';

export class RecordStatusDto {
  @ApiProperty({
    enum: FOLLOW_UP_STATUSES,
    description: 'Nouveau statut : detected (détectée), contacted, under-study, implemented, abandoned',
  })
  @IsIn(FOLLOW_UP_STATUSES)
  status!: FollowUpStatus;

  @ApiPropertyOptional({
    description: 'Raison (obligatoire pour abandoned et pour rouvrir une synergie réalisée)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'Note libre' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  note?: string;

  @ApiPropertyOptional({
    description:
      'Date de l’étape (ISO 8601), pour antidater ; défaut maintenant ; jamais avant l’étape précédente',
    example: '2026-03-14T09:00:00.000Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiPropertyOptional({ description: 'Auteur (texte libre, en attendant les comptes)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  author?: string;
}
