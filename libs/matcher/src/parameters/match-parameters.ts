// The matcher's settings: one typed object with its DEFAULT_…, validate… (every problem, by name) and resolve….
// Scalars are overridden by name (`roadCostEurPerTKm`); per-resource maps by `mapName.resource-key`.

import type { Problem } from '@toile/flow-model';
import { ECONOMICS_PARAMETER_SPECS } from './economics-parameters';
import { ENERGY_PARAMETER_SPECS } from './energy-parameters';
import type { ParameterSpec } from './parameter-spec';
import { AVOIDED_CO2_DEFAULTS, PURCHASE_PRICE_DEFAULTS } from './resource-defaults';
import { TRANSPORT_PARAMETER_SPECS } from './transport-parameters';

export const PARAMETER_SPECS = {
  ...TRANSPORT_PARAMETER_SPECS,
  ...ENERGY_PARAMETER_SPECS,
  ...ECONOMICS_PARAMETER_SPECS,
} as const;

type Specs = typeof PARAMETER_SPECS;
export type ScalarParameterName = keyof Specs;

/** Per-resource maps, keyed by resource key. */
export const RESOURCE_MAP_NAMES = [
  'avoidedCo2TPerUnit',
  'purchasePriceEurPerUnit',
  'disposalCostEurPerUnit',
] as const;
export type ResourceMapName = (typeof RESOURCE_MAP_NAMES)[number];

export type MatchParameters = {
  readonly [K in ScalarParameterName]: Specs[K]['default'] extends boolean ? boolean : number;
} & {
  /** tCO2e avoided per canonical unit of the consumer's resource replaced (overrides and static defaults). */
  readonly avoidedCo2TPerUnit: Readonly<Record<string, number>>;
  /** Purchase price assumed for an input without a price, EUR per canonical unit. */
  readonly purchasePriceEurPerUnit: Readonly<Record<string, number>>;
  /** Disposal cost assumed for an output without a price, EUR per canonical unit (overrides only). */
  readonly disposalCostEurPerUnit: Readonly<Record<string, number>>;
};

function defaultsOf(table: Readonly<Record<string, { readonly value: number }>>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).map(([key, entry]) => [key, entry.value]));
}

export const DEFAULT_MATCH_PARAMETERS: MatchParameters = Object.freeze({
  ...(Object.fromEntries(Object.entries(PARAMETER_SPECS).map(([name, spec]) => [name, spec.default])) as {
    [K in ScalarParameterName]: MatchParameters[K];
  }),
  avoidedCo2TPerUnit: Object.freeze(defaultsOf(AVOIDED_CO2_DEFAULTS)),
  purchasePriceEurPerUnit: Object.freeze(defaultsOf(PURCHASE_PRICE_DEFAULTS)),
  disposalCostEurPerUnit: Object.freeze({}),
});

const SPECS: Readonly<Record<string, ParameterSpec>> = PARAMETER_SPECS;
const RESOURCE_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function scalarProblem(name: string, value: unknown, spec: ParameterSpec): Problem | undefined {
  const path = `$.parameters.${name}`;
  if (typeof spec.default === 'boolean') {
    return typeof value === 'boolean'
      ? undefined
      : { path, value, code: 'bad-parameter', reason: `@toile/matcher: ${name} must be true or false` };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      path,
      value,
      code: 'bad-parameter',
      reason: `@toile/matcher: ${name} must be a finite number (${spec.unit})`,
    };
  }
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
    return {
      path,
      value,
      code: 'bad-parameter',
      reason: `@toile/matcher: ${name} must lie in [${spec.min}, ${spec.max}] ${spec.unit}`,
    };
  }
  if (spec.integer === true && !Number.isInteger(value)) {
    return { path, value, code: 'bad-parameter', reason: `@toile/matcher: ${name} must be an integer` };
  }
  return undefined;
}

function mapEntryProblem(map: string, key: string, value: unknown): Problem | undefined {
  const path = `$.parameters.${map}.${key}`;
  if (!RESOURCE_KEY.test(key))
    return {
      path,
      value,
      code: 'bad-parameter',
      reason: `@toile/matcher: ${map}: « ${key} » is not a resource key`,
    };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      path,
      value,
      code: 'bad-parameter',
      reason: `@toile/matcher: ${map}.${key} must be a finite number`,
    };
  }
  if (map !== 'avoidedCo2TPerUnit' && map !== 'disposalCostEurPerUnit' && value < 0) {
    return { path, value, code: 'bad-parameter', reason: `@toile/matcher: ${map}.${key} must be ≥ 0` };
  }
  return undefined;
}

/** Splits a partial into scalar and map entries: `map.key` flat names and nested `{ map: { key: v } }` alike. */
function entriesOf(partial: Readonly<Record<string, unknown>>): [string, unknown, string | undefined][] {
  const out: [string, unknown, string | undefined][] = [];
  for (const [name, value] of Object.entries(partial)) {
    const dot = name.indexOf('.');
    const head = dot < 0 ? name : name.slice(0, dot);
    if ((RESOURCE_MAP_NAMES as readonly string[]).includes(head)) {
      if (dot >= 0) out.push([head, value, name.slice(dot + 1)]);
      else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value)) out.push([head, inner, key]);
      } else out.push([head, value, '']);
    } else out.push([name, value, undefined]);
  }
  return out;
}

/** Every problem of a partial parameter object: unknown names, wrong types, out-of-range values. */
export function validateMatchParameters(partial: unknown): Problem[] {
  if (partial === null || typeof partial !== 'object' || Array.isArray(partial)) {
    return [
      {
        path: '$.parameters',
        value: partial,
        code: 'bad-parameter',
        reason: '@toile/matcher: parameters must be an object',
      },
    ];
  }
  const problems: Problem[] = [];
  for (const [name, value, key] of entriesOf(partial as Record<string, unknown>)) {
    if (key !== undefined) {
      const problem = mapEntryProblem(name, key, value);
      if (problem !== undefined) problems.push(problem);
      continue;
    }
    const spec = Object.hasOwn(SPECS, name) ? SPECS[name] : undefined;
    if (spec === undefined) {
      problems.push({
        path: `$.parameters.${name}`,
        value,
        code: 'unknown-parameter',
        reason: `@toile/matcher: unknown parameter « ${name} »`,
      });
      continue;
    }
    const problem = scalarProblem(name, value, spec);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

export class MatchParametersError extends Error {
  override readonly name = 'MatchParametersError';
  constructor(readonly problems: readonly Problem[]) {
    super(`@toile/matcher: invalid parameters: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
  }
}

/** Defaults overridden by a partial; throws MatchParametersError listing every problem when it is invalid. */
export function resolveMatchParameters(partial: unknown = {}): MatchParameters {
  const problems = validateMatchParameters(partial ?? {});
  if (problems.length > 0) throw new MatchParametersError(problems);
  const scalars: Record<string, unknown> = {};
  const maps: Record<ResourceMapName, Record<string, number>> = {
    avoidedCo2TPerUnit: { ...DEFAULT_MATCH_PARAMETERS.avoidedCo2TPerUnit },
    purchasePriceEurPerUnit: { ...DEFAULT_MATCH_PARAMETERS.purchasePriceEurPerUnit },
    disposalCostEurPerUnit: { ...DEFAULT_MATCH_PARAMETERS.disposalCostEurPerUnit },
  };
  for (const [name, value, key] of entriesOf((partial ?? {}) as Record<string, unknown>)) {
    if (key !== undefined) maps[name as ResourceMapName][key] = value as number;
    else scalars[name] = value;
  }
  return Object.freeze({ ...DEFAULT_MATCH_PARAMETERS, ...scalars, ...maps }) as MatchParameters;
}
