// The resource vocabulary (shared spec/resources.csv): key, family, canonical unit, quality fields, labels.
// Data generated into ./data/resource-rows.ts; this file gives it types and look-ups.

import { RESOURCE_ROWS } from './data/resource-rows';

export const RESOURCE_FAMILIES = [
  'heat',
  'energy',
  'fuel',
  'gas',
  'water',
  'mineral',
  'metal',
  'chemical',
  'organic',
  'plastic',
  'fibre',
  'packaging',
] as const;
export type ResourceFamily = (typeof RESOURCE_FAMILIES)[number];

/** The three canonical units: every flow is normalised to one of them, per year. */
export const CANONICAL_UNITS = ['t/yr', 'MWh/yr', 'm3/yr'] as const;
export type CanonicalUnit = (typeof CANONICAL_UNITS)[number];

export const QUALITY_FIELDS = [
  'temperatureC',
  'pressureBar',
  'purityPct',
  'dryMatterPct',
  'moisturePct',
] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

export interface ResourceDefinition {
  readonly key: string;
  readonly family: ResourceFamily;
  readonly canonicalUnit: CanonicalUnit;
  /** Quality fields that matter for this resource (e.g. `temperatureC` for heat). */
  readonly quality: readonly QualityField[];
  readonly labelEn: string;
  readonly labelFr: string;
}

function toDefinition(row: readonly [string, string, string, string, string, string]): ResourceDefinition {
  const [key, family, canonicalUnit, quality, labelEn, labelFr] = row;
  return Object.freeze({
    key,
    family: family as ResourceFamily,
    canonicalUnit: canonicalUnit as CanonicalUnit,
    quality: Object.freeze(quality === '' ? [] : (quality.split(';') as QualityField[])),
    labelEn,
    labelFr,
  });
}

/** Every resource of the vocabulary, in the order of resources.csv. */
export const RESOURCES: readonly ResourceDefinition[] = Object.freeze(RESOURCE_ROWS.map(toDefinition));

const BY_KEY: ReadonlyMap<string, ResourceDefinition> = new Map(RESOURCES.map((r) => [r.key, r]));

/** The resource with this key, or undefined. Keys are exact (lower-case, kebab-case). */
export function getResource(key: string): ResourceDefinition | undefined {
  return BY_KEY.get(key);
}

export function isResourceKey(key: unknown): key is string {
  return typeof key === 'string' && BY_KEY.has(key);
}

/** Resources whose flows must state `temperatureC` (heat, steam, cold, cooling water). */
export function requiresTemperature(resourceKey: string): boolean {
  return getResource(resourceKey)?.quality.includes('temperatureC') ?? false;
}
