// Unit tests of buildTerritoryGraph: nodes placed in Web Mercator, flow summaries, synergies as edges
// (substitution one edge, mutualisation a star from the first member), unmatched reasons; graphology reads it.

import { MultiDirectedGraph } from 'graphology';
import { DATASET_FORMAT, type Dataset, type MatchResult, RESULT_FORMAT } from '@toile/flow-model';
import { buildTerritoryGraph } from './build-territory-graph';
import { EARTH_RADIUS_M, toWebMercator } from './web-mercator';

const dataset: Dataset = {
  format: DATASET_FORMAT,
  territory: { id: 't', name: 'T' },
  zones: [{ id: 'z', name: 'Zone', kind: 'zae' }],
  sites: [
    { id: 'a', name: 'A', lat: 0, lon: 0, nace: '17.12', zoneId: 'z', confidentiality: 'public' },
    { id: 'b', name: 'B', lat: 49.5, lon: 0.1 },
    { id: 'c', name: 'C', lat: 49.6, lon: 0.2 },
  ],
  flows: [
    {
      id: 'a-heat',
      siteId: 'a',
      direction: 'output',
      resource: 'heat',
      quantity: 2,
      unit: 'GWh/yr',
      temperatureC: 90,
    },
    { id: 'a-ash', siteId: 'a', direction: 'output', ewc: '10 01 01', quantity: 10, unit: 't/month' },
    {
      id: 'b-heat',
      siteId: 'b',
      direction: 'input',
      resource: 'heat',
      quantity: 500,
      unit: 'MWh/yr',
      temperatureC: 60,
    },
    {
      id: 'b-card',
      siteId: 'b',
      direction: 'output',
      resource: 'paper-cardboard',
      quantity: 5,
      unit: 't/yr',
    },
    {
      id: 'c-card',
      siteId: 'c',
      direction: 'output',
      resource: 'paper-cardboard',
      quantity: 7,
      unit: 't/yr',
    },
    {
      id: 'a-card',
      siteId: 'a',
      direction: 'output',
      resource: 'paper-cardboard',
      quantity: 3,
      unit: 't/yr',
    },
  ],
};

const result: MatchResult = {
  format: RESULT_FORMAT,
  territoryId: 't',
  status: 'optimal',
  synergies: [
    {
      id: 's1',
      kind: 'substitution',
      resource: 'heat',
      supplier: { siteId: 'a', flowId: 'a-heat' },
      consumer: { siteId: 'b', flowId: 'b-heat' },
      quantity: 500,
      unit: 'MWh/yr',
      distanceKm: 1.2,
      netValueEurPerYr: 1000,
      explanation: 'chaleur fatale',
      details: { conversion: 'heat-pump' },
    },
    {
      id: 's2',
      kind: 'mutualisation',
      resource: 'paper-cardboard',
      members: [
        { siteId: 'b', flowId: 'b-card' },
        { siteId: 'c', flowId: 'c-card' },
        { siteId: 'a', flowId: 'a-card' },
      ],
      quantity: 15,
      unit: 't/yr',
      explanation: 'collecte commune',
    },
    {
      id: 's3',
      kind: 'substitution',
      resource: 'heat',
      supplier: { siteId: 'a', flowId: 'a-heat' },
      consumer: { siteId: 'gone', flowId: 'x' },
      quantity: 1,
      unit: 'MWh/yr',
      explanation: 'site disparu',
    },
  ],
  totals: {
    synergies: 3,
    tonnesPerYr: 15,
    mwhPerYr: 500,
    m3PerYr: 0,
    netValueEurPerYr: 1000,
    co2AvoidedTPerYr: 0,
  },
  unmatched: [{ flowId: 'a-ash', reason: 'aucun preneur' }],
  assumptions: {},
};

describe('toWebMercator', () => {
  it('maps the origin to 0,0 and the antimeridian to half the equator', () => {
    expect(toWebMercator(0, 0).x).toBe(0);
    expect(toWebMercator(0, 0).y).toBeCloseTo(0, 6);
    expect(toWebMercator(0, 180).x).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 6);
    // y(45°) = R · ln(tan 67.5°) = R · ln(1 + √2) = 5 621 521.49 m.
    expect(toWebMercator(45, 0).y).toBeCloseTo(5_621_521.486, 2);
    expect(Number.isFinite(toWebMercator(90, 0).y)).toBe(true);
  });
});

describe('buildTerritoryGraph', () => {
  it('gives one node per site with its place, sector and flows, and no edge without a result', () => {
    const graph = buildTerritoryGraph(dataset);
    expect(graph.edges).toEqual([]);
    expect(graph.attributes).toEqual({
      territoryId: 't',
      name: 'T',
      zones: [{ id: 'z', name: 'Zone', kind: 'zae' }],
    });
    const a = graph.nodes.find((n) => n.key === 'a')!.attributes;
    expect(a).toEqual(
      expect.objectContaining({
        kind: 'site',
        label: 'A',
        x: 0,
        zoneId: 'z',
        nace: '17.12',
        naceSection: 'C',
        sector: 'Industrie manufacturière',
        confidentiality: 'public',
        unmatchedOutputs: 0,
      }),
    );
    expect(a.y).toBeCloseTo(0, 6);
    // 2 GWh = 2000 MWh, 10 t/month = 120 t/yr, 3 t/yr: a size hint summing canonical quantities.
    expect(a.declaredVolume).toBeCloseTo(2000 + 120 + 3);
    const ash = a.flows.find((f) => f.id === 'a-ash')!;
    expect(ash).toEqual(
      expect.objectContaining({
        family: 'waste',
        quantityCanonical: 120,
        canonicalUnit: 't/yr',
        confidentiality: 'public',
      }),
    );
    expect(graph.nodes.find((n) => n.key === 'b')!.attributes.confidentiality).toBe('territory');
  });

  it('draws a substitution as one edge and a mutualisation as a star from its first member', () => {
    const graph = buildTerritoryGraph(dataset, result, 'run-1');
    expect(graph.attributes.runId).toBe('run-1');
    expect(graph.edges.map((e) => [e.key, e.source, e.target])).toEqual([
      ['s1', 'a', 'b'],
      ['s2#1', 'b', 'c'],
      ['s2#2', 'b', 'a'],
    ]);
    expect(graph.edges[0].attributes).toEqual(
      expect.objectContaining({
        kind: 'synergy',
        synergyKind: 'substitution',
        family: 'heat',
        conversion: 'heat-pump',
        supplierFlowId: 'a-heat',
        consumerFlowId: 'b-heat',
        distanceKm: 1.2,
      }),
    );
    expect(graph.edges[2].attributes).toEqual(
      expect.objectContaining({
        synergyKind: 'mutualisation',
        supplierFlowId: 'b-card',
        consumerFlowId: 'a-card',
      }),
    );
    const a = graph.nodes.find((n) => n.key === 'a')!.attributes;
    expect(a.unmatchedOutputs).toBe(1);
    expect(a.flows.find((f) => f.id === 'a-ash')!.unmatchedReason).toBe('aucun preneur');
  });

  it('is read by graphology as a directed multi-graph', () => {
    const graph = MultiDirectedGraph.from(buildTerritoryGraph(dataset, result) as never);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttribute('b', 'label')).toBe('B');
  });
});
