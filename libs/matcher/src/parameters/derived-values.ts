// Values derived from the parameters: capex annuity, and per-resource avoided CO2, default purchase price and
// default disposal cost (explicit map entries first, then energy values derived from prices and factors).

import type { MatchParameters } from './match-parameters';
import { NO_DISPOSAL_COST_FAMILIES } from './resource-defaults';

const INERT_RESOURCES = new Set([
  'excavated-soil',
  'inert-rubble',
  'aggregates',
  'sand',
  'limestone',
  'glass-cullet',
]);
/** EWC codes or prefixes of inert wastes (ISDI): concrete, bricks, tiles, soil and stones, quarry wastes. */
const INERT_EWC_PREFIXES = [
  '1701',
  '170302',
  '1705',
  '200202',
  '0101',
  '0104',
  '101208',
  '101314',
  '170202',
  '191209',
];

/** Whether a resource key or a six-digit EWC code is an inert material (inert landfill if not recovered). */
export function isInert(resourceOrEwc: string): boolean {
  if (INERT_RESOURCES.has(resourceOrEwc)) return true;
  return (
    /^\d{6}$/.test(resourceOrEwc) && INERT_EWC_PREFIXES.some((prefix) => resourceOrEwc.startsWith(prefix))
  );
}

/** Capital recovery factor r / (1 − (1 + r)^−n): EUR per year per EUR of capex. */
export function annuityFactor(
  params: Pick<MatchParameters, 'discountRatePct' | 'pipeLifetimeYears'>,
): number {
  const r = params.discountRatePct / 100;
  const n = params.pipeLifetimeYears;
  return r === 0 ? 1 / n : r / (1 - (1 + r) ** -n);
}

const GAS_FUELS = new Set(['natural-gas', 'fuel-gas', 'biogas', 'biomethane']);
/** Natural gas per tonne of SMR hydrogen: 144 MMBtu/t ≈ 42 MWh HHV/t (constants.md, HOwDI, V). */
export const SMR_GAS_MWH_PER_T_H2 = 42;

/** tCO2e avoided per canonical unit of `resource` replaced; 0 when no sourced factor exists. */
export function avoidedCo2TPerUnit(resource: string, params: MatchParameters): number {
  const explicit = params.avoidedCo2TPerUnit[resource];
  if (explicit !== undefined) return explicit;
  if (resource === 'heat' || resource === 'steam')
    return params.naturalGasCo2TPerMWh / params.boilerEfficiency;
  if (resource === 'cold') return params.electricityCo2TPerMWh / params.chillerCop;
  if (GAS_FUELS.has(resource)) return params.naturalGasCo2TPerMWh;
  if (resource === 'electricity' || resource === 'compressed-air') return params.electricityCo2TPerMWh;
  if (resource === 'hydrogen') return params.hydrogenGreyCo2TPerT;
  return 0;
}

/** Purchase price (EUR per canonical unit) assumed for an input of `resource` without a price; 0 if unknown. */
export function defaultPurchasePriceEurPerUnit(resource: string, params: MatchParameters): number {
  const explicit = params.purchasePriceEurPerUnit[resource];
  if (explicit !== undefined) return explicit;
  if (resource === 'heat' || resource === 'steam')
    return params.naturalGasPriceEurPerMWh / params.boilerEfficiency;
  if (resource === 'cold') return params.electricityPriceEurPerMWh / params.chillerCop;
  if (GAS_FUELS.has(resource)) return params.naturalGasPriceEurPerMWh;
  if (resource === 'electricity' || resource === 'compressed-air') return params.electricityPriceEurPerMWh;
  if (resource === 'hydrogen') {
    return (
      SMR_GAS_MWH_PER_T_H2 * params.naturalGasPriceEurPerMWh + 1000 * params.hydrogenSmrNonFuelCostEurPerKg
    );
  }
  return 0;
}

/**
 * Disposal cost (EUR per canonical unit) assumed for an output without a price: an explicit entry for its
 * resource key, else hazardous, inert (ISDI), organic or landfill cost; 0 for sold or free-to-release families.
 */
export function defaultDisposalCostEurPerUnit(
  resource: string | undefined,
  family: string,
  hazardous: boolean,
  params: MatchParameters,
): number {
  const explicit = resource === undefined ? undefined : params.disposalCostEurPerUnit[resource];
  if (explicit !== undefined) return explicit;
  if (hazardous) return params.hazardousDisposalEurPerT;
  if (NO_DISPOSAL_COST_FAMILIES.has(family)) return 0;
  if (resource !== undefined && isInert(resource)) return params.inertDisposalEurPerT;
  if (family === 'organic') return params.organicDisposalEurPerT;
  return params.nonHazardousDisposalEurPerT;
}
