// Where match runs read their territory: the dataset exported from the database at the start of a run,
// and a cheap existence check so that an unknown territory answers 404 before anything is queued.

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Dataset } from '@toile/flow-model';
import { TerritoryEntity } from '../database/entities';
import { exportDataset } from '../datasets/dataset-store';
import { NotFoundError } from '../errors/domain-errors';

@Injectable()
export class MatchRunDataset {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  export(territoryId: string): Promise<Dataset> {
    return exportDataset(this.dataSource, territoryId);
  }

  async assertTerritory(territoryId: string): Promise<void> {
    const exists = await this.dataSource.getRepository(TerritoryEntity).existsBy({ id: territoryId });
    if (!exists) throw new NotFoundError('territory', territoryId);
  }
}
