// HTTP face of territories (thin): create, list, read with counts, delete with everything in them.
// The dataset of a territory has its own controller (datasets.controller.ts).

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
import { Access } from '../auth/access-policy';
import { AccountsService } from '../auth/accounts.service';
import { CurrentPrincipal } from '../auth/current-access.decorator';
import type { Principal } from '../auth/principal';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { TerritoriesService } from './territories.service';
import { CreateTerritoryDto, TerritoryView, UpdateTerritoryDto } from './territory.dto';

@ApiTags('territories')
@Controller('territories')
export class TerritoriesController {
  constructor(
    private readonly territories: TerritoriesService,
    private readonly accounts: AccountsService,
  ) {}

  @Post()
  @Access('staff')
  @ApiOperation({ summary: 'Crée un territoire vide' })
  @ApiCreatedResponse({ type: TerritoryView })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Identifiant déjà pris' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateTerritoryDto,
  ): Promise<TerritoryView> {
    const territory = await this.territories.create(body);
    if (principal.kind === 'user' && principal.role === 'facilitator') {
      await this.accounts.grantTerritory(principal.userId, territory.id);
    }
    return territory;
  }

  @Get()
  @Access('public')
  @ApiOperation({ summary: 'Territoires lisibles par l’appelant, avec le nombre de zones, sites et flux' })
  @ApiOkResponse({ type: [TerritoryView] })
  list(@CurrentPrincipal() principal: Principal): Promise<TerritoryView[]> {
    return this.territories.list(principal);
  }

  @Get(':territoryId')
  @Access('read')
  @ApiOperation({ summary: 'Un territoire, avec le nombre de zones, sites et flux' })
  @ApiOkResponse({ type: TerritoryView })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('territoryId') territoryId: string): Promise<TerritoryView> {
    return this.territories.get(territoryId);
  }

  @Patch(':territoryId')
  @Access('manage')
  @ApiOperation({ summary: 'Ouvre ou ferme la page publique d’un territoire' })
  @ApiOkResponse({ type: TerritoryView })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  update(
    @Param('territoryId') territoryId: string,
    @Body() body: UpdateTerritoryDto,
  ): Promise<TerritoryView> {
    return this.territories.update(territoryId, body);
  }

  @Delete(':territoryId')
  @Access('manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Supprime un territoire, ses zones, sites, flux et calculs' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  remove(@Param('territoryId') territoryId: string): Promise<void> {
    return this.territories.remove(territoryId);
  }
}
