// A territory's whole dataset: PUT/GET /api/territories/:territoryId/dataset (+ .xlsx, -csv.zip) and the templates.

import { Module } from '@nestjs/common';
import { TemplatesController } from '../templates/templates.controller';
import { DatasetsController } from './datasets.controller';
import { DatasetsService } from './datasets.service';

@Module({ controllers: [DatasetsController, TemplatesController], providers: [DatasetsService] })
export class DatasetsModule {}
