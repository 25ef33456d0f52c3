// The optional `scenario` of `POST /api/territories/:id/match-runs`: a variant of the territory for one run.
// Shapes here (ValidationPipe); site ids and the merged dataset are checked by applyScenario in the service.

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class ExtraDatasetDto {
  @ApiPropertyOptional({
    description: 'Sites ajoutés (entrées `sites` de toile.dataset/1)',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  })
  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  sites?: Record<string, unknown>[];

  @ApiPropertyOptional({
    description: 'Flux ajoutés (entrées `flows` de toile.dataset/1)',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  })
  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  flows?: Record<string, unknown>[];
}

export class MatchScenarioDto {
  @ApiPropertyOptional({
    description: 'Nom du scénario, affiché dans la liste des calculs',
    example: 'sans la papeterie',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label?: string;

  @ApiPropertyOptional({
    description: 'Sites du territoire retirés pour ce calcul (avec leurs flux)',
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  withoutSiteIds?: string[];

  @ApiPropertyOptional({ type: ExtraDatasetDto, description: 'Sites et flux ajoutés pour ce calcul' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExtraDatasetDto)
  extraDataset?: ExtraDatasetDto;
}
