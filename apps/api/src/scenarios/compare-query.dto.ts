// Query string of `GET /api/territories/:id/scenarios/compare`: the two runs to compare.
// Validated by the global ValidationPipe (both required).

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MinLength } from 'class-validator';

export class CompareQueryDto {
  @ApiProperty({ description: 'Calcul de référence' })
  @IsString()
  @MinLength(1)
  base!: string;

  @ApiProperty({ description: 'Calcul comparé (autres prix, prix du carbone, site en plus ou en moins…)' })
  @IsString()
  @MinLength(1)
  other!: string;
}
