// What the sigma reducers read: hover, selection, search matches and the hidden sets. Mutated in place by
// `main.ts` on events (never per frame), then sigma is refreshed; neighbour sets are computed once per change.

import type { Visibility } from '../filters/filters';
import type { ViewerGraph } from '../graph/viewer-graph';

export interface HighlightState {
  hoveredNode: string | null;
  selectedNode: string | null;
  /** Partners of the hovered node, else of the selected node, through visible edges. */
  focusNeighbors: Set<string>;
  searchMatches: ReadonlySet<string>;
  visibility: Visibility;
  /** Fade sites and edges away from the focus; off on large graphs so a hover repaints only what changed. */
  fadeOthers: boolean;
}

/** From this many sites on, hover and selection do not fade the rest (partial repaints only). */
export const LARGE_GRAPH_ORDER = 5000;

export function createHighlightState(): HighlightState {
  return {
    hoveredNode: null,
    selectedNode: null,
    focusNeighbors: new Set(),
    searchMatches: new Set(),
    visibility: { hiddenNodes: new Set(), hiddenEdges: new Set() },
    fadeOthers: true,
  };
}

export function focusNode(state: HighlightState): string | null {
  return state.hoveredNode ?? state.selectedNode;
}

/** The node's partners through edges that are not hidden. */
export function visibleNeighbors(
  graph: ViewerGraph,
  node: string,
  hiddenEdges: ReadonlySet<string>,
): Set<string> {
  const partners = new Set<string>();
  if (!graph.hasNode(node)) return partners;
  graph.forEachEdge(node, (edge, _a, source, target) => {
    if (!hiddenEdges.has(edge)) partners.add(source === node ? target : source);
  });
  return partners;
}

/** Recomputes the focus neighbours after the hover, selection or visibility changed. */
export function updateFocus(state: HighlightState, graph: ViewerGraph): void {
  const focus = focusNode(state);
  state.focusNeighbors =
    focus === null ? new Set() : visibleNeighbors(graph, focus, state.visibility.hiddenEdges);
}
