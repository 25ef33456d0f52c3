// Sigma's nodeReducer and edgeReducer: hide what the filters hide, highlight the focused site and its
// partners, fade the rest, force labels on search matches. They mutate sigma's per-item copy (no allocation).

import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../graph/viewer-graph';
import { focusNode, type HighlightState } from './highlight-state';

export const FADED_NODE_COLOR = '#D5D9E0';
export const FADED_EDGE_COLOR = '#E7EAEE';
export const SELECTED_BORDER_COLOR = '#F5B700';

type Data<T> = { -readonly [K in keyof T]?: T[K] } & {
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
};

export function createNodeReducer(state: HighlightState) {
  return (node: string, data: Data<ViewerNodeAttributes>): Data<ViewerNodeAttributes> => {
    if (state.visibility.hiddenNodes.has(node)) {
      data.hidden = true;
      return data;
    }
    const focus = focusNode(state);
    if (node === state.selectedNode) {
      data.borderColor = SELECTED_BORDER_COLOR;
      data.borderSize = 0.45;
      data.forceLabel = true;
      data.zIndex = 2;
    }
    if (state.searchMatches.has(node)) {
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 2;
    }
    if (focus !== null) {
      if (node === focus) {
        data.highlighted = true;
        data.forceLabel = true;
        data.zIndex = 3;
      } else if (state.focusNeighbors.has(node)) {
        data.forceLabel = true;
        data.zIndex = 1;
      } else if (state.fadeOthers && node !== state.selectedNode) {
        data.color = FADED_NODE_COLOR;
        data.borderColor = FADED_NODE_COLOR;
        data.label = undefined;
        data.zIndex = 0;
      }
    }
    return data;
  };
}

export function createEdgeReducer(state: HighlightState, graph: ViewerGraph) {
  return (edge: string, data: Data<ViewerEdgeAttributes>): Data<ViewerEdgeAttributes> => {
    if (state.visibility.hiddenEdges.has(edge)) {
      data.hidden = true;
      return data;
    }
    const focus = focusNode(state);
    if (focus !== null) {
      if (graph.source(edge) === focus || graph.target(edge) === focus) {
        data.zIndex = 1;
      } else if (state.fadeOthers) {
        data.color = FADED_EDGE_COLOR;
        data.zIndex = 0;
      }
    }
    return data;
  };
}
