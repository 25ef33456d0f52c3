// HTTP face of a territory's flows (thin): /api/territories/:territoryId/flows[/:flowId].
// A flow of another territory is a 404; a change that breaks a dataset rule is a 400 listing every problem.

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { plainCreate, plainPatch } from '../common/plain-body';
import type { Flow } from '@toile/flow-model';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { FlowDto, UpdateFlowDto } from './flow.dto';
import { FlowsService } from './flows.service';

@ApiTags('flows')
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Territoire ou flux inconnu' })
@Controller('territories/:territoryId/flows')
export class FlowsController {
  constructor(private readonly flows: FlowsService) {}

  @Get()
  @ApiOperation({ summary: 'Flux du territoire, dans l’ordre du jeu de données' })
  @ApiOkResponse({ type: [FlowDto] })
  list(@Param('territoryId') territoryId: string): Promise<readonly Flow[]> {
    return this.flows.list(territoryId);
  }

  @Get(':flowId')
  @ApiOperation({ summary: 'Un flux' })
  @ApiOkResponse({ type: FlowDto })
  get(@Param('territoryId') territoryId: string, @Param('flowId') flowId: string): Promise<Flow> {
    return this.flows.get(territoryId, flowId);
  }

  @Post()
  @ApiOperation({ summary: 'Ajoute un flux à un site (validé avec tout le jeu de données du territoire)' })
  @ApiCreatedResponse({ type: FlowDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Problèmes, chacun avec chemin et raison' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Identifiant déjà pris dans ce territoire' })
  create(@Param('territoryId') territoryId: string, @Body() body: FlowDto): Promise<Flow> {
    return this.flows.create(territoryId, plainCreate<Flow>(body));
  }

  @Patch(':flowId')
  @ApiOperation({ summary: 'Modifie un flux (champs donnés seulement ; `null` efface un champ facultatif)' })
  @ApiOkResponse({ type: FlowDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  update(
    @Param('territoryId') territoryId: string,
    @Param('flowId') flowId: string,
    @Body() body: UpdateFlowDto,
  ): Promise<Flow> {
    return this.flows.update(territoryId, flowId, plainPatch(body));
  }

  @Delete(':flowId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Supprime un flux' })
  @ApiNoContentResponse()
  remove(@Param('territoryId') territoryId: string, @Param('flowId') flowId: string): Promise<void> {
    return this.flows.remove(territoryId, flowId);
  }
}
