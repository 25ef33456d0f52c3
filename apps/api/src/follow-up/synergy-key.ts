// The stable identity of a synergy across match runs: its flows and its resource, never the run's `s1` id.
// Follow-up statuses hang on it (they survive re-runs) and scenarios compare two runs with it (pure).

import type { MatchResult, Synergy } from '@toile/flow-model';

/** Where the key is written in a stored result: `synergy.details.synergyKey` (the format stays toile.result/1). */
export const SYNERGY_KEY_DETAIL = 'synergyKey';

/**
 * `supplierFlowId>consumerFlowId@resource` for a substitution, `flowA+flowB+…@resource` (flow ids sorted) for a
 * mutualisation. Flow ids match `[A-Za-z0-9._-]+`, so `>`, `+` and `@` never occur inside them.
 */
export function synergyKeyOf(synergy: Synergy): string {
  if (synergy.kind === 'substitution' && synergy.supplier && synergy.consumer) {
    return `${synergy.supplier.flowId}>${synergy.consumer.flowId}@${synergy.resource}`;
  }
  const members = (synergy.members ?? []).map((member) => member.flowId).sort();
  return `${members.join('+')}@${synergy.resource}`;
}

/** The synergy with its key in `details` (a copy; a key already there is recomputed, never trusted). */
export function withSynergyKey(synergy: Synergy): Synergy {
  return { ...synergy, details: { ...(synergy.details ?? {}), [SYNERGY_KEY_DETAIL]: synergyKeyOf(synergy) } };
}

/** The result with every synergy's key in its `details` (a copy). */
export function withSynergyKeys(result: MatchResult): MatchResult {
  return { ...result, synergies: result.synergies.map(withSynergyKey) };
}

/**
 * The synergies of a result grouped by key, in the result's order. Two synergies of one run sharing a key (the
 * same pair by two routes) are one entry with their quantities, values and emissions summed.
 */
export function synergiesByKey(synergies: readonly Synergy[]): Map<string, Synergy> {
  const byKey = new Map<string, Synergy>();
  for (const synergy of synergies) {
    const key = synergyKeyOf(synergy);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? withSynergyKey(synergy) : mergeSynergies(seen, synergy));
  }
  return byKey;
}

function mergeSynergies(a: Synergy, b: Synergy): Synergy {
  const sum = (x: number | undefined, y: number | undefined): number | undefined =>
    x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0);
  const value = sum(a.netValueEurPerYr, b.netValueEurPerYr);
  const co2 = sum(a.co2AvoidedTPerYr, b.co2AvoidedTPerYr);
  return {
    ...a,
    quantity: a.quantity + b.quantity,
    ...(value === undefined ? {} : { netValueEurPerYr: value }),
    ...(co2 === undefined ? {} : { co2AvoidedTPerYr: co2 }),
  };
}
