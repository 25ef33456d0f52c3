import { tinyGraph } from '../testing/tiny-graph';
import { buildViewerGraph, percentile, UNMATCHED_BORDER_SIZE } from './build-graph';
import { GraphContractError } from './graph-contract-error';
import { FAMILY_COLORS } from '../style/families';
import { NODE_SIZE_RANGE_PX } from '../style/scales';

describe('buildViewerGraph', () => {
  const graph = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'quantity' });

  it('imports every site and synergy into a directed multi-graph', () => {
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.multi).toBe(true);
    expect(graph.type).toBe('directed');
    expect(graph.getAttribute('name')).toBe('Petit territoire');
  });

  it('keeps Mercator positions with north up (sigma y points up)', () => {
    const a = graph.getNodeAttributes('A');
    const d = graph.getNodeAttributes('D');
    expect(d.y).toBeGreaterThan(a.y);
    expect(d.x).toBeGreaterThan(a.x);
    expect(a.geoX).toBe(a.x);
  });

  it('sizes sites by declared volume on a square-root scale', () => {
    const size = (n: string) => graph.getNodeAttribute(n, 'size');
    expect(size('A')).toBe(NODE_SIZE_RANGE_PX.maxPx);
    expect(size('D')).toBe(NODE_SIZE_RANGE_PX.minPx);
    const half = NODE_SIZE_RANGE_PX.minPx + (NODE_SIZE_RANGE_PX.maxPx - NODE_SIZE_RANGE_PX.minPx) * 0.5;
    expect(size('B')).toBeCloseTo(half, 6);
  });

  it('marks sites with unmatched outputs by a ring', () => {
    expect(graph.getNodeAttribute('A', 'borderSize')).toBe(UNMATCHED_BORDER_SIZE);
    expect(graph.getNodeAttribute('A', 'hasUnmatchedOutputs')).toBe(true);
    expect(graph.getNodeAttribute('B', 'borderSize')).toBe(0);
  });

  it('colours edges by family and dashes mutualisations and conversions', () => {
    expect(graph.getEdgeAttributes('e1')).toMatchObject({
      type: 'arrow',
      color: FAMILY_COLORS.heat,
      status: 'direct',
    });
    expect(graph.getEdgeAttributes('e2')).toMatchObject({
      type: 'dashed',
      color: FAMILY_COLORS.steam,
      status: 'conversion',
    });
    expect(graph.getEdgeAttributes('e3')).toMatchObject({
      type: 'dashed',
      displayFamily: 'water',
      status: 'mutualisation',
    });
    expect(graph.getEdgeAttribute('e4', 'displayFamily')).toBe('materials');
  });

  it('projects lat/lon when the API gives no x/y', () => {
    const input = tinyGraph();
    const nodes = input.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, x: NaN, y: NaN } }));
    const g = buildViewerGraph({ ...input, nodes }, { edgeWidthBy: 'quantity' });
    expect(g.getNodeAttribute('A', 'x')).toBeCloseTo(graph.getNodeAttribute('A', 'x'), 3);
  });

  it('names the offending field on bad input', () => {
    const input = tinyGraph();
    const bad = { ...input, edges: [{ ...input.edges[0], target: 'Z' }] };
    expect(() => buildViewerGraph(bad, { edgeWidthBy: 'quantity' })).toThrow(GraphContractError);
    expect(() => buildViewerGraph(bad, { edgeWidthBy: 'quantity' })).toThrow(/edges\[0\]\.target/);
    const noNodes = { ...input, nodes: null } as unknown as typeof input;
    expect(() => buildViewerGraph(noNodes, { edgeWidthBy: 'quantity' })).toThrow(/"nodes" must be an array/);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([], 0.95)).toBe(0);
  });
});
