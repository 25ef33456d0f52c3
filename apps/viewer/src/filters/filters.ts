// The filters of the view: shown resource families and synergy statuses, a zone, and a minimum quantity
// or value. `computeVisibility` turns them into the hidden node and edge sets the reducers read.

import { DISPLAY_FAMILIES, type DisplayFamily } from '../style/families';
import { SYNERGY_STATUSES, type SynergyStatus } from '../graph/synergy-status';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../graph/viewer-graph';

export type ThresholdBy = 'quantity' | 'value';

export interface ViewerFilters {
  readonly families: ReadonlySet<DisplayFamily>;
  readonly statuses: ReadonlySet<SynergyStatus>;
  /** Zone id, or '' for the whole territory. */
  readonly zoneId: string;
  readonly thresholdBy: ThresholdBy;
  /** Minimum quantity (in the synergy's unit per year) or net value (€ per year). */
  readonly minAmount: number;
}

export const DEFAULT_FILTERS: ViewerFilters = {
  families: new Set(DISPLAY_FAMILIES),
  statuses: new Set(SYNERGY_STATUSES),
  zoneId: '',
  thresholdBy: 'quantity',
  minAmount: 0,
};

export interface Visibility {
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
}

export function nodePasses(node: Pick<ViewerNodeAttributes, 'zoneId'>, filters: ViewerFilters): boolean {
  return filters.zoneId === '' || node.zoneId === filters.zoneId;
}

export function edgePasses(
  edge: Pick<ViewerEdgeAttributes, 'displayFamily' | 'status' | 'quantity' | 'netValueEurPerYr'>,
  filters: ViewerFilters,
): boolean {
  if (!filters.families.has(edge.displayFamily) || !filters.statuses.has(edge.status)) return false;
  if (filters.minAmount <= 0) return true;
  const amount = filters.thresholdBy === 'value' ? (edge.netValueEurPerYr ?? 0) : edge.quantity;
  return amount >= filters.minAmount;
}

/** Nodes outside the zone are hidden, and so is every edge that fails a filter or touches a hidden node. */
export function computeVisibility(graph: ViewerGraph, filters: ViewerFilters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((node, a) => {
    if (!nodePasses(a, filters)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgePasses(a, filters)) hiddenEdges.add(edge);
  });
  return { hiddenNodes, hiddenEdges };
}

export function toggleInSet<T>(set: ReadonlySet<T>, item: T, on: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}
