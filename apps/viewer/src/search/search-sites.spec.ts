import { tinyGraph } from '../testing/tiny-graph';
import { buildViewerGraph } from '../graph/build-graph';
import { searchKey } from './normalize';
import { searchSites } from './search-sites';

const graph = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'quantity' });

describe('search', () => {
  it('normalises case, accents and spaces', () => {
    expect(searchKey('  Aciérie   ÉMERAUDE ')).toBe('acierie emeraude');
  });

  it('finds firms without accents, word starts first', () => {
    expect(searchSites(graph, 'emeraude').map((m) => m.node)).toEqual(['A']);
    expect(searchSites(graph, 'd').map((m) => m.node)).toEqual(['B', 'D', 'A']);
    expect(searchSites(graph, 'ca').map((m) => m.node)).toEqual(['C']);
  });

  it('returns nothing for a blank query and honours the limit', () => {
    expect(searchSites(graph, '   ')).toEqual([]);
    expect(searchSites(graph, 'e', 2)).toHaveLength(2);
  });
});
