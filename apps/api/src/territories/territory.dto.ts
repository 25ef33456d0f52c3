// Creating a territory (POST body) and the territory as answered (with the counts of its dataset).
// Ids follow the dataset contract: `[a-z0-9-]+`.

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CreateTerritoryDto {
  @ApiProperty({ description: 'Identifiant, `[a-z0-9-]+`', example: 'axe-seine' })
  @IsString()
  @Matches(/^[a-z0-9-]+$/u, { message: 'id doit s’écrire avec [a-z0-9-] seulement' })
  @MaxLength(100)
  id!: string;

  @ApiProperty({ example: 'Axe Seine' })
  @IsString()
  @MinLength(1)
  name!: string;

  @ApiPropertyOptional({
    description: 'Texte libre : zae, epci, territoire-industrie, region, port, platform…',
    example: 'territoire-industrie',
  })
  @IsOptional()
  @IsString()
  kind?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  note?: string;

  @ApiPropertyOptional({
    description: 'Page publique : visible de tous, par sa projection publique (défaut : non)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  publicPage?: boolean;
}

export class UpdateTerritoryDto {
  @ApiPropertyOptional({ description: 'Page publique : visible de tous, par sa projection publique' })
  @IsOptional()
  @IsBoolean()
  publicPage?: boolean;
}

export class DatasetCountsView {
  @ApiProperty() zones!: number;
  @ApiProperty() sites!: number;
  @ApiProperty() flows!: number;
}

export class TerritoryView {
  @ApiProperty({ example: 'axe-seine' }) id!: string;
  @ApiProperty({ example: 'Axe Seine' }) name!: string;
  @ApiPropertyOptional({ example: 'territoire-industrie' }) kind?: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ type: DatasetCountsView }) counts!: DatasetCountsView;
  @ApiProperty({ description: 'Visible de tous par sa projection publique' }) publicPage!: boolean;
  @ApiProperty({ description: 'ISO 8601 UTC' }) createdAt!: string;
  @ApiProperty({ description: 'ISO 8601 UTC, dernière modification du territoire ou de ses données' })
  updatedAt!: string;
}
