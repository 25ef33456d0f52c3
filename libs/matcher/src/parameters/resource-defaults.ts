// Per-resource defaults: tCO2e avoided per canonical unit of the virgin resource replaced, and the purchase
// price assumed when an input declares none. Energy values derive from the scalar parameters (see below).

export interface ResourceDefault {
  readonly value: number;
  readonly source: string;
}

const R = (value: number, source: string): ResourceDefault => ({ value, source });

/**
 * tCO2e avoided per canonical unit of the consumer's resource replaced (virgin production minus the recycled
 * route where known). A resource absent here counts 0: no avoided-emission claim without a source.
 * heat, steam, cold, natural-gas, fuel gases, electricity and hydrogen derive from energy parameters.
 */
export const AVOIDED_CO2_DEFAULTS: Readonly<Record<string, ResourceDefault>> = {
  'steel-scrap': R(
    1.273,
    'constants.md: Base Carbone (FEDEREC 2017 LCA) 2.211 virgin − 0.938 recycled tCO2e/t (V)',
  ),
  'metal-scrap': R(1.273, 'D: counted as ferrous scrap (the bulk of mixed scrap), conservative'),
  'aluminium-scrap': R(15.75, 'constants.md: primary ≈16.5 t/t world average (IAI, V) − recycled ≈0.75 (R)'),
  'copper-scrap': R(
    3,
    'R: primary cathode ≈4 tCO2e/t (International Copper Association 2023) − secondary ≈1',
  ),
  'plastic-pe': R(1.45, 'constants.md: HDPE virgin ≈1.8-2.0 − recycled ≈0.3-0.6 kgCO2e/kg (R)'),
  'plastic-pp': R(1.45, 'R: as PE (virgin ≈1.6-2.0 − recycled ≈0.45)'),
  'plastic-pet': R(2.15, 'constants.md: PET virgin ≈2.2-3.0 − recycled ≈0.3-0.6 kgCO2e/kg (R)'),
  'plastic-mixed': R(1, 'D: below single polymers (downcycling), conservative'),
  gypsum: R(0.006, 'constants.md: natural gypsum quarrying ≈2-10 kgCO2e/t; FGD gypsum burden-free (R)'),
  'cement-additive': R(0.78, 'constants.md: CEM I ≈0.85 − GGBS ≈0.07 tCO2/t (R / V weak)'),
  aggregates: R(0.004, 'R: natural aggregates ≈3-5 kgCO2e/t (UNPG)'),
  sand: R(0.004, 'R: as aggregates'),
  'excavated-soil': R(0.004, 'R: as aggregates (avoided quarried fill)'),
  'inert-rubble': R(0.004, 'R: as aggregates'),
  limestone: R(0.004, 'R: as aggregates'),
  lime: R(0.725, 'R: EU ETS lime benchmark 2021-2025 ≈0.725 tCO2/t'),
  'glass-cullet': R(
    0.3,
    'R: FEVE/British Glass ≈0.3 tCO2 avoided per t of cullet (carbonates + melting energy)',
  ),
};

/** Purchase price of the virgin resource when an input declares no price (EUR per canonical unit). */
export const PURCHASE_PRICE_DEFAULTS: Readonly<Record<string, ResourceDefault>> = {
  gypsum: R(20, 'R: natural gypsum delivered ≈15-25 €/t'),
  'cement-additive': R(60, 'R: GGBS and fly ash sold ≈40-70 €/t (cement ≈100-120 €/t)'),
  aggregates: R(12, 'R: UNPG, aggregates ex-quarry ≈10-15 €/t'),
  sand: R(15, 'R: ex-quarry ≈12-20 €/t'),
  limestone: R(15, 'R: ex-quarry'),
  lime: R(140, 'R: quicklime ≈120-160 €/t'),
  'excavated-soil': R(5, 'R: fill material ≈3-8 €/t'),
  'inert-rubble': R(5, 'R: fill material'),
  'glass-cullet': R(60, 'R: processed cullet ≈50-80 €/t'),
  'steel-scrap': R(300, 'R: E3 old heavy scrap ≈280-350 €/t (2024)'),
  'metal-scrap': R(250, 'R: mixed scrap below sorted grades'),
  'aluminium-scrap': R(1200, 'R: aluminium scrap ≈1,000-1,500 €/t'),
  'copper-scrap': R(6500, 'R: copper scrap ≈6,000-7,500 €/t'),
  'plastic-pe': R(800, 'R: recycled PE granules ≈700-1,000 €/t'),
  'plastic-pp': R(750, 'R: recycled PP granules ≈650-900 €/t'),
  'plastic-pet': R(900, 'R: recycled PET flakes ≈800-1,100 €/t'),
  'plastic-mixed': R(150, 'R: mixed plastic bales ≈0-200 €/t'),
  'paper-cardboard': R(120, 'R: EN 643 grade 1.05 ≈100-150 €/t (2024)'),
  textiles: R(100, 'R: sorted textile fibres for recycling ≈50-150 €/t'),
  'biomass-fuel': R(100, 'R: forest chips ≈25-35 €/MWh × ≈3 MWh/t'),
  sulphur: R(100, 'R: sulphur ≈80-150 $/t (2023-2024 spot)'),
  'sulphuric-acid': R(100, 'R: NW Europe ≈50-150 €/t'),
  'hydrochloric-acid': R(150, 'R: 33 % HCl ≈100-200 €/t'),
  'caustic-soda': R(450, 'R: ≈400-600 €/t (2024)'),
  solvent: R(1000, 'R: common solvents (acetone, toluene) ≈800-1,200 €/t'),
  'animal-feed': R(200, 'R: cereals and compound feed ≈180-250 €/t'),
  fertiliser: R(300, 'R: compound fertilisers ≈300-500 €/t'),
  'soil-amendment': R(20, 'R: compost ≈10-30 €/t'),
  'water-raw': R(0.15, 'R: abstraction fee and pumping ≈0.05-0.3 €/m3'),
  'water-process': R(1.5, 'R: treated industrial water ≈1-3 €/m3'),
  'water-demineralised': R(3, 'R: ≈2-5 €/m3'),
  co2: R(120, 'R: merchant CO2 ≈100-200 €/t'),
  oxygen: R(100, 'R: bulk liquid O2 ≈80-150 €/t'),
  nitrogen: R(100, 'R: bulk liquid N2 ≈80-150 €/t'),
  pallets: R(150, 'R: used pallets ≈5-8 € each at ≈25 kg'),
};

/**
 * Resources whose outputs cost nothing to get rid of by default (sold, or released at no cost). Chemicals named
 * by a resource key (sulphur, acids, soda, ammonia, solvents) are co-products with a market; a spent chemical is a
 * waste declared by its EWC code or with its own disposal price.
 */
export const NO_DISPOSAL_COST_FAMILIES: ReadonlySet<string> = new Set([
  'chemical',
  'heat',
  'energy',
  'fuel',
  'gas',
  'water',
  'metal',
  'fibre',
  'packaging',
]);
