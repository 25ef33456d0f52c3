import { tinyGraph } from '../testing/tiny-graph';
import { buildViewerGraph } from '../graph/build-graph';
import { computeVisibility, DEFAULT_FILTERS } from '../filters/filters';
import { createHighlightState, updateFocus, visibleNeighbors } from './highlight-state';
import {
  createEdgeReducer,
  createNodeReducer,
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  SELECTED_BORDER_COLOR,
} from './sigma-reducers';

const graph = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'quantity' });
const nodeData = (n: string) => ({ ...graph.getNodeAttributes(n) });
const edgeData = (e: string) => ({ ...graph.getEdgeAttributes(e) });

describe('sigma reducers', () => {
  it('leave data untouched and return the same object without focus', () => {
    const state = createHighlightState();
    const data = nodeData('A');
    const out = createNodeReducer(state)('A', data);
    expect(out).toBe(data);
    expect(out.color).toBe(graph.getNodeAttribute('A', 'color'));
    expect(out.hidden).toBeUndefined();
  });

  it('highlight the hovered site and its partners, fade the others', () => {
    const state = createHighlightState();
    state.hoveredNode = 'B';
    updateFocus(state, graph);
    expect([...state.focusNeighbors].sort()).toEqual(['A', 'C']);
    const reduce = createNodeReducer(state);
    expect(reduce('B', nodeData('B'))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(reduce('A', nodeData('A'))).toMatchObject({ forceLabel: true });
    expect(reduce('D', nodeData('D'))).toMatchObject({ color: FADED_NODE_COLOR, label: undefined });
    const edges = createEdgeReducer(state, graph);
    expect(edges('e1', edgeData('e1')).color).toBe(graph.getEdgeAttribute('e1', 'color'));
    expect(edges('e3', edgeData('e3')).color).toBe(FADED_EDGE_COLOR);
  });

  it('ring the selected site and keep it visible while another is hovered', () => {
    const state = createHighlightState();
    state.selectedNode = 'A';
    state.hoveredNode = 'C';
    updateFocus(state, graph);
    const a = createNodeReducer(state)('A', nodeData('A'));
    expect(a.borderColor).toBe(SELECTED_BORDER_COLOR);
    expect(a.color).not.toBe(FADED_NODE_COLOR);
  });

  it('hide what the filters hide, and partners only count through visible edges', () => {
    const state = createHighlightState();
    state.visibility = computeVisibility(graph, { ...DEFAULT_FILTERS, zoneId: 'z1' });
    expect(createNodeReducer(state)('C', nodeData('C')).hidden).toBe(true);
    expect(createEdgeReducer(state, graph)('e2', edgeData('e2')).hidden).toBe(true);
    expect([...visibleNeighbors(graph, 'B', state.visibility.hiddenEdges)]).toEqual(['A']);
  });

  it('force labels on search matches', () => {
    const state = createHighlightState();
    state.searchMatches = new Set(['D']);
    expect(createNodeReducer(state)('D', nodeData('D'))).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
  });

  it('do not fade the rest on large graphs (partial repaints)', () => {
    const state = createHighlightState();
    state.fadeOthers = false;
    state.hoveredNode = 'B';
    updateFocus(state, graph);
    expect(createNodeReducer(state)('D', nodeData('D')).color).toBe(graph.getNodeAttribute('D', 'color'));
    expect(createEdgeReducer(state, graph)('e3', edgeData('e3')).color).toBe(
      graph.getEdgeAttribute('e3', 'color'),
    );
    expect(createNodeReducer(state)('B', nodeData('B'))).toMatchObject({ highlighted: true });
  });
});
