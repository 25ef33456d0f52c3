// The main parameters a user can set before a match run, as the form shows them; values are sent to
// `POST /api/territories/:id/match-runs` by name (the matcher validates them and names a bad one).

export interface MatchParameterField {
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly defaultValue: number;
  readonly min: number;
  readonly step: number;
}

export const MATCH_PARAMETER_FIELDS: readonly MatchParameterField[] = [
  {
    name: 'carbonPriceEurPerT',
    label: 'Prix du carbone',
    unit: '€/tCO₂e',
    defaultValue: 100,
    min: 0,
    step: 5,
  },
  { name: 'deltaTMinK', label: 'Pincement minimal ΔT', unit: 'K', defaultValue: 10, min: 0, step: 1 },
];

/** The parameters object from the form's raw values; blank or invalid values fall back to the default. */
export function matchParameters(raw: Readonly<Record<string, string>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const field of MATCH_PARAMETER_FIELDS) {
    const value = Number(raw[field.name]);
    out[field.name] =
      raw[field.name]?.trim() && Number.isFinite(value) && value >= field.min ? value : field.defaultValue;
  }
  return out;
}
