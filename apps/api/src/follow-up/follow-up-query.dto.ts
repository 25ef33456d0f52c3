// Query string of the follow-up lists and totals: which run (default: the territory's latest done run).
// Validated by the global ValidationPipe.

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MinLength } from 'class-validator';

export class FollowUpQueryDto {
  @ApiPropertyOptional({ description: 'Calcul dont on suit les synergies (défaut : le dernier terminé)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  runId?: string;
}
