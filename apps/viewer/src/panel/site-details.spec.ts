import { tinyGraph } from '../testing/tiny-graph';
import { buildViewerGraph } from '../graph/build-graph';
import { siteDetails } from './site-details';

const graph = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'quantity' });

describe('site details', () => {
  it('lists declared flows, synergies both ways and unmatched flows with their reason', () => {
    const d = siteDetails(graph, 'A', new Set());
    expect(d.name).toBe('Aciérie Émeraude');
    expect(d.zone).toBe('Zone portuaire');
    expect(d.sector).toBe('Industrie manufacturière');
    expect(d.flows.map((f) => f.label)).toEqual(['Chaleur fatale', 'Gypse']);
    expect(d.synergies.map((s) => [s.role, s.partner])).toEqual([
      ['supplies', 'Brasserie du Port'],
      ['receives', 'Déchetterie Dunes'],
    ]);
    expect(d.synergies[0].explanation).toBe('Chaleur à 90 °C pour le brassage.');
    expect(d.unmatched).toEqual([{ flowId: 'a2', label: 'Gypse', reason: 'Aucun preneur à moins de 50 km' }]);
    expect(d.totalNetValueEurPerYr).toBe(12000 - 500);
    expect(d.totalCo2AvoidedTPerYr).toBe(90);
  });

  it('leaves out synergies hidden by the filters', () => {
    const d = siteDetails(graph, 'A', new Set(['e4']));
    expect(d.synergies.map((s) => s.edgeKey)).toEqual(['e1']);
    expect(d.totalNetValueEurPerYr).toBe(12000);
  });

  it('flags dashed synergies and the conversion', () => {
    const b = siteDetails(graph, 'B', new Set());
    const steam = b.synergies.find((s) => s.edgeKey === 'e2');
    expect(steam).toMatchObject({ dashed: true, conversion: 'pompe à chaleur', role: 'supplies' });
    expect(siteDetails(graph, 'D', new Set()).sector).toBe('Section inconnue');
  });
});

describe('resource names', () => {
  it('shows the French vocabulary label', () => {
    const d = siteDetails(graph, 'A', new Set());
    expect(d.synergies[0].resource).toBe('Chaleur');
    expect(d.synergies[1].resource).toMatch(/^Ferraille/);
  });
});
