// Sites of a territory: list, read, create, modify, delete — each change validated on the whole dataset.
// Answers flow-model Site objects (entities stay in the dataset store).

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  addItem,
  deleteItem,
  getItem,
  type ItemPatch,
  listItems,
  updateItem,
} from '../datasets/dataset-edits';
import type { SiteDoc } from '../datasets/dataset-mappers';

@Injectable()
export class SitesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(territoryId: string): Promise<readonly SiteDoc[]> {
    return listItems(this.ds, territoryId, 'sites');
  }

  get(territoryId: string, siteId: string): Promise<SiteDoc> {
    return getItem(this.ds, territoryId, 'sites', siteId);
  }

  create(territoryId: string, site: SiteDoc): Promise<SiteDoc> {
    return addItem(this.ds, territoryId, 'sites', site);
  }

  update(territoryId: string, siteId: string, patch: ItemPatch): Promise<SiteDoc> {
    return updateItem(this.ds, territoryId, 'sites', siteId, patch);
  }

  remove(territoryId: string, siteId: string): Promise<void> {
    return deleteItem(this.ds, territoryId, 'sites', siteId);
  }
}
