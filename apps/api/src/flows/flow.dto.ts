// The body of a flow (création and modification): types checked by the global ValidationPipe, every domain
// rule (resource or EWC code, unit convertible, temperature for heat, months…) by flow-model on the whole dataset.

import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CONFIDENTIALITIES, type Confidentiality, type Direction, DIRECTIONS } from '@toile/flow-model';

const finite = { allowNaN: false, allowInfinity: false } as const;

export class PriceDto {
  @ApiProperty({ description: 'EUR par unité du flux', example: 45 })
  @IsNumber(finite)
  value!: number;

  @ApiProperty({ example: 'EUR/t' })
  @IsString()
  unit!: string;
}

export class FlowDto {
  @ApiProperty({ description: 'Identifiant unique dans le territoire', example: 'papeterie-ash' })
  @IsString()
  id!: string;

  @ApiProperty({ description: 'Le site qui déclare ce flux', example: 'papeterie' })
  @IsString()
  siteId!: string;

  @ApiProperty({ enum: [...DIRECTIONS], description: 'output : à céder ; input : besoin' })
  @IsIn(DIRECTIONS)
  direction!: Direction;

  @ApiPropertyOptional({ description: 'Clé du vocabulaire des ressources (ou `ewc`)', example: 'heat' })
  @IsOptional()
  @IsString()
  resource?: string;

  @ApiPropertyOptional({
    description: 'Code de la liste européenne des déchets (ou `resource`)',
    example: '10 01 01',
  })
  @IsOptional()
  @IsString()
  ewc?: string;

  @ApiProperty({ description: 'Quantité (> 0) dans l’unité `unit`', example: 3000 })
  @IsNumber(finite)
  quantity!: number;

  @ApiProperty({ example: 't/yr' })
  @IsString()
  unit!: string;

  @ApiPropertyOptional({ description: 'Heures de fonctionnement par an pour kW/MW (défaut 8760)' })
  @IsOptional()
  @IsNumber(finite)
  hoursPerYear?: number;

  @ApiPropertyOptional({ description: 'Température de fourniture (output) ou requise (input), °C' })
  @IsOptional()
  @IsNumber(finite)
  temperatureC?: number;

  @ApiPropertyOptional({ description: 'bar' })
  @IsOptional()
  @IsNumber(finite)
  pressureBar?: number;

  @ApiPropertyOptional({ description: '0–100 %' })
  @IsOptional()
  @IsNumber(finite)
  purityPct?: number;

  @ApiPropertyOptional({ description: '0–100 %' })
  @IsOptional()
  @IsNumber(finite)
  dryMatterPct?: number;

  @ApiPropertyOptional({ description: '0–100 %' })
  @IsOptional()
  @IsNumber(finite)
  moisturePct?: number;

  @ApiPropertyOptional({ description: 'Par défaut selon le code déchet (`*`)' })
  @IsOptional()
  @IsBoolean()
  hazardous?: boolean;

  @ApiPropertyOptional({ type: PriceDto, description: 'Coût actuel pour le site (élimination ou achat)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceDto)
  price?: PriceDto;

  @ApiPropertyOptional({ type: [Number], description: '12 parts mensuelles 0–1, janvier d’abord' })
  @IsOptional()
  @IsArray()
  @IsNumber(finite, { each: true })
  months?: number[];

  @ApiPropertyOptional({ enum: [...CONFIDENTIALITIES], description: 'Par défaut celle du site' })
  @IsOptional()
  @IsIn(CONFIDENTIALITIES)
  confidentiality?: Confidentiality;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  note?: string;

  @ApiPropertyOptional({ type: [String], description: 'Entrées : codes déchets dangereux acceptés' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  acceptsEwc?: string[];
}

/** A partial flow for PATCH: the id cannot change; `null` removes an optional field. */
export class UpdateFlowDto extends PartialType(OmitType(FlowDto, ['id'] as const)) {}
