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
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Access } from '../auth/access-policy';
import { TerritoryViewService } from '../auth/territory-view.service';
import { exportDataset } from '../datasets/dataset-store';
import { CurrentAccess } from '../auth/current-access.decorator';
import { assertMayEditSite } from '../auth/edit-rights';
import { ownSiteIds } from '../auth/principal';
import type { RequestAccess } from '../auth/territory-access';
import { NotFoundError } from '../errors/domain-errors';

@ApiTags('flows')
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Territoire ou flux inconnu' })
@Access('manage')
@Controller('territories/:territoryId/flows')
export class FlowsController {
  constructor(
    private readonly flows: FlowsService,
    private readonly view: TerritoryViewService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  /** The stored flow, if the caller may change it: a firm's foreign flow answers 404, as if absent. */
  private async editable(access: RequestAccess, territoryId: string, flowId: string): Promise<Flow> {
    // A reader of the public page is refused before the look-up: 404 against 403 would tell which ids exist.
    if (access.territory?.level === 'public') assertMayEditSite(access);
    const flow = await this.flows.get(territoryId, flowId);
    if (access.territory?.level === 'firm' && !ownSiteIds(access.principal, territoryId).has(flow.siteId)) {
      throw new NotFoundError('flow', flowId, territoryId);
    }
    assertMayEditSite(access, flow.siteId);
    return flow;
  }

  @Get()
  @ApiOperation({ summary: 'Flux du territoire, dans l’ordre du jeu de données' })
  @ApiOkResponse({ type: [FlowDto] })
  @Access('read')
  async list(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
  ): Promise<readonly Flow[]> {
    if (this.view.seesEverything(access)) return this.flows.list(territoryId);
    return this.view.dataset(access, await exportDataset(this.ds, territoryId)).flows;
  }

  @Get(':flowId')
  @ApiOperation({ summary: 'Un flux' })
  @ApiOkResponse({ type: FlowDto })
  @Access('read')
  async get(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('flowId') flowId: string,
  ): Promise<Flow> {
    if (this.view.seesEverything(access)) return this.flows.get(territoryId, flowId);
    // Anonymised objects are found by the pseudonymous id the caller was shown; hidden ones are absent.
    const shown = this.view.dataset(access, await exportDataset(this.ds, territoryId)).flows;
    const found = shown.find((item) => item.id === flowId);
    if (found === undefined) throw new NotFoundError('flow', flowId, territoryId);
    return found;
  }

  @Post()
  @Access('read')
  @ApiOperation({ summary: 'Ajoute un flux à un site (validé avec tout le jeu de données du territoire)' })
  @ApiCreatedResponse({ type: FlowDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Problèmes, chacun avec chemin et raison' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Identifiant déjà pris dans ce territoire' })
  create(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Body() body: FlowDto,
  ): Promise<Flow> {
    const flow = plainCreate<Flow>(body);
    assertMayEditSite(access, flow.siteId);
    return this.flows.create(territoryId, flow);
  }

  @Patch(':flowId')
  @Access('read')
  @ApiOperation({ summary: 'Modifie un flux (champs donnés seulement ; `null` efface un champ facultatif)' })
  @ApiOkResponse({ type: FlowDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  async update(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('flowId') flowId: string,
    @Body() body: UpdateFlowDto,
  ): Promise<Flow> {
    const patch = plainPatch(body);
    await this.editable(access, territoryId, flowId);
    if (typeof patch.siteId === 'string') assertMayEditSite(access, patch.siteId);
    return this.flows.update(territoryId, flowId, patch);
  }

  @Delete(':flowId')
  @Access('read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Supprime un flux' })
  @ApiNoContentResponse()
  async remove(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('flowId') flowId: string,
  ): Promise<void> {
    await this.editable(access, territoryId, flowId);
    return this.flows.remove(territoryId, flowId);
  }
}
