// The sigma renderer of the viewer: programs (bordered nodes, arrows, dashed edges), label density
// settings for large territories, reducers bound to the highlight state, hover and click events.

import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { ViewerSettings } from '../settings';
import type { ViewerGraph } from '../graph/viewer-graph';
import { createEdgeReducer, createNodeReducer } from '../reducers/sigma-reducers';
import { focusNode, LARGE_GRAPH_ORDER, updateFocus, type HighlightState } from '../reducers/highlight-state';
import { EdgeDashedProgram } from '../rendering/edge-dashed-program';

export interface GraphViewCallbacks {
  readonly onClickNode: (node: string) => void;
  readonly onClickStage: () => void;
  readonly onAfterRender: () => void;
}

const NodeProgram = createNodeBorderProgram({
  borders: [
    { size: { attribute: 'borderSize', defaultValue: 0 }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

export class GraphView {
  readonly sigma: Sigma;
  private graph: ViewerGraph;
  /** What the last focus repaint highlighted, to repaint it back. */
  private painted: { nodes: Set<string>; focus: string[] } = { nodes: new Set(), focus: [] };
  private readonly resizeObserver: ResizeObserver;

  constructor(
    container: HTMLElement,
    graph: ViewerGraph,
    private readonly state: HighlightState,
    settings: ViewerSettings,
    callbacks: GraphViewCallbacks,
  ) {
    this.graph = graph;
    state.fadeOthers = graph.order < LARGE_GRAPH_ORDER;
    const large = graph.order > 2000;
    this.sigma = new Sigma(graph, container, {
      nodeProgramClasses: { border: NodeProgram },
      edgeProgramClasses: { arrow: EdgeArrowProgram, dashed: EdgeDashedProgram },
      defaultNodeType: 'border',
      defaultEdgeType: 'arrow',
      labelDensity: settings.labelDensity,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
      labelFont: 'system-ui, "DejaVu Sans", sans-serif',
      labelColor: { color: '#1f2937' },
      labelSize: 12,
      zIndex: true,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      minEdgeThickness: 0.8,
      stagePadding: 24,
      nodeReducer: createNodeReducer(state),
      edgeReducer: createEdgeReducer(state, graph),
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('clickNode', ({ node }) => callbacks.onClickNode(node));
    this.sigma.on('clickStage', () => callbacks.onClickStage());
    this.sigma.on('afterRender', () => callbacks.onAfterRender());
    // Sigma follows window resizes only; the panel and the table drawer resize the container too.
    this.resizeObserver = new ResizeObserver(() => this.sigma.scheduleRefresh());
    this.resizeObserver.observe(container);
    container.style.cursor = 'default';
    this.sigma.on('enterNode', () => (container.style.cursor = 'pointer'));
    this.sigma.on('leaveNode', () => (container.style.cursor = 'default'));
  }

  setGraph(graph: ViewerGraph): void {
    this.graph = graph;
    this.state.fadeOthers = graph.order < LARGE_GRAPH_ORDER;
    this.painted = { nodes: new Set(), focus: [] };
    this.sigma.setSetting('edgeReducer', createEdgeReducer(this.state, graph));
    this.sigma.setGraph(graph);
  }

  private hover(node: string | null): void {
    if (this.state.hoveredNode === node) return;
    this.state.hoveredNode = node;
    this.redrawFocus();
  }

  /** Re-applies the reducers everywhere after the filters or the search changed. */
  redraw(): void {
    updateFocus(this.state, this.graph);
    this.painted = this.focusPaint();
    this.sigma.refresh({ skipIndexation: true });
  }

  private focusPaint(): { nodes: Set<string>; focus: string[] } {
    const focus = [focusNode(this.state), this.state.selectedNode].filter((n): n is string => n !== null);
    return { nodes: new Set([...focus, ...this.state.focusNeighbors]), focus };
  }

  /**
   * Re-applies the reducers after the hover or the selection changed: everything when the rest is faded,
   * else only the sites and edges highlighted before and now (cheap on large graphs).
   */
  redrawFocus(): void {
    updateFocus(this.state, this.graph);
    const before = this.painted;
    const now = this.focusPaint();
    this.painted = now;
    if (this.state.fadeOthers) {
      this.sigma.refresh({ skipIndexation: true });
      return;
    }
    // Filtered-out sites and edges stay hidden: sigma has no slot to repaint them in place.
    const { hiddenNodes, hiddenEdges } = this.state.visibility;
    const nodes = new Set([...before.nodes, ...now.nodes].filter((n) => !hiddenNodes.has(n)));
    const edges = new Set<string>();
    for (const n of [...before.focus, ...now.focus])
      if (this.graph.hasNode(n)) this.graph.forEachEdge(n, (e) => hiddenEdges.has(e) || edges.add(e));
    try {
      this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
    } catch {
      // Sigma repaints in place only what its last full pass indexed: an edge hidden then (filtered out) and shown
      // now has no slot, and sigma throws « can't be repaint ». A full pass indexes it.
      this.sigma.refresh({ skipIndexation: true });
    }
  }

  /** Moves the camera onto a node, keeping the zoom unless it is too wide. */
  focusOn(node: string): void {
    const data = this.sigma.getNodeDisplayData(node);
    if (!data) return;
    const camera = this.sigma.getCamera();
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    void camera.animate(
      { x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) },
      { duration: reduced ? 0 : 400 },
    );
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }
}
