// Normalisation of a quantity to its resource's canonical unit per year, through documented physical factors.
// An impossible conversion is reported with a reason, never guessed.

import { showValue } from './show-value';
import { PHYSICAL_FACTORS, type PhysicalFactor } from './physical-factors';
import { getResource, type CanonicalUnit, type ResourceDefinition } from './resources';
import {
  DEFAULT_HOURS_PER_YEAR,
  MAX_HOURS_PER_YEAR,
  parseUnit,
  periodsPerYear,
  type Dimension,
} from './units';

/** Canonical unit of a flow known only by its EWC code: waste is counted in tonnes. */
export const EWC_CANONICAL_UNIT: CanonicalUnit = 't/yr';

export type ConversionProblemCode =
  'unknown-unit' | 'incompatible-unit' | 'unknown-resource' | 'out-of-range';

export type ConversionResult =
  | {
      readonly ok: true;
      readonly value: number;
      readonly unit: CanonicalUnit;
      readonly factorsUsed: readonly string[];
    }
  | { readonly ok: false; readonly reason: string; readonly code: ConversionProblemCode };

export type FactorResult =
  | { readonly ok: true; readonly factor: number; readonly factorsUsed: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export interface QuantityWithUnit {
  readonly quantity: number;
  readonly unit: string;
  /** Operating hours per year for `/h` and power units; default 8760. */
  readonly hoursPerYear?: number;
}

/** One physical link between two dimensions for some resources: 1 `from` base unit = `factor` `to` base units. */
interface Link {
  readonly applies: (r: ResourceDefinition) => boolean;
  readonly from: Dimension;
  readonly to: Dimension;
  readonly factor: number;
  readonly source: PhysicalFactor;
}

const F = PHYSICAL_FACTORS;
const is =
  (...keys: string[]) =>
  (r: ResourceDefinition): boolean =>
    keys.includes(r.key);

const LINKS: readonly Link[] = [
  {
    applies: is('steam'),
    from: 'mass',
    to: 'energy',
    factor: F.steamEnthalpy.value,
    source: F.steamEnthalpy,
  },
  { applies: is('hydrogen'), from: 'mass', to: 'energy', factor: F.hydrogenLhv.value, source: F.hydrogenLhv },
  // kg/Nm3 → t/Nm3
  {
    applies: is('hydrogen'),
    from: 'normal-volume',
    to: 'mass',
    factor: F.hydrogenDensity.value / 1000,
    source: F.hydrogenDensity,
  },
  {
    applies: is('co2'),
    from: 'normal-volume',
    to: 'mass',
    factor: F.co2Density.value / 1000,
    source: F.co2Density,
  },
  {
    applies: is('oxygen'),
    from: 'normal-volume',
    to: 'mass',
    factor: F.oxygenDensity.value / 1000,
    source: F.oxygenDensity,
  },
  {
    applies: is('nitrogen'),
    from: 'normal-volume',
    to: 'mass',
    factor: F.nitrogenDensity.value / 1000,
    source: F.nitrogenDensity,
  },
  // kWh/Nm3 → MWh/Nm3
  {
    applies: is('natural-gas'),
    from: 'normal-volume',
    to: 'energy',
    factor: F.naturalGasLhv.value / 1000,
    source: F.naturalGasLhv,
  },
  {
    applies: is('biogas'),
    from: 'normal-volume',
    to: 'energy',
    factor: F.biogasLhv.value / 1000,
    source: F.biogasLhv,
  },
  {
    applies: is('biomethane'),
    from: 'normal-volume',
    to: 'energy',
    factor: F.biomethaneLhv.value / 1000,
    source: F.biomethaneLhv,
  },
  // t → m3 for water: 1 / (t/m3)
  {
    applies: (r) => r.family === 'water',
    from: 'mass',
    to: 'volume',
    factor: 1 / F.waterDensity.value,
    source: F.waterDensity,
  },
];

const CANONICAL_DIMENSION: Readonly<Record<CanonicalUnit, Dimension>> = {
  't/yr': 'mass',
  'MWh/yr': 'energy',
  'm3/yr': 'volume',
};

const BASE_SYMBOL: Readonly<Record<Dimension, string>> = {
  mass: 't',
  energy: 'MWh',
  volume: 'm3',
  'normal-volume': 'Nm3',
};

export function canonicalDimension(unit: CanonicalUnit): Dimension {
  return CANONICAL_DIMENSION[unit];
}

/** Links usable for a resource, both ways. */
function edges(
  resource: ResourceDefinition,
): { from: Dimension; to: Dimension; factor: number; id: string }[] {
  return LINKS.filter((l) => l.applies(resource)).flatMap((l) => [
    { from: l.from, to: l.to, factor: l.factor, id: l.source.id },
    { from: l.to, to: l.from, factor: 1 / l.factor, id: l.source.id },
  ]);
}

function impossible(from: Dimension, to: Dimension, resource: ResourceDefinition | undefined): string {
  const what = resource === undefined ? 'a flow known only by its EWC code' : `resource \`${resource.key}\``;
  if (from === 'volume' && resource?.family === 'gas')
    return `m3 of a gas depends on its pressure and temperature: give ${resource.key} in Nm3 (normal cubic metres) or in mass`;
  return `no physical factor converts ${BASE_SYMBOL[from]} (${from}) to ${BASE_SYMBOL[to]} (${to}) for ${what}`;
}

/**
 * The factor turning one base unit of `from` (t, MWh, m3, Nm3) into base units of `to` for a resource
 * (undefined: an EWC-only flow, which has no physical factor), chaining at most two links.
 */
export function dimensionFactor(
  resource: ResourceDefinition | undefined,
  from: Dimension,
  to: Dimension,
): FactorResult {
  if (from === to) return { ok: true, factor: 1, factorsUsed: [] };
  const links = resource === undefined ? [] : edges(resource);
  for (const a of links.filter((l) => l.from === from)) {
    if (a.to === to) return { ok: true, factor: a.factor, factorsUsed: [a.id] };
    const b = links.find((l) => l.from === a.to && l.to === to);
    if (b !== undefined) return { ok: true, factor: a.factor * b.factor, factorsUsed: [a.id, b.id] };
  }
  return { ok: false, reason: impossible(from, to, resource) };
}

/**
 * A quantity in its resource's canonical unit per year (`resourceKey` undefined: an EWC-only flow,
 * counted in t/yr from mass units only). Pure; never throws.
 */
export function toCanonical(q: QuantityWithUnit, resourceKey: string | undefined): ConversionResult {
  const resource = resourceKey === undefined ? undefined : getResource(resourceKey);
  if (resourceKey !== undefined && resource === undefined)
    return {
      ok: false,
      code: 'unknown-resource',
      reason: `resource ${showValue(resourceKey)} is not in the vocabulary`,
    };
  const unit = parseUnit(q.unit);
  if (unit === undefined)
    return {
      ok: false,
      code: 'unknown-unit',
      reason: `unit ${showValue(q.unit)} is not a known unit (see the units table)`,
    };
  const hours = q.hoursPerYear ?? DEFAULT_HOURS_PER_YEAR;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0 || hours > MAX_HOURS_PER_YEAR)
    return {
      ok: false,
      code: 'out-of-range',
      reason: `hoursPerYear must be a number in ]0, ${MAX_HOURS_PER_YEAR}]`,
    };
  if (typeof q.quantity !== 'number' || !Number.isFinite(q.quantity) || q.quantity < 0)
    return { ok: false, code: 'out-of-range', reason: 'quantity must be a finite number ≥ 0' };
  const canonical: CanonicalUnit = resource?.canonicalUnit ?? EWC_CANONICAL_UNIT;
  const link = dimensionFactor(resource, unit.amount.dimension, CANONICAL_DIMENSION[canonical]);
  if (!link.ok) {
    const reason =
      resource === undefined
        ? `unit \`${unit.symbol}\` is not a mass: a flow with only an EWC code is counted in t/yr (give t/… or kg/…, or name a resource)`
        : `unit \`${unit.symbol}\` cannot be converted to ${canonical} for \`${resource.key}\`: ${link.reason}`;
    return { ok: false, code: 'incompatible-unit', reason };
  }
  const value = q.quantity * unit.amount.toBase * periodsPerYear(unit.period, hours) * link.factor;
  return { ok: true, value, unit: canonical, factorsUsed: link.factorsUsed };
}
