// The body of a site (création and modification): types checked by the global ValidationPipe, every
// domain rule (SIRET check digit, NACE code, zone reference…) by flow-model on the whole dataset afterwards.

import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString } from 'class-validator';
import { CONFIDENTIALITIES, type Confidentiality } from '@toile/flow-model';

export class SiteDto {
  @ApiProperty({
    description: 'Identifiant unique dans le territoire, `[A-Za-z0-9._-]+`',
    example: 'papeterie',
  })
  @IsString()
  id!: string;

  @ApiProperty({ example: 'Papeterie du Val' })
  @IsString()
  name!: string;

  @ApiProperty({ description: 'Latitude WGS84 (degrés)', example: 49.4431 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lat!: number;

  @ApiProperty({ description: 'Longitude WGS84 (degrés)', example: 1.0993 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lon!: number;

  @ApiPropertyOptional({
    description: 'SIRET, 14 chiffres (clé de Luhn vérifiée)',
    example: '73282932000074',
  })
  @IsOptional()
  @IsString()
  siret?: string;

  @ApiPropertyOptional({
    description: 'Code NACE rév. 2 / NAF : `17.12`, `1712` ou `17.12Z`',
    example: '17.12',
  })
  @IsOptional()
  @IsString()
  nace?: string;

  @ApiPropertyOptional({ description: 'Une zone du territoire', example: 'zae-nord' })
  @IsOptional()
  @IsString()
  zoneId?: string;

  @ApiPropertyOptional({ enum: [...CONFIDENTIALITIES], description: 'Par défaut `territory`' })
  @IsOptional()
  @IsIn(CONFIDENTIALITIES)
  confidentiality?: Confidentiality;

  @ApiPropertyOptional({ description: 'Texte libre' })
  @IsOptional()
  @IsString()
  note?: string;
}

/** A partial site for PATCH: the id cannot change; `null` removes an optional field. */
export class UpdateSiteDto extends PartialType(OmitType(SiteDto, ['id'] as const)) {}
