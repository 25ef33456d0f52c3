// Transport modes per resource, their cut-offs and their cost, CO2 and losses per canonical unit of supply.
// Pipes are capex annualised (annuity) and spread over the yearly volume the link can carry.

import { getResource } from '@toile/flow-model';
import type { MatchParameters } from '../parameters';

export type TransportKind =
  | 'road'
  | 'heat-pipe'
  | 'steam-pipe'
  | 'water-pipe'
  | 'gas-pipe'
  | 'air-pipe'
  | 'grid'
  | 'h2'
  | 'gas-or-road';

const FUEL_GASES = new Set(['natural-gas', 'fuel-gas', 'biogas', 'biomethane']);
const INDUSTRIAL_GASES = new Set(['co2', 'oxygen', 'nitrogen']);

/** The transport kind for sending `supplyResource` to a demand keyed `target`. */
export function transportKindFor(target: string, supplyResource: string | undefined): TransportKind {
  if (target === 'heat' || target === 'steam' || target === 'cold')
    return supplyResource === 'steam' ? 'steam-pipe' : 'heat-pipe';
  if (target === 'hydrogen') return 'h2';
  if (INDUSTRIAL_GASES.has(target)) return 'gas-or-road';
  if (target === 'compressed-air') return 'air-pipe';
  if (FUEL_GASES.has(target)) return 'gas-pipe';
  if (target === 'electricity') return 'grid';
  if (getResource(target)?.family === 'water') return 'water-pipe';
  return 'road';
}

const ROAD_CUT_BY_FAMILY: Readonly<Record<string, keyof MatchParameters>> = {
  mineral: 'maxRoadKmMineral',
  metal: 'maxRoadKmMetal',
  organic: 'maxRoadKmOrganic',
  plastic: 'maxRoadKmPlastic',
  fibre: 'maxRoadKmFibre',
  packaging: 'maxRoadKmPackaging',
  fuel: 'maxRoadKmFuel',
  chemical: 'maxRoadKmChemical',
  gas: 'maxRoadKmGas',
};

/** Cut-off (route km, detour included) for a transport kind towards a target key. */
export function cutoffKm(kind: TransportKind, target: string, params: MatchParameters): number {
  switch (kind) {
    case 'heat-pipe':
      return params.heatPipeMaxKm;
    case 'steam-pipe':
      return params.steamPipeMaxKm;
    case 'water-pipe':
      return params.waterPipeMaxKm;
    case 'gas-pipe':
      return params.gasPipeMaxKm;
    case 'air-pipe':
      return params.compressedAirMaxKm;
    case 'grid':
      return params.electricityMaxKm;
    case 'h2':
      return Math.max(params.h2PipelineMaxKm, params.h2TubeTrailerMaxKm);
    case 'gas-or-road':
      return Math.max(params.gasPipeMaxKm, params.maxRoadKmGas);
    case 'road': {
      const family = target.startsWith('ewc:') ? undefined : getResource(target)?.family;
      const name = family === undefined ? undefined : ROAD_CUT_BY_FAMILY[family];
      return name === undefined ? params.maxRoadKmWaste : (params[name] as number);
    }
  }
}

export interface TransportCost {
  /** Mode named in the arc: `road`, `heat-pipe`, `steam-pipe`, `water-pipe`, `gas-pipe`, `pipeline`, … */
  readonly mode: string;
  /** EUR per canonical unit of supply. */
  readonly costEurPerUnit: number;
  /** tCO2e per canonical unit of supply. */
  readonly co2TPerUnit: number;
  /** Share of the supply lost on the way (heat pipes). */
  readonly lossShare: number;
}

/** Annualised pipe cost per canonical unit carried: cost €/m × 1000 × km × annuity / yearly volume. */
function pipeCostPerUnit(costEurPerM: number, km: number, annuity: number, volumePerYr: number): number {
  return (costEurPerM * 1000 * km * annuity) / volumePerYr;
}

/**
 * Transport of one canonical unit of supply over `km` (route km) for a link that carries `volumePerYr` units a
 * year (the smaller of the supply and of the demand expressed in supply units: a documented approximation, the
 * LP may use less). Returns the cheapest mode where a kind offers two (hydrogen, industrial gases).
 */
export function transportCost(
  kind: TransportKind,
  km: number,
  volumePerYr: number,
  annuity: number,
  params: MatchParameters,
): TransportCost {
  const road = (): TransportCost => ({
    mode: 'road',
    costEurPerUnit: params.roadFixedCostEurPerT + params.roadCostEurPerTKm * km,
    co2TPerUnit: params.roadCo2TPerTKm * km,
    lossShare: 0,
  });
  const pipe = (mode: string, costEurPerM: number, lossPerKmYr = 0): TransportCost => ({
    mode,
    costEurPerUnit: pipeCostPerUnit(costEurPerM, km, annuity, volumePerYr),
    co2TPerUnit: 0,
    lossShare: (lossPerKmYr * km) / volumePerYr,
  });
  switch (kind) {
    case 'road':
      return road();
    case 'heat-pipe':
      return pipe('heat-pipe', params.heatPipeCostEurPerM, params.heatPipeLossMWhPerKmYr);
    case 'steam-pipe':
      return pipe('steam-pipe', params.steamPipeCostEurPerM, params.steamPipeLossMWhPerKmYr);
    case 'water-pipe':
      return pipe('water-pipe', params.waterPipeCostEurPerM);
    case 'gas-pipe':
      return pipe('gas-pipe', params.gasPipeCostEurPerM);
    case 'air-pipe':
      return pipe('air-pipe', params.gasPipeCostEurPerM);
    case 'grid':
      return {
        mode: 'grid',
        costEurPerUnit: params.electricityGridFeeEurPerMWh,
        co2TPerUnit: 0,
        lossShare: 0,
      };
    case 'h2': {
      const trailer: TransportCost = {
        mode: 'h2-tube-trailer',
        costEurPerUnit: params.h2TubeTrailerFixedCostEurPerT + params.h2TubeTrailerCostEurPerTKm * km,
        co2TPerUnit: params.h2TubeTrailerCo2TPerTKm * km,
        lossShare: 0,
      };
      if (km > params.h2PipelineMaxKm) return trailer;
      const line = pipe('pipeline', params.h2PipelineCostEurPerM);
      return km > params.h2TubeTrailerMaxKm || line.costEurPerUnit < trailer.costEurPerUnit ? line : trailer;
    }
    case 'gas-or-road': {
      const byRoad = road();
      if (km > params.gasPipeMaxKm) return byRoad;
      const line = pipe('gas-pipe', params.gasPipeCostEurPerM);
      return km > params.maxRoadKmGas || line.costEurPerUnit < byRoad.costEurPerUnit ? line : byRoad;
    }
  }
}
