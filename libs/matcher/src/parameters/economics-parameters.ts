// Economic parameters: capex annuity, default disposal costs when an output has no price, the partner cap
// and the pooling (mutualisation) rules.

import { num, type ParameterSpec } from './parameter-spec';

export const ECONOMICS_PARAMETER_SPECS = {
  discountRatePct: num(
    4.5,
    '%',
    0,
    30,
    'Discount rate turning pipe and equipment capex into an annuity',
    'R: France Stratégie, rapport Quinet (2013): 4.5 % public discount rate incl. risk premium',
  ),
  pipeLifetimeYears: num(
    30,
    'yr',
    1,
    100,
    'Lifetime of pipes for the annuity',
    'R: pre-insulated district-heating pipes 30-50 yr',
  ),
  nonHazardousDisposalEurPerT: num(
    130,
    'EUR/t',
    0,
    2000,
    'Default disposal cost of a non-hazardous waste without a price (landfill)',
    'R: ISDND gate fee ≈60-80 €/t + TGAP 2025 65 €/t (loi de finances 2019 trajectory)',
  ),
  inertDisposalEurPerT: num(
    15,
    'EUR/t',
    0,
    500,
    'Default disposal cost of an inert waste without a price',
    'R: ISDI gate fees ≈5-20 €/t',
  ),
  organicDisposalEurPerT: num(
    60,
    'EUR/t',
    0,
    1000,
    'Default treatment cost of organic waste without a price (composting, methanisation gate fee)',
    'R: ADEME référentiel des coûts, gate fees ≈40-80 €/t',
  ),
  hazardousDisposalEurPerT: num(
    300,
    'EUR/t',
    0,
    5000,
    'Default disposal cost of a hazardous waste without a price',
    'R: ISDD or hazardous incineration ≈200-500 €/t',
  ),
  maxPartnersPerFlow: num(
    150,
    'count',
    1,
    100000,
    'Most valuable partners kept per flow and per partner resource (union over both ends)',
    'D: keeps the LP near-linear in flows; the best partners dominate an optimum',
    true,
  ),
  poolingRadiusKm: num(
    5,
    'km',
    0,
    100,
    'Sites closer than this (single linkage) may pool the same input or waste',
    'R: PRESTEO and ACT’IF mutualisation at park scale (anchors.md); a business park spans ≈1-5 km',
  ),
  poolingMinMembers: num(
    2,
    'count',
    2,
    1000,
    'Fewest sites in a pooling proposal',
    'Issue 3: ≥ 2 different sites',
    true,
  ),
  poolingSavingShare: num(
    0.2,
    '-',
    0,
    1,
    'Share of the collection or purchase cost saved by pooling',
    'R: ADEME/Orée mutualised waste collection in business parks reports 15-30 % savings; midpoint 20 %',
  ),
} as const satisfies Record<string, ParameterSpec>;
