// Query of the report endpoints: which variant to produce (`full` for the facilitators, `public` for anyone).
// Validated by the global ValidationPipe (unknown query parameters are refused).

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ReportVariant } from './report-model';

export const REPORT_VARIANTS: readonly ReportVariant[] = ['full', 'public'];

export class ReportQueryDto {
  @ApiPropertyOptional({
    enum: REPORT_VARIANTS,
    default: 'full',
    description: 'full : tout ; public : confidentialité respectée',
  })
  @IsOptional()
  @IsIn(REPORT_VARIANTS)
  variant?: ReportVariant;
}
