// The description of one scalar matcher parameter: default, unit, bounds, meaning and source.
// Every price, cost and factor the candidate stage uses is one of these, overridable by name per run.

export interface ParameterSpec {
  readonly default: number | boolean;
  /** Unit, also part of the name (`EUR/(t·km)`, `km`, `-`). */
  readonly unit: string;
  /** Inclusive bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** What it means, in English (README table). */
  readonly meaning: string;
  /** Where the default comes from; flags as in research/constants.md: V checked, R recalled, D derived. */
  readonly source: string;
}

/** A numeric parameter spec (shorthand used by the spec tables). */
export function num(
  value: number,
  unit: string,
  min: number,
  max: number,
  meaning: string,
  source: string,
  integer = false,
): ParameterSpec {
  return { default: value, unit, min, max, meaning, source, ...(integer ? { integer } : {}) };
}
