// HTTP face of match runs (thin): start, list, read, follow (server-sent events) and query synergies.
// Every answer comes from MatchRunsService; errors are domain errors turned into HTTP by the exception filter.

import { Body, Controller, Get, HttpCode, Param, Post, Query, Sse, type MessageEvent } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { map, type Observable } from 'rxjs';
import { MatchRunsService, type MatchRunSynergies } from './match-runs.service';
import { StartMatchRunDto } from './start-match-run.dto';
import { SynergyQueryDto } from './synergy-query.dto';
import {
  type MatchRunDetail,
  type MatchRunStarted,
  type MatchRunStatusView,
  type MatchRunSummary,
  statusOnly,
  toEvent,
} from './match-run.views';
import { Access } from '../auth/access-policy';
import { CurrentAccess } from '../auth/current-access.decorator';
import type { RequestAccess } from '../auth/territory-access';
import { TerritoryViewService } from '../auth/territory-view.service';
import { exportDataset } from '../datasets/dataset-store';

const manages = (access: RequestAccess): boolean => access.territory?.level === 'everything';

@ApiTags('match-runs')
@Access('manage')
@Controller('territories/:territoryId/match-runs')
export class MatchRunsController {
  constructor(
    private readonly service: MatchRunsService,
    private readonly view: TerritoryViewService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Lance un calcul de synergies (file d’attente, un à la fois par territoire)' })
  @ApiAcceptedResponse({
    description: 'Calcul en file : { id, territoryId, status, progress, parameters, createdAt }',
  })
  start(@Param('territoryId') territoryId: string, @Body() body: StartMatchRunDto): Promise<MatchRunStarted> {
    return this.service.start(territoryId, {
      parameters: body.parameters,
      pins: body.pins,
      scenario: body.scenario,
    });
  }

  @Get()
  @Access('read')
  @ApiOperation({
    summary:
      'Calculs du territoire, du plus récent au plus ancien (sans le résultat complet ; état seul pour qui n’anime pas le territoire)',
  })
  async list(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
  ): Promise<MatchRunSummary[] | MatchRunStatusView[]> {
    const runs = await this.service.list(territoryId);
    return manages(access) ? runs : runs.map(statusOnly);
  }

  @Get(':runId')
  @Access('read')
  @ApiOperation({
    summary:
      'État, avancement et, une fois terminé, résultat toile.result/1 d’un calcul (état seul pour qui n’anime pas le territoire)',
  })
  async get(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('runId') runId: string,
  ): Promise<MatchRunDetail | MatchRunStatusView> {
    const run = await this.service.get(territoryId, runId);
    return manages(access) ? run : statusOnly(run);
  }

  @Sse(':runId/events')
  @Access('read')
  @ApiOperation({ summary: 'Flux d’événements { status, progress, stage } jusqu’à la fin du calcul' })
  @ApiOkResponse({ description: 'text/event-stream' })
  async events(
    @Param('territoryId') territoryId: string,
    @Param('runId') runId: string,
  ): Promise<Observable<MessageEvent>> {
    const updates = await this.service.follow(territoryId, runId);
    return updates.pipe(map((update) => ({ data: toEvent(update) })));
  }

  @Get(':runId/synergies')
  @ApiOperation({
    summary:
      'Synergies d’un calcul terminé, filtrées, triées et paginées (projetées selon le rôle : entreprise, public)',
  })
  @Access('read')
  async synergies(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('runId') runId: string,
    @Query() query: SynergyQueryDto,
  ): Promise<MatchRunSynergies> {
    if (manages(access)) return this.service.synergies(territoryId, runId, query);
    await this.view.assertRunVisible(access, territoryId, runId);
    const dataset = await exportDataset(this.ds, territoryId);
    return this.service.synergies(territoryId, runId, query, (result) =>
      this.view.result(access, dataset, result),
    );
  }
}
