// The toile.dataset/1 document and the import outcome as documented in OpenAPI (docs only: the document
// itself is validated by flow-model, which lists every problem, not by class-validator).

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FlowDto } from '../flows/flow.dto';
import { SiteDto } from '../sites/site.dto';

export class TerritoryDto {
  @ApiProperty({ description: '`[a-z0-9-]+` ; doit être celui de l’URL', example: 'axe-seine' }) id!: string;
  @ApiProperty({ example: 'Axe Seine' }) name!: string;
  @ApiPropertyOptional({ example: 'territoire-industrie' }) kind?: string;
  @ApiPropertyOptional() note?: string;
}

export class ZoneDto {
  @ApiProperty({ example: 'zae-nord' }) id!: string;
  @ApiProperty({ example: 'ZAE Nord' }) name!: string;
  @ApiPropertyOptional({ example: 'zae' }) kind?: string;
  @ApiPropertyOptional({ description: 'GeoJSON Polygon (WGS84)', type: 'object', additionalProperties: true })
  polygon?: object;
  @ApiPropertyOptional() note?: string;
}

export class DatasetDto {
  @ApiProperty({ enum: ['toile.dataset/1'] }) format!: string;
  @ApiProperty({ type: TerritoryDto }) territory!: TerritoryDto;
  @ApiPropertyOptional({ type: [ZoneDto] }) zones?: ZoneDto[];
  @ApiProperty({ type: [SiteDto] }) sites!: SiteDto[];
  @ApiProperty({ type: [FlowDto] }) flows!: FlowDto[];
  @ApiPropertyOptional() note?: string;
}

export class ImportOutcomeView {
  @ApiProperty({ example: 'axe-seine' }) territoryId!: string;
  @ApiProperty({ description: 'Vrai si le territoire n’existait pas' }) created!: boolean;
  @ApiProperty() zones!: number;
  @ApiProperty() sites!: number;
  @ApiProperty() flows!: number;
}
