// Flows of a territory: list, read, create, modify, delete — each change validated on the whole dataset.
// Answers flow-model Flow objects (entities stay in the dataset store).

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Flow } from '@toile/flow-model';
import {
  addItem,
  deleteItem,
  getItem,
  type ItemPatch,
  listItems,
  updateItem,
} from '../datasets/dataset-edits';

@Injectable()
export class FlowsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(territoryId: string): Promise<readonly Flow[]> {
    return listItems(this.ds, territoryId, 'flows');
  }

  get(territoryId: string, flowId: string): Promise<Flow> {
    return getItem(this.ds, territoryId, 'flows', flowId);
  }

  create(territoryId: string, site: Flow): Promise<Flow> {
    return addItem(this.ds, territoryId, 'flows', site);
  }

  update(territoryId: string, flowId: string, patch: ItemPatch): Promise<Flow> {
    return updateItem(this.ds, territoryId, 'flows', flowId, patch);
  }

  remove(territoryId: string, flowId: string): Promise<void> {
    return deleteItem(this.ds, territoryId, 'flows', flowId);
  }
}
