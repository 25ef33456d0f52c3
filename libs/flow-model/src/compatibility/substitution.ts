// Which substitution rules let an output replace an input's resource: an index of the rule base by EWC code,
// EWC prefix and resource, the machine-checkable conditions, and the pair predicate `substitutionRulesFor`.

import type { Flow } from '../dataset';
import { SUBSTITUTION_RULES } from '../rules';
import type { SubstitutionRule } from '../rules';
import { ewcDigits } from './ewc-code';

export interface RuleIndex {
  readonly byEwc: ReadonlyMap<string, readonly SubstitutionRule[]>;
  /** Keys are 2-digit chapters or 4-digit sub-chapters. */
  readonly byPrefix: ReadonlyMap<string, readonly SubstitutionRule[]>;
  readonly byResource: ReadonlyMap<string, readonly SubstitutionRule[]>;
}

function push(map: Map<string, SubstitutionRule[]>, key: string, rule: SubstitutionRule): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [rule]);
  else if (!list.includes(rule)) list.push(rule);
}

/** Indexes rules by what they apply to, for constant-time lookup per output. */
export function indexSubstitutionRules(rules: readonly SubstitutionRule[] = SUBSTITUTION_RULES): RuleIndex {
  const byEwc = new Map<string, SubstitutionRule[]>();
  const byPrefix = new Map<string, SubstitutionRule[]>();
  const byResource = new Map<string, SubstitutionRule[]>();
  for (const rule of rules) {
    for (const code of rule.from.ewc ?? []) push(byEwc, code, rule);
    for (const prefix of rule.from.ewcPrefixes ?? []) push(byPrefix, prefix, rule);
    if (rule.from.resource !== undefined) push(byResource, rule.from.resource, rule);
  }
  return { byEwc, byPrefix, byResource };
}

const DEFAULT_INDEX = indexSubstitutionRules();

/** Every rule whose `from` matches the output (by its resource, its EWC code or the code's prefixes), once each. */
export function rulesFromOutput(
  output: Pick<Flow, 'resource' | 'ewc'>,
  index: RuleIndex = DEFAULT_INDEX,
): readonly SubstitutionRule[] {
  const found: SubstitutionRule[] = [];
  const add = (rules: readonly SubstitutionRule[] | undefined): void => {
    for (const rule of rules ?? []) if (!found.includes(rule)) found.push(rule);
  };
  if (output.resource !== undefined) add(index.byResource.get(output.resource));
  const code = ewcDigits(output.ewc);
  if (code !== undefined) {
    add(index.byEwc.get(code));
    add(index.byPrefix.get(code.slice(0, 4)));
    add(index.byPrefix.get(code.slice(0, 2)));
  }
  return found;
}

/** Dry matter of a flow: declared, or 100 − moisture when only moisture is declared. */
export function dryMatterPctOf(flow: Pick<Flow, 'dryMatterPct' | 'moisturePct'>): number | undefined {
  if (flow.dryMatterPct !== undefined) return flow.dryMatterPct;
  return flow.moisturePct === undefined ? undefined : 100 - flow.moisturePct;
}

/**
 * Why the output fails the rule's machine-checkable conditions (French text), or undefined when it passes.
 * A quality the output does not declare is not held against it: the condition text stays to be checked.
 */
export function ruleConditionFailure(
  rule: SubstitutionRule,
  output: Pick<Flow, 'dryMatterPct' | 'moisturePct' | 'purityPct'>,
  hazardous: boolean,
): string | undefined {
  const c = rule.conditions;
  if (c.nonHazardousOnly === true && hazardous) return 'la règle exclut les déchets dangereux';
  const dryMatter = dryMatterPctOf(output);
  if (c.minDryMatterPct !== undefined && dryMatter !== undefined && dryMatter < c.minDryMatterPct) {
    return `matière sèche ${dryMatter} % < ${c.minDryMatterPct} % exigés`;
  }
  const moisture =
    output.moisturePct ?? (output.dryMatterPct === undefined ? undefined : 100 - output.dryMatterPct);
  if (c.maxMoisturePct !== undefined && moisture !== undefined && moisture > c.maxMoisturePct) {
    return `humidité ${moisture} % > ${c.maxMoisturePct} % admis`;
  }
  if (c.minPurityPct !== undefined && output.purityPct !== undefined && output.purityPct < c.minPurityPct) {
    return `pureté ${output.purityPct} % < ${c.minPurityPct} % exigés`;
  }
  return undefined;
}

/**
 * The rules by which this output can replace this input's resource, conditions met (hazard acceptance is a
 * separate check, see hazardous.ts). Same-resource pairs need no rule and are not listed here.
 */
export function substitutionRulesFor(
  output: Pick<Flow, 'resource' | 'ewc' | 'dryMatterPct' | 'moisturePct' | 'purityPct'>,
  input: Pick<Flow, 'resource'>,
  hazardous = false,
  index: RuleIndex = DEFAULT_INDEX,
): readonly SubstitutionRule[] {
  if (input.resource === undefined) return [];
  return rulesFromOutput(output, index).filter(
    (rule) => rule.to === input.resource && ruleConditionFailure(rule, output, hazardous) === undefined,
  );
}
