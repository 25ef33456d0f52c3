// The territory graph for the viewer: the stored dataset, with the synergies of a match run when there is one
// (the given run, else the latest done run). Building the graph itself is the pure buildTerritoryGraph.

import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Dataset, MatchResult, SerializedTerritoryGraph } from '@toile/flow-model';
import { exportDataset } from '../datasets/dataset-store';
import { buildTerritoryGraph } from './build-territory-graph';
import { MATCH_RESULTS, type MatchResults } from './match-results';

/** What the caller may see of the dataset and of a result (the role projections); absent: everything. */
export type GraphProjector = (
  dataset: Dataset,
  result: MatchResult | undefined,
) => Promise<{ dataset: Dataset; result: MatchResult | undefined }>;

@Injectable()
export class GraphService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Optional() @Inject(MATCH_RESULTS) private readonly results?: MatchResults,
  ) {}

  async graph(
    territoryId: string,
    runId?: string,
    projector?: GraphProjector,
  ): Promise<SerializedTerritoryGraph> {
    const dataset = await exportDataset(this.ds, territoryId);
    const run = await this.results?.resultFor(territoryId, runId);
    if (projector === undefined) return buildTerritoryGraph(dataset, run?.result, run?.runId);
    const shown = await projector(dataset, run?.result);
    return buildTerritoryGraph(shown.dataset, shown.result, run?.runId);
  }
}
