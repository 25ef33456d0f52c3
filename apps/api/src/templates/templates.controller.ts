// The blank workshop templates to fill in (French): the Excel workbook and the zip of CSV files.
// Filled in and sent back to PUT /api/territories/:id/dataset, they import as they are.

import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { MEDIA_TYPES } from '../common/media-types';
import { templateCsvZip, templateWorkbook } from '../formats';
import { Access } from '../auth/access-policy';

const binary = { type: 'string', format: 'binary' } as const;

@ApiTags('templates')
@Access('public')
@Controller('templates')
export class TemplatesController {
  @Get('dataset.xlsx')
  @ApiOperation({ summary: 'Modèle de collecte Excel (feuilles territory, zones, sites, flows, aide)' })
  @ApiProduces(MEDIA_TYPES.xlsx)
  @ApiOkResponse({ schema: binary })
  async workbook(): Promise<StreamableFile> {
    return new StreamableFile(await templateWorkbook(), {
      type: MEDIA_TYPES.xlsx,
      disposition: 'attachment; filename="toile-modele.xlsx"',
    });
  }

  @Get('dataset-csv.zip')
  @ApiOperation({
    summary: 'Modèle de collecte en zip de CSV (sites.csv, flows.csv, zones.csv, territory.csv)',
  })
  @ApiProduces(MEDIA_TYPES.zip)
  @ApiOkResponse({ schema: binary })
  csvZip(): StreamableFile {
    return new StreamableFile(templateCsvZip(), {
      type: MEDIA_TYPES.zip,
      disposition: 'attachment; filename="toile-modele-csv.zip"',
    });
  }
}
