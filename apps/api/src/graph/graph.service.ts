// The territory graph for the viewer: the stored dataset, with the synergies of a match run when there is one
// (the given run, else the latest done run). Building the graph itself is the pure buildTerritoryGraph.

import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Dataset, MatchResult, SerializedTerritoryGraph } from '@toile/flow-model';
import { writeGeneration } from '../common/write-generation';
import { TerritoryEntity } from '../database/entities';
import { exportDataset } from '../datasets/dataset-store';
import { buildTerritoryGraph } from './build-territory-graph';
import { MATCH_RESULTS, type MatchResults } from './match-results';

/** What the caller may see of the dataset and of a result (the role projections); absent: everything. */
export type GraphProjector = (
  dataset: Dataset,
  result: MatchResult | undefined,
) => Promise<{ dataset: Dataset; result: MatchResult | undefined }>;

const GRAPH_CACHE_SIZE = 8;

@Injectable()
export class GraphService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Optional() @Inject(MATCH_RESULTS) private readonly results?: MatchResults,
  ) {}

  /** Built graphs by territory version, run and kind of viewer (everything, public): reads far outnumber changes. */
  private readonly cache = new Map<string, SerializedTerritoryGraph>();

  /**
   * `cacheAs` names a viewer whose graph depends only on the stored territory and the run (everything, public):
   * its graph is kept until the territory changes (its `updatedAt`) or another run is drawn.
   */
  async graph(
    territoryId: string,
    runId?: string,
    projector?: GraphProjector,
    cacheAs?: 'everything' | 'public',
  ): Promise<SerializedTerritoryGraph> {
    const run = await this.results?.resultFor(territoryId, runId);
    const version = await this.ds
      .getRepository(TerritoryEntity)
      .findOne({ where: { id: territoryId }, select: { id: true, updatedAt: true } });
    const key =
      cacheAs === undefined || version === null
        ? undefined
        : [territoryId, version.updatedAt, writeGeneration(), run?.runId ?? '', cacheAs].join('\u0000');
    const cached = key === undefined ? undefined : this.cache.get(key);
    if (cached !== undefined) return cached;
    const dataset = await exportDataset(this.ds, territoryId);
    let graph: SerializedTerritoryGraph;
    if (projector === undefined) graph = buildTerritoryGraph(dataset, run?.result, run?.runId);
    else {
      const shown = await projector(dataset, run?.result);
      graph = buildTerritoryGraph(shown.dataset, shown.result, run?.runId);
    }
    if (key !== undefined) {
      this.cache.set(key, graph);
      if (this.cache.size > GRAPH_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    return graph;
  }
}
