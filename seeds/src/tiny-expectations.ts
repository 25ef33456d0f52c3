// Hand-solved outcomes of the tiny territories, as data, for the matcher's tests and the independent checker.
// Quantities are in canonical units per year; every number is derived in seeds/README.md.

export type Limit = 'supply' | 'demand';

export interface ExpectedExchange {
  readonly supplyFlowId: string;
  readonly demandFlowId: string;
  readonly quantity: number;
  readonly unit: 't/yr' | 'MWh/yr';
  /** Which side caps the quantity. */
  readonly limitedBy: Limit;
  /** `firm`: must appear; `if-worth-it`: appears only if the matcher finds the conversion worth its cost. */
  readonly certainty: 'firm' | 'if-worth-it';
  /** Conversion the exchange needs (`heat-pump`, `purification+compression`); absent means a direct exchange. */
  readonly conversion?: string;
  /** How to read the quantity when it is not simply supply = demand. */
  readonly noteFr?: string;
}

export interface TinyExpectation {
  readonly datasetId: string;
  readonly assumptionsFr: readonly string[];
  readonly exchanges: readonly ExpectedExchange[];
  /** Flows that must stay without partner (no compatible input or output in the territory). */
  readonly unmatchedFlowIds: readonly string[];
}

export const TINY_MATERIALS_EXPECTATION: TinyExpectation = {
  datasetId: 'tiny-materials',
  assumptionsFr: [
    'Transport : f €/t de chargement + c €/t·km × k × distance à vol d’oiseau ; marges positives ; rayon ≥ 50 k km.',
    'Le gypse de désulfuration remplace le gypse acheté tonne pour tonne.',
  ],
  exchanges: [
    {
      supplyFlowId: 'centrale-fgd-gypsum',
      demandFlowId: 'platrerie-proche-gypsum',
      quantity: 600,
      unit: 't/yr',
      limitedBy: 'demand',
      certainty: 'firm',
    },
    {
      supplyFlowId: 'centrale-fgd-gypsum',
      demandFlowId: 'platrerie-loin-gypsum',
      quantity: 400,
      unit: 't/yr',
      limitedBy: 'supply',
      certainty: 'firm',
    },
  ],
  unmatchedFlowIds: ['atelier-fibres'],
};

/**
 * Net value of the tiny-materials optimum, EUR/yr, for a road cost of `c` EUR/t·km, a fixed loading cost of `f`
 * EUR/t and a detour factor `k` on straight-line distances (2 km and 50 km):
 * 600 × (30 + 25 − f − 2kc) + 400 × (30 + 20 − f − 50kc) = 53,000 − 1,000 f − 21,200 k c.
 */
export function tinyMaterialsNetValueEurPerYr(
  transportEurPerTKm: number,
  fixedEurPerT = 0,
  detourFactor = 1,
): number {
  const perKm = transportEurPerTKm * detourFactor;
  return 600 * (30 + 25 - fixedEurPerT - 2 * perKm) + 400 * (30 + 20 - fixedEurPerT - 50 * perKm);
}

export const TINY_HEAT_H2_EXPECTATION: TinyExpectation = {
  datasetId: 'tiny-heat-h2',
  assumptionsFr: [
    'Échange direct de chaleur si T_source − ΔT_min ≥ T_besoin, avec ΔT_min ≤ 25 K.',
    'Au-dessus de la température de la source, seule une pompe à chaleur peut servir le besoin.',
    'Une demande à 99,97 % et 350 bar ne peut recevoir de l’hydrogène à 99,9 % et 1,2 bar qu’après purification et compression.',
  ],
  exchanges: [
    {
      supplyFlowId: 'fonderie-heat',
      demandFlowId: 'sechoir-heat',
      quantity: 3000,
      unit: 'MWh/yr',
      limitedBy: 'demand',
      certainty: 'firm',
    },
    {
      supplyFlowId: 'fonderie-heat',
      demandFlowId: 'laiterie-heat',
      quantity: 1000,
      unit: 'MWh/yr',
      limitedBy: 'demand',
      certainty: 'if-worth-it',
      conversion: 'heat-pump',
      noteFr:
        '1 000 MWh/an livrés ; chaleur prélevée à la source = 1 000 × (1 − 1/COP) MWh/an, électricité = 1 000/COP.',
    },
    {
      supplyFlowId: 'chlore-h2',
      demandFlowId: 'depot-bus-h2',
      quantity: 50,
      unit: 't/yr',
      limitedBy: 'demand',
      certainty: 'if-worth-it',
      conversion: 'purification+compression',
    },
  ],
  unmatchedFlowIds: [],
};

export const TINY_EXPECTATIONS: Readonly<Record<string, TinyExpectation>> = {
  [TINY_MATERIALS_EXPECTATION.datasetId]: TINY_MATERIALS_EXPECTATION,
  [TINY_HEAT_H2_EXPECTATION.datasetId]: TINY_HEAT_H2_EXPECTATION,
};
