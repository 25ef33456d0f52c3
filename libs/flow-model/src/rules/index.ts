// The substitution rule base: every rule of every family, and lookup by id.
// See README.md in this folder for the table (id, from, to, ratio, source).

import { ASH_GYPSUM_SLAG_RULES } from './rules-ash-gypsum-slag';
import { CONSTRUCTION_GLASS_RULES } from './rules-construction-glass';
import { ENERGY_WATER_CHEMICALS_RULES } from './rules-energy-water-chemicals';
import { METALS_PLASTICS_FIBRES_RULES } from './rules-metals-plastics-fibres';
import { MORE_WASTES_RULES } from './rules-more-wastes';
import { ORGANICS_RULES } from './rules-organics';
import { SLUDGE_WOOD_RULES } from './rules-sludge-wood';
import type { SubstitutionRule } from './substitution-rule';

export type { RuleConditions, RuleFrom, SubstitutionRule } from './substitution-rule';

export const SUBSTITUTION_RULES: readonly SubstitutionRule[] = [
  ...ASH_GYPSUM_SLAG_RULES,
  ...CONSTRUCTION_GLASS_RULES,
  ...METALS_PLASTICS_FIBRES_RULES,
  ...ORGANICS_RULES,
  ...SLUDGE_WOOD_RULES,
  ...ENERGY_WATER_CHEMICALS_RULES,
  ...MORE_WASTES_RULES,
];

const RULES_BY_ID: ReadonlyMap<string, SubstitutionRule> = new Map(
  SUBSTITUTION_RULES.map((rule) => [rule.id, rule]),
);

/** The rule with this id, or undefined. */
export function getSubstitutionRule(id: string): SubstitutionRule | undefined {
  return RULES_BY_ID.get(id);
}
