// HTTP face of a territory's whole dataset (thin): PUT imports JSON, XLSX, a CSV zip or multipart CSV files
// all or nothing; GET exports toile.dataset/1, and .xlsx / -csv.zip exports the same data as files.

import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  Put,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Dataset } from '@toile/flow-model';
import { BODY_LIMITS, MEDIA_TYPES, ZIP_MEDIA_TYPES } from '../common/media-types';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { DatasetDto, ImportOutcomeView } from './dataset.dto';
import type { UploadedCsvFiles } from './dataset-upload';
import type { ImportOutcome } from './dataset-store';
import { DatasetsService } from './datasets.service';
import { FormDataOnlyInterceptor } from './form-data-only.interceptor';
import { Access } from '../auth/access-policy';

const binary = { type: 'string', format: 'binary' } as const;

const CSV_FIELDS = ['sites', 'flows', 'zones', 'territory'].map((name) => ({ name, maxCount: 1 }));

@ApiTags('datasets')
@ApiExtraModels(DatasetDto)
@ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Territoire inconnu' })
@Access('manage')
@Controller('territories/:territoryId')
export class DatasetsController {
  constructor(private readonly datasets: DatasetsService) {}

  @Put('dataset')
  @UseInterceptors(
    FormDataOnlyInterceptor,
    FileFieldsInterceptor(CSV_FIELDS, { limits: { fileSize: BODY_LIMITS.uploadBytes, files: 4 } }),
  )
  @ApiOperation({
    summary: 'Remplace tout le jeu de données du territoire (créé s’il n’existe pas) — tout ou rien',
    description:
      'Corps : un document toile.dataset/1 (JSON), un classeur .xlsx, un zip des CSV (sites.csv, flows.csv, ' +
      'zones.csv, territory.csv) ou un formulaire multipart avec les fichiers `sites` et `flows` (et `zones`, ' +
      '`territory`, et les champs texte `name`, `kind`). L’identifiant du territoire est celui de l’URL : un ' +
      'document qui en nomme un autre est refusé. Un document invalide est refusé en entier (400, tous les ' +
      'problèmes listés) et rien n’est enregistré.',
    requestBody: {
      required: true,
      content: {
        [MEDIA_TYPES.json]: { schema: { $ref: getSchemaPath(DatasetDto) } },
        [MEDIA_TYPES.xlsx]: { schema: binary },
        ...Object.fromEntries(ZIP_MEDIA_TYPES.map((type) => [type, { schema: binary }])),
        [MEDIA_TYPES.multipart]: {
          schema: {
            type: 'object',
            required: ['sites', 'flows'],
            properties: {
              sites: binary,
              flows: binary,
              zones: binary,
              territory: binary,
              name: { type: 'string' },
              kind: { type: 'string' },
            },
          },
        },
      },
    },
  })
  @ApiOkResponse({ type: ImportOutcomeView })
  @ApiBadRequestResponse({
    type: ErrorBodyDto,
    description: 'Document ou fichier invalide : tous les problèmes',
  })
  @ApiPayloadTooLargeResponse({ type: ErrorBodyDto })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorBodyDto })
  put(
    @Param('territoryId') territoryId: string,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
    @UploadedFiles() files: UploadedCsvFiles | undefined,
  ): Promise<ImportOutcome> {
    return this.datasets.importUpload(territoryId, { contentType, body, files });
  }

  @Get('dataset')
  @ApiOperation({ summary: 'Le jeu de données du territoire (toile.dataset/1), dans l’ordre enregistré' })
  @ApiOkResponse({ type: DatasetDto })
  get(@Param('territoryId') territoryId: string): Promise<Dataset> {
    return this.datasets.export(territoryId);
  }

  @Get('dataset.xlsx')
  @ApiOperation({ summary: 'Le jeu de données en classeur Excel (mêmes feuilles que le modèle)' })
  @ApiProduces(MEDIA_TYPES.xlsx)
  @ApiOkResponse({ schema: binary })
  async workbook(@Param('territoryId') territoryId: string): Promise<StreamableFile> {
    return new StreamableFile(await this.datasets.exportWorkbook(territoryId), {
      type: MEDIA_TYPES.xlsx,
      disposition: `attachment; filename="${territoryId}.xlsx"`,
    });
  }

  @Get('dataset-csv.zip')
  @ApiOperation({ summary: 'Le jeu de données en zip de CSV (sites, flows, zones, territory)' })
  @ApiProduces(MEDIA_TYPES.zip)
  @ApiOkResponse({ schema: binary })
  async csvZip(@Param('territoryId') territoryId: string): Promise<StreamableFile> {
    return new StreamableFile(await this.datasets.exportCsvZip(territoryId), {
      type: MEDIA_TYPES.zip,
      disposition: `attachment; filename="${territoryId}-csv.zip"`,
    });
  }
}
