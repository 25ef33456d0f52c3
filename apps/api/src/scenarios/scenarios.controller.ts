// HTTP face of scenarios (thin): compare two match runs of a territory side by side.
// Scenario runs themselves are started by `POST …/match-runs` with a `scenario` (see match-scenario.dto.ts).

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompareQueryDto } from './compare-query.dto';
import { ScenarioComparisonView } from './scenario-comparison.views';
import { ScenariosService } from './scenarios.service';
import { Access } from '../auth/access-policy';

@ApiTags('scenarios')
@Access('manage')
@Controller('territories/:territoryId/scenarios')
export class ScenariosController {
  constructor(private readonly service: ScenariosService) {}

  @Get('compare')
  @ApiOperation({
    summary:
      'Compare deux calculs : totaux côte à côte, écarts, paramètres changés, synergies gagnées et perdues',
  })
  @ApiOkResponse({ type: ScenarioComparisonView })
  compare(
    @Param('territoryId') territoryId: string,
    @Query() query: CompareQueryDto,
  ): Promise<ScenarioComparisonView> {
    return this.service.compare(territoryId, query.base, query.other);
  }
}
