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
  mode: string;
  /** EUR per canonical unit of supply. */
  costEurPerUnit: number;
  /** tCO2e per canonical unit of supply. */
  co2TPerUnit: number;
  /** Share of the supply lost on the way (heat pipes). */
  lossShare: number;
}

export function newTransportCost(): TransportCost {
  return { mode: '', costEurPerUnit: 0, co2TPerUnit: 0, lossShare: 0 };
}

function set(out: TransportCost, mode: string, cost: number, co2: number, loss: number): TransportCost {
  out.mode = mode;
  out.costEurPerUnit = cost;
  out.co2TPerUnit = co2;
  out.lossShare = loss;
  return out;
}

/**
 * Transport of one canonical unit of supply over `km` (route km) for a link that carries `volumePerYr` units a
 * year (the smaller of the supply and of the demand expressed in supply units: a documented approximation, the
 * LP may use less). Pipes: cost €/m × 1000 × km × annuity / volume. Picks the cheaper mode where a kind offers
 * two (hydrogen: pipeline or tube trailer; industrial gases: pipe or road). Writes into `out` (no allocation).
 */
export function transportCost(
  kind: TransportKind,
  km: number,
  volumePerYr: number,
  annuity: number,
  params: MatchParameters,
  out: TransportCost = newTransportCost(),
): TransportCost {
  const perM = (1000 * km * annuity) / volumePerYr;
  switch (kind) {
    case 'road':
      return set(
        out,
        'road',
        params.roadFixedCostEurPerT + params.roadCostEurPerTKm * km,
        params.roadCo2TPerTKm * km,
        0,
      );
    case 'heat-pipe':
      return set(
        out,
        'heat-pipe',
        params.heatPipeCostEurPerM * perM,
        0,
        (params.heatPipeLossMWhPerKmYr * km) / volumePerYr,
      );
    case 'steam-pipe':
      return set(
        out,
        'steam-pipe',
        params.steamPipeCostEurPerM * perM,
        0,
        (params.steamPipeLossMWhPerKmYr * km) / volumePerYr,
      );
    case 'water-pipe':
      return set(out, 'water-pipe', params.waterPipeCostEurPerM * perM, 0, 0);
    case 'gas-pipe':
      return set(out, 'gas-pipe', params.gasPipeCostEurPerM * perM, 0, 0);
    case 'air-pipe':
      return set(out, 'air-pipe', params.gasPipeCostEurPerM * perM, 0, 0);
    case 'grid':
      return set(out, 'grid', params.electricityGridFeeEurPerMWh, 0, 0);
    case 'h2': {
      const trailer = params.h2TubeTrailerFixedCostEurPerT + params.h2TubeTrailerCostEurPerTKm * km;
      const line = params.h2PipelineCostEurPerM * perM;
      const useLine = km <= params.h2PipelineMaxKm && (km > params.h2TubeTrailerMaxKm || line < trailer);
      return useLine
        ? set(out, 'pipeline', line, 0, 0)
        : set(out, 'h2-tube-trailer', trailer, params.h2TubeTrailerCo2TPerTKm * km, 0);
    }
    case 'gas-or-road': {
      const road = params.roadFixedCostEurPerT + params.roadCostEurPerTKm * km;
      const line = params.gasPipeCostEurPerM * perM;
      const useLine = km <= params.gasPipeMaxKm && (km > params.maxRoadKmGas || line < road);
      return useLine
        ? set(out, 'gas-pipe', line, 0, 0)
        : set(out, 'road', road, params.roadCo2TPerTKm * km, 0);
    }
  }
}

/**
 * A lower bound of transportCost at `km` for any link carrying at most `maxVolumePerYr` (pipes cost more per unit
 * on smaller volumes), for the kinds the ranked search bounds: road, hydrogen and industrial gases.
 */
export function transportCostLowerBound(
  kind: TransportKind,
  km: number,
  maxVolumePerYr: number,
  annuity: number,
  params: MatchParameters,
): number {
  const perM = (1000 * km * annuity) / maxVolumePerYr;
  const road = params.roadFixedCostEurPerT + params.roadCostEurPerTKm * km;
  if (kind === 'h2') {
    const trailer = params.h2TubeTrailerFixedCostEurPerT + params.h2TubeTrailerCostEurPerTKm * km;
    return km <= params.h2PipelineMaxKm ? Math.min(trailer, params.h2PipelineCostEurPerM * perM) : trailer;
  }
  if (kind === 'gas-or-road')
    return km <= params.gasPipeMaxKm ? Math.min(road, params.gasPipeCostEurPerM * perM) : road;
  return road;
}

/** Kinds whose margin falls with distance in a way the ranked search can bound. */
export const RANKED_KINDS: ReadonlySet<TransportKind> = new Set(['road', 'h2', 'gas-or-road']);
