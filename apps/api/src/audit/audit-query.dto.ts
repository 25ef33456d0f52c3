// Query string of the audit log: a time window, one action, one site, and the page (newest first).
// Validated by the global ValidationPipe.

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { AUDIT_ACTIONS } from './audit-actions';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 500;

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'Entrées enregistrées à partir de cet instant (ISO 8601, inclus)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ description: 'Entrées enregistrées avant cet instant (ISO 8601, exclu)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;

  @ApiPropertyOptional({ description: 'Une seule action', enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: string;

  @ApiPropertyOptional({
    description: 'Les entrées qui concernent ce site (le site, ses flux, ses synergies)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  siteId?: string;

  @ApiPropertyOptional({
    description: 'Entrées par page',
    default: AUDIT_PAGE_DEFAULT,
    maximum: AUDIT_PAGE_MAX,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'Entrées sautées (pagination)', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}
