// Body of `POST /api/territories/:id/match-runs`: matcher parameters by name, and the facilitator's pins.
// Parameter names and values are checked by @toile/matcher's validateMatchParameters in the service.

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsObject, IsOptional, IsString, MinLength, ValidateNested } from 'class-validator';
import { MatchScenarioDto } from '../scenarios/match-scenario.dto';
import type { MatchPinKind } from './match-pin';

export class MatchPinDto {
  @ApiPropertyOptional({ description: 'Flux sortant (offre)' })
  @IsString()
  @MinLength(1)
  supplyFlowId!: string;

  @ApiPropertyOptional({ description: 'Flux entrant (besoin)' })
  @IsString()
  @MinLength(1)
  demandFlowId!: string;

  @ApiPropertyOptional({ enum: ['required', 'forbidden'] })
  @IsIn(['required', 'forbidden'])
  pin!: MatchPinKind;
}

export class StartMatchRunDto {
  @ApiPropertyOptional({
    description: 'Paramètres du calcul par nom (voir le README de @toile/matcher)',
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsObject()
  // The object as sent: class-transformer would drop names such as `toString`, which the matcher must refuse.
  @Transform(({ obj }: { obj: Record<string, unknown> }) => obj.parameters)
  parameters?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [MatchPinDto] })
  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => MatchPinDto)
  pins?: MatchPinDto[];

  @ApiPropertyOptional({
    type: MatchScenarioDto,
    description: 'Variante du territoire pour ce calcul seulement (les données stockées ne changent pas)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MatchScenarioDto)
  scenario?: MatchScenarioDto;
}
