// Builds the viewer's multi-graph from `GET /api/territories/:id/graph` (graphology serialized format):
// checks the contract, imports it, then adds positions, sizes, colours and edge programs.

import { MultiDirectedGraph } from 'graphology';
import type { SerializedTerritoryGraph } from '@toile/flow-model';
import { displayFamily, FAMILY_COLORS } from '../style/families';
import { naceSectionColor } from '../style/nace-palette';
import { applySqrtScale, NODE_SIZE_RANGE_PX, nodeDensityFactor, sqrtScale } from '../style/scales';
import type { EdgeWidthBy } from '../settings';
import { searchKey } from '../search/normalize';
import { GraphContractError } from './graph-contract-error';
import { sitePosition } from './projection';
import { isDashedStatus, synergyStatus } from './synergy-status';
import { assignEdgeWidths } from './edge-widths';
import type { ViewerGraph } from './viewer-graph';

export const UNMATCHED_BORDER_COLOR = '#111827';
export const UNMATCHED_BORDER_SIZE = 0.35;
/** Sizes saturate at this percentile of declared volumes, so one giant site does not shrink all others. */
export const SIZE_DOMAIN_PERCENTILE = 0.95;

/** The `p`-quantile (0–1) of `values` by the nearest-rank method; 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function checkContract(input: SerializedTerritoryGraph): void {
  if (input === null || typeof input !== 'object')
    throw new GraphContractError('(root)', 'must be an object');
  if (!Array.isArray(input.nodes)) throw new GraphContractError('nodes', 'must be an array');
  if (!Array.isArray(input.edges)) throw new GraphContractError('edges', 'must be an array');
  const keys = new Set<string>();
  for (const [i, node] of input.nodes.entries()) {
    const a = node?.attributes;
    if (typeof node?.key !== 'string') throw new GraphContractError(`nodes[${i}].key`, 'must be a string');
    if (!a || !Number.isFinite(a.lat) || !Number.isFinite(a.lon)) {
      throw new GraphContractError(`nodes[${i}].attributes.lat/lon`, 'must be finite numbers');
    }
    if (!Array.isArray(a.flows))
      throw new GraphContractError(`nodes[${i}].attributes.flows`, 'must be an array');
    keys.add(node.key);
  }
  for (const [i, edge] of input.edges.entries()) {
    if (!keys.has(edge?.source))
      throw new GraphContractError(`edges[${i}].source`, `"${edge?.source}" is no node`);
    if (!keys.has(edge?.target))
      throw new GraphContractError(`edges[${i}].target`, `"${edge?.target}" is no node`);
    if (!edge.attributes || !Number.isFinite(edge.attributes.quantity)) {
      throw new GraphContractError(`edges[${i}].attributes.quantity`, 'must be a finite number');
    }
  }
}

export interface BuildGraphOptions {
  readonly edgeWidthBy: EdgeWidthBy;
}

/** A new viewer graph from the serialized territory graph; throws GraphContractError on bad input. */
export function buildViewerGraph(input: SerializedTerritoryGraph, options: BuildGraphOptions): ViewerGraph {
  checkContract(input);
  const volumes = input.nodes.map((n) => n.attributes.declaredVolume || 0);
  const density = nodeDensityFactor(input.nodes.length);
  const sizeScale = sqrtScale(percentile(volumes, SIZE_DOMAIN_PERCENTILE), {
    minPx: NODE_SIZE_RANGE_PX.minPx * density,
    maxPx: NODE_SIZE_RANGE_PX.maxPx * density,
  });

  const graph: ViewerGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ ...input.attributes, zones: input.attributes?.zones ?? [] });
  for (const { key, attributes: a } of input.nodes) {
    const position = sitePosition(a);
    const unmatched = (a.unmatchedOutputs ?? 0) > 0;
    graph.addNode(key, {
      ...a,
      x: position.x,
      y: position.y,
      geoX: position.x,
      geoY: position.y,
      size: applySqrtScale(sizeScale, a.declaredVolume),
      color: naceSectionColor(a.naceSection),
      type: 'border',
      borderColor: UNMATCHED_BORDER_COLOR,
      borderSize: unmatched ? UNMATCHED_BORDER_SIZE : 0,
      hasUnmatchedOutputs: unmatched,
      searchKey: searchKey(a.label ?? key),
    });
  }
  for (const { key, source, target, attributes: a } of input.edges) {
    const { family, ...rest } = a;
    const status = synergyStatus(a);
    const shown = displayFamily(a.resource, family);
    graph.addDirectedEdgeWithKey(key, source, target, {
      ...rest,
      resourceFamily: family,
      displayFamily: shown,
      status,
      size: 1,
      color: FAMILY_COLORS[shown],
      type: isDashedStatus(status) ? 'dashed' : 'arrow',
    });
  }
  assignEdgeWidths(graph, options.edgeWidthBy);
  return graph;
}
