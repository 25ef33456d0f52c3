// A hand-made four-site territory graph for the viewer's unit tests (test data, not a real territory):
// A supplies heat to B, B steam to C with a heat pump, C and D pool water, D sends scrap to A.

import type { GraphFlowSummary, SerializedTerritoryGraph, SiteNodeAttributes } from '@toile/flow-model';

function site(
  key: string,
  label: string,
  lon: number,
  lat: number,
  extra: Partial<SiteNodeAttributes> = {},
): { key: string; attributes: SiteNodeAttributes } {
  const flows: GraphFlowSummary[] = extra.flows ? [...extra.flows] : [];
  return {
    key,
    attributes: {
      kind: 'site',
      label,
      lat,
      lon,
      x: (6378137 * lon * Math.PI) / 180,
      y: 6378137 * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
      confidentiality: 'public',
      declaredVolume: 100,
      unmatchedOutputs: 0,
      ...extra,
      flows,
    },
  };
}

export function tinyGraph(): SerializedTerritoryGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {
      territoryId: 'tiny',
      name: 'Petit territoire',
      zones: [
        { id: 'z1', name: 'Zone portuaire' },
        { id: 'z2', name: 'Zone est' },
      ],
    },
    nodes: [
      site('A', 'Aciérie Émeraude', 2.0, 49.0, {
        naceSection: 'C',
        zoneId: 'z1',
        declaredVolume: 400,
        unmatchedOutputs: 1,
        flows: [
          {
            id: 'a1',
            direction: 'output',
            resource: 'heat',
            family: 'heat',
            label: 'Chaleur fatale',
            quantity: 300,
            unit: 'MWh/yr',
            temperatureC: 90,
            confidentiality: 'public',
          },
          {
            id: 'a2',
            direction: 'output',
            resource: 'gypsum',
            family: 'mineral',
            label: 'Gypse',
            quantity: 100,
            unit: 't/yr',
            confidentiality: 'public',
            unmatchedReason: 'Aucun preneur à moins de 50 km',
          },
        ],
      }),
      site('B', 'Brasserie du Port', 2.1, 49.1, { naceSection: 'C', zoneId: 'z1', declaredVolume: 100 }),
      site('C', 'Chimie Calais', 2.2, 49.2, { naceSection: 'D', zoneId: 'z2', declaredVolume: 25 }),
      site('D', 'Déchetterie Dunes', 2.3, 49.3, { naceSection: undefined, zoneId: 'z2', declaredVolume: 0 }),
    ],
    edges: [
      {
        key: 'e1',
        source: 'A',
        target: 'B',
        attributes: {
          kind: 'synergy',
          synergyId: 's1',
          synergyKind: 'substitution',
          resource: 'heat',
          family: 'heat',
          quantity: 300,
          unit: 'MWh/yr',
          netValueEurPerYr: 12000,
          co2AvoidedTPerYr: 60,
          distanceKm: 2.5,
          explanation: 'Chaleur à 90 °C pour le brassage.',
        },
      },
      {
        key: 'e2',
        source: 'B',
        target: 'C',
        attributes: {
          kind: 'synergy',
          synergyId: 's2',
          synergyKind: 'substitution',
          resource: 'steam',
          family: 'heat',
          quantity: 75,
          unit: 'MWh/yr',
          netValueEurPerYr: 3000,
          co2AvoidedTPerYr: 10,
          conversion: 'pompe à chaleur',
          explanation: 'Vapeur relevée par PAC.',
        },
      },
      {
        key: 'e3',
        source: 'C',
        target: 'D',
        attributes: {
          kind: 'synergy',
          synergyId: 's3',
          synergyKind: 'mutualisation',
          resource: 'water-process',
          family: 'water',
          quantity: 5000,
          unit: 'm3/yr',
          explanation: 'Station d’eau partagée.',
        },
      },
      {
        key: 'e4',
        source: 'D',
        target: 'A',
        attributes: {
          kind: 'synergy',
          synergyId: 's4',
          synergyKind: 'substitution',
          resource: 'steel-scrap',
          family: 'metal',
          quantity: 40,
          unit: 't/yr',
          netValueEurPerYr: -500,
          co2AvoidedTPerYr: 30,
          explanation: 'Ferrailles refondues.',
        },
      },
    ],
  };
}
