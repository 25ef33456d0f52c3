import { tinyGraph } from '../testing/tiny-graph';
import { buildViewerGraph } from '../graph/build-graph';
import { computeVisibility, DEFAULT_FILTERS } from '../filters/filters';
import { nextSort, sortRows, synergyRows } from './synergy-table';

const graph = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'quantity' });
const rows = synergyRows(graph, new Set());

describe('synergy table', () => {
  it('has one row per visible synergy with partner names', () => {
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.edgeKey === 'e1')).toMatchObject({
      supplier: 'Aciérie Émeraude',
      consumer: 'Brasserie du Port',
      family: 'Chaleur et froid',
      status: 'Échange direct',
    });
    const hidden = computeVisibility(graph, { ...DEFAULT_FILTERS, zoneId: 'z1' }).hiddenEdges;
    expect(synergyRows(graph, hidden).map((r) => r.edgeKey)).toEqual(['e1']);
  });

  it('sorts numbers both ways with missing values last', () => {
    const desc = sortRows(rows, { column: 'netValueEurPerYr', direction: 'descending' }).map(
      (r) => r.edgeKey,
    );
    expect(desc).toEqual(['e1', 'e2', 'e4', 'e3']);
    const asc = sortRows(rows, { column: 'netValueEurPerYr', direction: 'ascending' }).map((r) => r.edgeKey);
    expect(asc).toEqual(['e4', 'e2', 'e1', 'e3']);
  });

  it('sorts text with French collation (accents ignored)', () => {
    const bySupplier = sortRows(rows, { column: 'supplier', direction: 'ascending' }).map((r) => r.supplier);
    expect(bySupplier).toEqual([
      'Aciérie Émeraude',
      'Brasserie du Port',
      'Chimie Calais',
      'Déchetterie Dunes',
    ]);
  });

  it('does not mutate its input and every output is ordered (property over seeded shuffles)', () => {
    let seed = 3;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let k = 0; k < 20; k++) {
      const shuffled = [...rows].sort(() => rand() - 0.5);
      const copy = [...shuffled];
      const sorted = sortRows(shuffled, { column: 'quantity', direction: 'ascending' });
      expect(shuffled).toEqual(copy);
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i].quantity).toBeGreaterThanOrEqual(sorted[i - 1].quantity);
    }
  });

  it('flips the direction on the same column, numbers start descending', () => {
    expect(nextSort({ column: 'quantity', direction: 'descending' }, 'quantity').direction).toBe('ascending');
    expect(nextSort({ column: 'quantity', direction: 'descending' }, 'supplier')).toEqual({
      column: 'supplier',
      direction: 'ascending',
    });
    expect(nextSort({ column: 'supplier', direction: 'ascending' }, 'co2AvoidedTPerYr').direction).toBe(
      'descending',
    );
  });
});
