// HTTP face of territories (thin): create, list, read with counts, delete with everything in them.
// The dataset of a territory has its own controller (datasets.controller.ts).

import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
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
import { ErrorBodyDto } from '../errors/error-body.dto';
import { TerritoriesService } from './territories.service';
import { CreateTerritoryDto, TerritoryView } from './territory.dto';

@ApiTags('territories')
@Controller('territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Post()
  @ApiOperation({ summary: 'Crée un territoire vide' })
  @ApiCreatedResponse({ type: TerritoryView })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Identifiant déjà pris' })
  create(@Body() body: CreateTerritoryDto): Promise<TerritoryView> {
    return this.territories.create(body);
  }

  @Get()
  @ApiOperation({ summary: 'Territoires, avec le nombre de zones, sites et flux' })
  @ApiOkResponse({ type: [TerritoryView] })
  list(): Promise<TerritoryView[]> {
    return this.territories.list();
  }

  @Get(':territoryId')
  @ApiOperation({ summary: 'Un territoire, avec le nombre de zones, sites et flux' })
  @ApiOkResponse({ type: TerritoryView })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@Param('territoryId') territoryId: string): Promise<TerritoryView> {
    return this.territories.get(territoryId);
  }

  @Delete(':territoryId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Supprime un territoire, ses zones, sites, flux et calculs' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  remove(@Param('territoryId') territoryId: string): Promise<void> {
    return this.territories.remove(territoryId);
  }
}
