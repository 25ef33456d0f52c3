// HTTP face of a territory's sites (thin): /api/territories/:territoryId/sites[/:siteId].
// A site of another territory is a 404; a change that breaks a dataset rule is a 400 listing every problem.

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
import type { SiteDoc } from '../datasets/dataset-mappers';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { SiteDto, UpdateSiteDto } from './site.dto';
import { SitesService } from './sites.service';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Access } from '../auth/access-policy';
import { NotFoundError } from '../errors/domain-errors';
import { TerritoryViewService } from '../auth/territory-view.service';
import { exportDataset } from '../datasets/dataset-store';
import { CurrentAccess } from '../auth/current-access.decorator';
import { assertMayEditSite } from '../auth/edit-rights';
import type { RequestAccess } from '../auth/territory-access';

@ApiTags('sites')
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Territoire ou site inconnu' })
@Access('manage')
@Controller('territories/:territoryId/sites')
export class SitesController {
  constructor(
    private readonly sites: SitesService,
    private readonly view: TerritoryViewService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Sites du territoire, dans l’ordre du jeu de données' })
  @ApiOkResponse({ type: [SiteDto] })
  @Access('read')
  async list(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
  ): Promise<readonly SiteDoc[]> {
    if (this.view.seesEverything(access)) return this.sites.list(territoryId);
    return this.view.dataset(access, await exportDataset(this.ds, territoryId)).sites;
  }

  @Get(':siteId')
  @ApiOperation({ summary: 'Un site' })
  @ApiOkResponse({ type: SiteDto })
  @Access('read')
  async get(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('siteId') siteId: string,
  ): Promise<SiteDoc> {
    if (this.view.seesEverything(access)) return this.sites.get(territoryId, siteId);
    // Anonymised objects are found by the pseudonymous id the caller was shown; hidden ones are absent.
    const shown = this.view.dataset(access, await exportDataset(this.ds, territoryId)).sites;
    const found = shown.find((item) => item.id === siteId);
    if (found === undefined) throw new NotFoundError('site', siteId, territoryId);
    return found;
  }

  @Post()
  @ApiOperation({ summary: 'Ajoute un site (validé avec tout le jeu de données du territoire)' })
  @ApiCreatedResponse({ type: SiteDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Problèmes, chacun avec chemin et raison' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Identifiant déjà pris dans ce territoire' })
  create(@Param('territoryId') territoryId: string, @Body() body: SiteDto): Promise<SiteDoc> {
    return this.sites.create(territoryId, plainCreate<SiteDoc>(body));
  }

  @Patch(':siteId')
  @Access('read')
  @ApiOperation({ summary: 'Modifie un site (champs donnés seulement ; `null` efface un champ facultatif)' })
  @ApiOkResponse({ type: SiteDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  update(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('siteId') siteId: string,
    @Body() body: UpdateSiteDto,
  ): Promise<SiteDoc> {
    const patch = plainPatch(body);
    // A firm keeps its site's id: its account holds the site by that id.
    assertMayEditSite(access, siteId, ...(typeof patch.id === 'string' ? [patch.id] : []));
    return this.sites.update(territoryId, siteId, patch);
  }

  @Delete(':siteId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Supprime un site et ses flux' })
  @ApiNoContentResponse()
  remove(@Param('territoryId') territoryId: string, @Param('siteId') siteId: string): Promise<void> {
    return this.sites.remove(territoryId, siteId);
  }
}
