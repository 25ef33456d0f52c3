// Query string of `GET /api/territories/:id/match-runs/:runId/synergies`: filters, sort and page.
// Validated by the global ValidationPipe; numbers arrive as strings and are converted here.

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import type { SynergyKind } from '@toile/flow-model';
import { MAX_SYNERGY_LIMIT, SYNERGY_SORT_KEYS, type SynergySort } from './synergy-query';

const SORTS = SYNERGY_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

export class SynergyQueryDto {
  @ApiPropertyOptional({ description: 'Clé de ressource (resources.csv)' })
  @IsOptional()
  @IsString()
  resource?: string;

  @ApiPropertyOptional({ description: 'Famille de ressource (heat, energy, minerals…)' })
  @IsOptional()
  @IsString()
  family?: string;

  @ApiPropertyOptional({ enum: ['substitution', 'mutualisation'] })
  @IsOptional()
  @IsIn(['substitution', 'mutualisation'])
  kind?: SynergyKind;

  @ApiPropertyOptional({ description: 'Site fournisseur, consommateur ou membre' })
  @IsOptional()
  @IsString()
  siteId?: string;

  @ApiPropertyOptional({ description: 'Quantité minimale (unité canonique par an)' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  minQuantity?: number;

  @ApiPropertyOptional({ description: 'Valeur nette minimale, €/an' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  minValueEur?: number;

  @ApiPropertyOptional({ enum: SORTS, description: 'Tri, `-` pour décroissant (défaut -value)' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: SynergySort;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SYNERGY_LIMIT, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SYNERGY_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}
