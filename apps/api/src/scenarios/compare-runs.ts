// Compares two match results (pure): totals side by side and their differences, the parameters that differ, and
// the synergies gained, lost and changed, matched across the runs by their stable key (follow-up/synergy-key).

import type { FlowRef, MatchResult, ResultTotals, Synergy, SynergyKind } from '@toile/flow-model';
import { synergiesByKey } from '../follow-up/synergy-key';

export const TOTAL_NAMES = [
  'synergies',
  'tonnesPerYr',
  'mwhPerYr',
  'm3PerYr',
  'netValueEurPerYr',
  'co2AvoidedTPerYr',
] as const satisfies readonly (keyof ResultTotals)[];

/** Two quantities closer than this (relative to the larger, at least 1e-9 absolute) count as equal. */
export const CHANGE_TOLERANCE = 1e-9;

/** The figures of a synergy that scenarios compare, with what it links. */
export interface SynergyBrief {
  readonly key: string;
  /** The synergy's id in its run (`s1`…): not stable across runs. */
  readonly id: string;
  readonly kind: SynergyKind;
  readonly resource: string;
  readonly supplier?: FlowRef;
  readonly consumer?: FlowRef;
  readonly members?: readonly FlowRef[];
  readonly quantity: number;
  readonly unit: string;
  readonly netValueEurPerYr: number;
  readonly co2AvoidedTPerYr: number;
}

export interface SynergyChange {
  readonly key: string;
  readonly base: SynergyBrief;
  readonly other: SynergyBrief;
  /** other − base. */
  readonly quantityDelta: number;
  readonly netValueEurPerYrDelta: number;
  readonly co2AvoidedTPerYrDelta: number;
}

export interface ParameterChange {
  readonly name: string;
  readonly base: unknown;
  readonly other: unknown;
}

export interface RunComparison {
  readonly base: { readonly totals: ResultTotals };
  readonly other: { readonly totals: ResultTotals };
  /** other − base, per total. */
  readonly deltas: ResultTotals;
  /** Parameters whose values differ (absent on one side: undefined), sorted by name. */
  readonly parameterChanges: readonly ParameterChange[];
  /** In the other run, not in the base one; by decreasing net value. */
  readonly gained: readonly SynergyBrief[];
  /** In the base run, not in the other one; by decreasing net value. */
  readonly lost: readonly SynergyBrief[];
  /** In both, with a different quantity, net value or avoided emissions; by decreasing |value delta|. */
  readonly changed: readonly SynergyChange[];
  /** In both, the same. */
  readonly unchangedCount: number;
}

export function compareRuns(
  baseResult: MatchResult,
  otherResult: MatchResult,
  baseParams: Readonly<Record<string, unknown>> = {},
  otherParams: Readonly<Record<string, unknown>> = {},
): RunComparison {
  const base = synergiesByKey(baseResult.synergies);
  const other = synergiesByKey(otherResult.synergies);
  const gained: SynergyBrief[] = [];
  const lost: SynergyBrief[] = [];
  const changed: SynergyChange[] = [];
  let unchangedCount = 0;
  for (const [key, synergy] of other) if (!base.has(key)) gained.push(briefOf(key, synergy));
  for (const [key, synergy] of base) {
    const counterpart = other.get(key);
    if (counterpart === undefined) {
      lost.push(briefOf(key, synergy));
      continue;
    }
    const change = changeOf(briefOf(key, synergy), briefOf(key, counterpart));
    if (change === undefined) unchangedCount += 1;
    else changed.push(change);
  }
  const byValue = (a: SynergyBrief, b: SynergyBrief): number =>
    b.netValueEurPerYr - a.netValueEurPerYr || a.key.localeCompare(b.key);
  return {
    base: { totals: baseResult.totals },
    other: { totals: otherResult.totals },
    deltas: totalsDelta(baseResult.totals, otherResult.totals),
    parameterChanges: parameterChanges(baseParams, otherParams),
    gained: gained.sort(byValue),
    lost: lost.sort(byValue),
    changed: changed.sort(
      (a, b) =>
        Math.abs(b.netValueEurPerYrDelta) - Math.abs(a.netValueEurPerYrDelta) || a.key.localeCompare(b.key),
    ),
    unchangedCount,
  };
}

export function briefOf(key: string, synergy: Synergy): SynergyBrief {
  return {
    key,
    id: synergy.id,
    kind: synergy.kind,
    resource: synergy.resource,
    ...(synergy.supplier ? { supplier: synergy.supplier } : {}),
    ...(synergy.consumer ? { consumer: synergy.consumer } : {}),
    ...(synergy.members ? { members: synergy.members } : {}),
    quantity: synergy.quantity,
    unit: synergy.unit,
    netValueEurPerYr: synergy.netValueEurPerYr ?? 0,
    co2AvoidedTPerYr: synergy.co2AvoidedTPerYr ?? 0,
  };
}

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > Math.max(1e-9, CHANGE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)));
}

function changeOf(base: SynergyBrief, other: SynergyBrief): SynergyChange | undefined {
  const same =
    !differs(base.quantity, other.quantity) &&
    !differs(base.netValueEurPerYr, other.netValueEurPerYr) &&
    !differs(base.co2AvoidedTPerYr, other.co2AvoidedTPerYr);
  if (same) return undefined;
  return {
    key: base.key,
    base,
    other,
    quantityDelta: other.quantity - base.quantity,
    netValueEurPerYrDelta: other.netValueEurPerYr - base.netValueEurPerYr,
    co2AvoidedTPerYrDelta: other.co2AvoidedTPerYr - base.co2AvoidedTPerYr,
  };
}

export function totalsDelta(base: ResultTotals, other: ResultTotals): ResultTotals {
  const entries = TOTAL_NAMES.map((name) => [name, other[name] - base[name]] as const);
  return Object.fromEntries(entries) as unknown as ResultTotals;
}

export function parameterChanges(
  base: Readonly<Record<string, unknown>>,
  other: Readonly<Record<string, unknown>>,
): ParameterChange[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(other)])].sort();
  return names
    .filter((name) => canonicalJson(base[name]) !== canonicalJson(other[name]))
    .map((name) => ({ name, base: base[name], other: other[name] }));
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` compare equal. */
function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
