// Every physical factor the unit conversions use, defined once here with its value, unit and source.
// Flags as in shared research/constants.md: V = checked against the source, D = derived from checked values.

export interface PhysicalFactor {
  /** Stable id, reported in `factorsUsed` and in a match result's assumptions. */
  readonly id: string;
  readonly value: number;
  /** Unit of `value`, e.g. `MWh/t`. */
  readonly unit: string;
  readonly description: string;
  readonly source: string;
}

function factor(
  id: string,
  value: number,
  unit: string,
  description: string,
  source: string,
): PhysicalFactor {
  return Object.freeze({ id, value, unit, description, source });
}

/** Methane: LHV 50.0 MJ/kg × density 0.7175 kg/Nm3 = 35.9 MJ/Nm3 = 9.97 kWh/Nm3 (D). */
const METHANE_LHV_KWH_PER_NM3 = (50.0 * 0.7175) / 3.6;

export const PHYSICAL_FACTORS = Object.freeze({
  // Steam delivered as saturated steam at 10 bar(a) (h'' = 2777 kJ/kg) from feed water at 15 °C (h = 63 kJ/kg):
  // 2714 kJ/kg = 0.754 MWh/t. The pressure changes it little (2 bar(a): 0.73 MWh/t; 20 bar(a): 0.76 MWh/t).
  steamEnthalpy: factor(
    'steam-enthalpy',
    0.754,
    'MWh/t',
    'Heat carried by 1 t of saturated steam at 10 bar(a), counted from feed water at 15 °C',
    'IAPWS-IF97 steam tables: h(sat. vapour, 1.0 MPa) = 2777.1 kJ/kg, h(water, 15 °C) = 63.0 kJ/kg (D)',
  ),
  // Hydrogen lower heating value 120 MJ/kg = 33.33 kWh/kg = 33.33 MWh/t.
  hydrogenLhv: factor(
    'hydrogen-lhv',
    33.33,
    'MWh/t',
    'Lower heating value of hydrogen (33.33 kWh/kg)',
    'US DOE Hydrogen Program / H2 Tools, "Lower and higher heating values of fuels": H2 LHV 120.0 MJ/kg (V)',
  ),
  // Gas densities at normal conditions (0 °C, 101.325 kPa): 1 Nm3 weighs this many kg.
  hydrogenDensity: factor(
    'hydrogen-density',
    0.0899,
    'kg/Nm3',
    'Density of hydrogen at 0 °C and 1 atm',
    'CRC Handbook of Chemistry and Physics; Air Liquide gas encyclopedia: 0.0899 kg/m3 at 0 °C, 1 atm (V)',
  ),
  co2Density: factor(
    'co2-density',
    1.977,
    'kg/Nm3',
    'Density of carbon dioxide at 0 °C and 1 atm',
    'CRC Handbook of Chemistry and Physics: 1.977 kg/m3 at 0 °C, 1 atm (V)',
  ),
  oxygenDensity: factor(
    'oxygen-density',
    1.429,
    'kg/Nm3',
    'Density of oxygen at 0 °C and 1 atm',
    'CRC Handbook of Chemistry and Physics: 1.429 kg/m3 at 0 °C, 1 atm (V)',
  ),
  nitrogenDensity: factor(
    'nitrogen-density',
    1.2506,
    'kg/Nm3',
    'Density of nitrogen at 0 °C and 1 atm',
    'CRC Handbook of Chemistry and Physics: 1.2506 kg/m3 at 0 °C, 1 atm (V)',
  ),
  // French H-gas: gross value about 11.2 kWh/Nm3 (PCS), net/gross ratio 0.90 → 10.1 kWh/Nm3 PCI.
  naturalGasLhv: factor(
    'natural-gas-lhv',
    10.1,
    'kWh/Nm3',
    'Lower heating value (PCI) of French H-type natural gas',
    'GRDF/GRTgaz: H-gas PCS ≈ 11.2 kWh/Nm3 (range 10.7–12.8); PCI/PCS = 0.90 (Base Carbone 0.205/0.227) (D)',
  ),
  // Biogas from anaerobic digestion at 60 % CH4 (usual range 50–70 %): 0.60 × 9.97 kWh/Nm3.
  biogasLhv: factor(
    'biogas-lhv',
    Math.round(0.6 * METHANE_LHV_KWH_PER_NM3 * 100) / 100,
    'kWh/Nm3',
    'Lower heating value of raw biogas at 60 % methane',
    'Methane LHV 50.0 MJ/kg × 0.7175 kg/Nm3 = 9.97 kWh/Nm3 (CRC Handbook), × 0.60 CH4 share (D)',
  ),
  // Biomethane upgraded to grid quality, at 97 % CH4 (French injection minimum): 0.97 × 9.97 kWh/Nm3.
  biomethaneLhv: factor(
    'biomethane-lhv',
    Math.round(0.97 * METHANE_LHV_KWH_PER_NM3 * 100) / 100,
    'kWh/Nm3',
    'Lower heating value of biomethane at 97 % methane',
    'Methane LHV 9.97 kWh/Nm3 (CRC Handbook), × 0.97 CH4 share of grid-injected biomethane (D)',
  ),
  // Water and aqueous effluents: 1 m3 = 1 t (density 1.00 t/m3 between 0 and 30 °C within 0.5 %).
  waterDensity: factor(
    'water-density',
    1.0,
    't/m3',
    'Density of water and aqueous effluents',
    'IAPWS-95: 0.9997 t/m3 at 10 °C, 0.9957 t/m3 at 30 °C; rounded to 1.00 (V)',
  ),
});

export type PhysicalFactorName = keyof typeof PHYSICAL_FACTORS;
