// HTTP face of reports (thin): a done run's study as PDF, workbook, CSV of synergies or GeoJSON, `?variant=full`
// (default, for facilitators) or `public` (confidentiality honoured). No accounts yet: anyone reaching the API may ask.

import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiConflictResponse,
} from '@nestjs/swagger';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { REPORT_MEDIA_TYPES, reportFileName, type ReportFormat } from './report-media';
import { ReportQueryDto } from './report-query.dto';
import { ReportsService } from './reports.service';
import { Access } from '../auth/access-policy';
import { CurrentAccess } from '../auth/current-access.decorator';
import { assertManages } from '../auth/edit-rights';
import type { RequestAccess } from '../auth/territory-access';
import { TerritoryViewService } from '../auth/territory-view.service';

const binary = { type: 'string', format: 'binary' } as const;

@ApiTags('reports')
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'territoire ou calcul inconnu' })
@ApiConflictResponse({ type: ErrorBodyDto, description: 'calcul pas encore terminé (match-run-not-done)' })
@Access('read')
@Controller('territories/:territoryId/match-runs/:runId')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly view: TerritoryViewService,
  ) {}

  private async file(
    access: RequestAccess,
    territoryId: string,
    runId: string,
    format: ReportFormat,
    query: ReportQueryDto,
  ): Promise<StreamableFile> {
    const variant = query.variant ?? 'full';
    // Firms and the public read the public variant only: private data never leaves through a report.
    if (variant !== 'public') assertManages(access);
    await this.view.assertRunVisible(access, territoryId, runId);
    return new StreamableFile(await this.reports.write(territoryId, runId, format, variant), {
      type: REPORT_MEDIA_TYPES[format],
      disposition: `attachment; filename="${reportFileName(territoryId, format, variant)}"`,
    });
  }

  @Get('report.pdf')
  @ApiOperation({
    summary: 'Étude EIT du calcul en PDF (français) : contexte, hypothèses, synergies, totaux, figure',
  })
  @ApiProduces(REPORT_MEDIA_TYPES.pdf)
  @ApiOkResponse({ schema: binary })
  pdf(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('runId') runId: string,
    @Query() query: ReportQueryDto,
  ) {
    return this.file(access, territoryId, runId, 'pdf', query);
  }

  @Get('report.xlsx')
  @ApiOperation({
    summary: 'Classeur : feuilles du jeu de données (réimportable) + synergies, totaux, hypothèses',
  })
  @ApiProduces(REPORT_MEDIA_TYPES.xlsx)
  @ApiOkResponse({ schema: binary })
  workbook(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('runId') runId: string,
    @Query() query: ReportQueryDto,
  ) {
    return this.file(access, territoryId, runId, 'xlsx', query);
  }

  @Get('synergies.csv')
  @ApiOperation({ summary: 'Synergies du calcul en CSV (une ligne par synergie)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  csv(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('runId') runId: string,
    @Query() query: ReportQueryDto,
  ) {
    return this.file(access, territoryId, runId, 'csv', query);
  }

  @Get('report.geojson')
  @ApiOperation({
    summary: 'GeoJSON (WGS84) : sites en points, synergies en lignes (substitutions) ou multipoints',
  })
  @ApiProduces(REPORT_MEDIA_TYPES.geojson)
  @ApiOkResponse({ schema: { type: 'object' } })
  geojson(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('runId') runId: string,
    @Query() query: ReportQueryDto,
  ) {
    return this.file(access, territoryId, runId, 'geojson', query);
  }
}
