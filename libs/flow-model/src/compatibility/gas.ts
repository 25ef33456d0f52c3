// Gas compatibility (hydrogen, CO2, oxygen, nitrogen, compressed air): a supply of lower purity or pressure may
// still serve a demand, through purification and/or compression that the candidate stage must cost and say.

import type { Flow } from '../dataset';

export interface GasRuleSettings {
  /** Below this supply purity (%), purification is not proposed (PSA feed limit). */
  readonly minPurifiablePurityPct: number;
}

export type GasConversion = 'purification' | 'compression' | 'purification+compression';

export type GasCompatibility =
  | { readonly kind: 'ok' }
  | {
      readonly kind: 'conversion';
      readonly conversion: GasConversion;
      readonly purification: boolean;
      readonly compression: boolean;
      /** French reason, e.g. « pureté 99,9 % < 99,97 % demandés ». */
      readonly reason: string;
    }
  | { readonly kind: 'incompatible'; readonly reason: string };

export const GAS_RESOURCES: ReadonlySet<string> = new Set([
  'hydrogen',
  'co2',
  'oxygen',
  'nitrogen',
  'compressed-air',
]);

/** Bit of gasNeeds: purification needed. */
export const GAS_NEEDS_PURIFICATION = 1;
/** Bit of gasNeeds: compression needed. */
export const GAS_NEEDS_COMPRESSION = 2;

/**
 * The fast form of gasCompatibility for the candidate loop: −1 when incompatible, else a bit set of
 * GAS_NEEDS_PURIFICATION and GAS_NEEDS_COMPRESSION (0: fit as it is). Builds no text.
 */
export function gasNeeds(
  supply: Pick<Flow, 'resource' | 'purityPct' | 'pressureBar'>,
  demand: Pick<Flow, 'resource' | 'purityPct' | 'pressureBar'>,
  settings: GasRuleSettings = { minPurifiablePurityPct: 60 },
): number {
  if (
    supply.resource === undefined ||
    supply.resource !== demand.resource ||
    !GAS_RESOURCES.has(supply.resource)
  ) {
    return -1;
  }
  let needs = 0;
  if (demand.purityPct !== undefined && supply.resource !== 'compressed-air') {
    if (supply.purityPct === undefined) needs |= GAS_NEEDS_PURIFICATION;
    else if (supply.purityPct < demand.purityPct) {
      if (supply.purityPct < settings.minPurifiablePurityPct) return -1;
      needs |= GAS_NEEDS_PURIFICATION;
    }
  }
  if (
    demand.pressureBar !== undefined &&
    (supply.pressureBar === undefined || supply.pressureBar < demand.pressureBar)
  ) {
    needs |= GAS_NEEDS_COMPRESSION;
  }
  return needs;
}

/**
 * Purity and pressure check of a gas supply against a demand of the same resource. An undeclared supply
 * quality facing a declared demand quality is costed as needing the conversion (prudence, said in the reason).
 */
export function gasCompatibility(
  supply: Pick<Flow, 'resource' | 'purityPct' | 'pressureBar'>,
  demand: Pick<Flow, 'resource' | 'purityPct' | 'pressureBar'>,
  settings: GasRuleSettings = { minPurifiablePurityPct: 60 },
): GasCompatibility {
  if (
    supply.resource === undefined ||
    supply.resource !== demand.resource ||
    !GAS_RESOURCES.has(supply.resource)
  ) {
    return { kind: 'incompatible', reason: 'pas le même gaz' };
  }
  const reasons: string[] = [];
  let purification = false;
  if (demand.purityPct !== undefined && supply.resource !== 'compressed-air') {
    if (supply.purityPct === undefined) {
      purification = true;
      reasons.push(
        `pureté de l’offre non déclarée, ${demand.purityPct} % demandés : purification comptée par prudence`,
      );
    } else if (supply.purityPct < demand.purityPct) {
      if (supply.purityPct < settings.minPurifiablePurityPct) {
        return {
          kind: 'incompatible',
          reason: `pureté ${supply.purityPct} % sous le minimum purifiable (${settings.minPurifiablePurityPct} %)`,
        };
      }
      purification = true;
      reasons.push(`pureté ${supply.purityPct} % < ${demand.purityPct} % demandés`);
    }
  }
  let compression = false;
  if (demand.pressureBar !== undefined) {
    if (supply.pressureBar === undefined) {
      compression = true;
      reasons.push(
        `pression de l’offre non déclarée, ${demand.pressureBar} bar demandés : compression comptée par prudence`,
      );
    } else if (supply.pressureBar < demand.pressureBar) {
      compression = true;
      reasons.push(`pression ${supply.pressureBar} bar < ${demand.pressureBar} bar demandés`);
    }
  }
  if (!purification && !compression) return { kind: 'ok' };
  const conversion: GasConversion =
    purification && compression ? 'purification+compression' : purification ? 'purification' : 'compression';
  return { kind: 'conversion', conversion, purification, compression, reason: reasons.join(' ; ') };
}
