import { tinyGraph } from '../testing/tiny-graph';
import { buildViewerGraph } from './build-graph';
import { assignEdgeWidths } from './edge-widths';
import { EDGE_WIDTH_RANGE_PX } from '../style/scales';

describe('edge widths', () => {
  it('scales quantities per unit, so each unit has its own widest edge', () => {
    const g = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'quantity' });
    // e1 is the largest MWh edge, e3 the only m3 edge, e4 the only t edge: all at the maximum.
    for (const e of ['e1', 'e3', 'e4']) expect(g.getEdgeAttribute(e, 'size')).toBe(EDGE_WIDTH_RANGE_PX.maxPx);
    expect(g.getEdgeAttribute('e2', 'size')).toBeLessThan(EDGE_WIDTH_RANGE_PX.maxPx);
  });

  it('scales by net value on one scale, missing values at the minimum', () => {
    const g = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'value' });
    expect(g.getEdgeAttribute('e1', 'size')).toBe(EDGE_WIDTH_RANGE_PX.maxPx);
    expect(g.getEdgeAttribute('e3', 'size')).toBe(EDGE_WIDTH_RANGE_PX.minPx);
    const e2 = g.getEdgeAttribute('e2', 'size');
    expect(e2).toBeCloseTo(
      EDGE_WIDTH_RANGE_PX.minPx + (EDGE_WIDTH_RANGE_PX.maxPx - EDGE_WIDTH_RANGE_PX.minPx) * 0.5,
      6,
    );
    assignEdgeWidths(g, 'quantity');
    expect(g.getEdgeAttribute('e3', 'size')).toBe(EDGE_WIDTH_RANGE_PX.maxPx);
  });
});
