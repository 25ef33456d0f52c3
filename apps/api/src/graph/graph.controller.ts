// HTTP face of the territory graph (thin): graphology's serialized multi-graph, sites as nodes in Web Mercator
// metres, synergies of a match run as edges. The contract is flow-model's SerializedTerritoryGraph.

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SerializedTerritoryGraph } from '@toile/flow-model';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { GraphQueryDto } from './graph-query.dto';
import { GraphService } from './graph.service';
import { Access } from '../auth/access-policy';
import { CurrentAccess } from '../auth/current-access.decorator';
import type { RequestAccess } from '../auth/territory-access';
import { TerritoryViewService } from '../auth/territory-view.service';

@ApiTags('graph')
@Access('read')
@Controller('territories/:territoryId/graph')
export class GraphController {
  constructor(
    private readonly graphs: GraphService,
    private readonly view: TerritoryViewService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Le graphe du territoire (format sérialisé de graphology, multi-graphe orienté)',
    description:
      'Nœuds : les sites (x, y en mètres Web Mercator, NACE, secteur en français, confidentialité, flux). ' +
      'Arêtes : les synergies du calcul `runId`, sinon du dernier calcul terminé, sinon aucune.',
  })
  @ApiQuery({ name: 'runId', required: false, description: 'Un calcul terminé du territoire' })
  @ApiOkResponse({ description: 'SerializedTerritoryGraph (libs/flow-model/src/graph.ts)' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async get(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Query() query: GraphQueryDto,
  ): Promise<SerializedTerritoryGraph> {
    if (this.view.seesEverything(access)) {
      return this.graphs.graph(territoryId, query.runId, undefined, 'everything');
    }
    if (query.runId !== undefined) await this.view.assertRunVisible(access, territoryId, query.runId);
    const viewer = this.view.viewerOf(access).kind;
    return this.graphs.graph(
      territoryId,
      query.runId,
      (dataset, result) => this.view.graphInputs(access, dataset, result),
      viewer === 'public' ? 'public' : undefined,
    );
  }
}
