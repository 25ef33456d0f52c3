import { tinyGraph } from '../testing/tiny-graph';
import { buildViewerGraph } from '../graph/build-graph';
import { computeVisibility, DEFAULT_FILTERS, toggleInSet } from './filters';

const graph = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'quantity' });
const hidden = (f = DEFAULT_FILTERS) => computeVisibility(graph, f);

describe('filters', () => {
  it('shows everything by default', () => {
    expect(hidden().hiddenNodes.size).toBe(0);
    expect(hidden().hiddenEdges.size).toBe(0);
  });

  it('hides edges of an unticked family', () => {
    const v = hidden({ ...DEFAULT_FILTERS, families: toggleInSet(DEFAULT_FILTERS.families, 'heat', false) });
    expect([...v.hiddenEdges]).toEqual(['e1']);
  });

  it('hides edges of an unticked status', () => {
    const v = hidden({ ...DEFAULT_FILTERS, statuses: new Set(['direct'] as const) });
    expect([...v.hiddenEdges].sort()).toEqual(['e2', 'e3']);
  });

  it('applies a minimum quantity or value', () => {
    expect([...hidden({ ...DEFAULT_FILTERS, minAmount: 100 }).hiddenEdges].sort()).toEqual(['e2', 'e4']);
    const byValue = hidden({ ...DEFAULT_FILTERS, thresholdBy: 'value', minAmount: 1 });
    expect([...byValue.hiddenEdges].sort()).toEqual(['e3', 'e4']);
  });

  it('hides sites outside the zone and every edge touching them', () => {
    const v = hidden({ ...DEFAULT_FILTERS, zoneId: 'z1' });
    expect([...v.hiddenNodes].sort()).toEqual(['C', 'D']);
    expect([...v.hiddenEdges].sort()).toEqual(['e2', 'e3', 'e4']);
  });

  it('toggles without mutating the given set', () => {
    const base = new Set(['a']);
    const next = toggleInSet(base, 'b', true);
    expect([...base]).toEqual(['a']);
    expect([...next]).toEqual(['a', 'b']);
  });
});
