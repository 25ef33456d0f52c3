// HTTP face of the synergy follow-up (thin): record a status step, read a synergy's history, list a run's
// synergies with their status, and the realised-against-potential totals. Keys are URL-encoded in paths.

import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FollowUpQueryDto } from './follow-up-query.dto';
import { FollowUpService } from './follow-up.service';
import { FollowUpListView, FollowUpTotalsView, StatusEventView, SynergyHistoryView } from './follow-up.views';
import { RecordStatusDto } from './record-status.dto';
import { Access } from '../auth/access-policy';

const KEY_PARAM = {
  name: 'key',
  description: 'Clé stable de la synergie, encodée (`fournisseur>consommateur@ressource`, `a+b@ressource`)',
};

@ApiTags('follow-up')
@Access('manage')
@Controller('territories/:territoryId')
export class FollowUpController {
  constructor(private readonly service: FollowUpService) {}

  @Post('synergies/:key/status')
  @ApiOperation({
    summary: 'Enregistre une étape du suivi d’une synergie (l’historique n’est jamais réécrit)',
  })
  @ApiParam(KEY_PARAM)
  @ApiCreatedResponse({ type: StatusEventView })
  record(
    @Param('territoryId') territoryId: string,
    @Param('key') key: string,
    @Body() body: RecordStatusDto,
  ): Promise<StatusEventView> {
    return this.service.record(territoryId, key, body);
  }

  @Get('synergies/:key/history')
  @ApiOperation({ summary: 'Statut actuel et toutes les étapes du suivi d’une synergie' })
  @ApiParam(KEY_PARAM)
  @ApiOkResponse({ type: SynergyHistoryView })
  history(@Param('territoryId') territoryId: string, @Param('key') key: string): Promise<SynergyHistoryView> {
    return this.service.history(territoryId, key);
  }

  @Get('follow-up')
  @ApiOperation({ summary: 'Les synergies d’un calcul avec leur statut de suivi' })
  @ApiOkResponse({ type: FollowUpListView })
  list(
    @Param('territoryId') territoryId: string,
    @Query() query: FollowUpQueryDto,
  ): Promise<FollowUpListView> {
    return this.service.list(territoryId, query.runId);
  }

  @Get('follow-up/totals')
  @ApiOperation({
    summary: 'Réalisé contre potentiel : totaux des synergies réalisées, de toutes, par statut',
  })
  @ApiOkResponse({ type: FollowUpTotalsView })
  totals(
    @Param('territoryId') territoryId: string,
    @Query() query: FollowUpQueryDto,
  ): Promise<FollowUpTotalsView> {
    return this.service.totals(territoryId, query.runId);
  }
}
