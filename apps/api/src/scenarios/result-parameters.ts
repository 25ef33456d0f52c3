// The parameters a toile.result/1 document was computed with, read back from its `assumptions` (pure): what
// `toile compare` compares when it only has two result files.

import type { MatchResult } from '@toile/flow-model';

const MAPS = ['avoidedCo2TPerUnit', 'purchasePriceEurPerUnit', 'disposalCostEurPerUnit'] as const;

/** `{ name: value }` from `assumptions.parameters[name].value` and the per-resource maps; {} when absent. */
export function resultParameters(result: MatchResult): Record<string, unknown> {
  const assumptions = result.assumptions ?? {};
  const parameters: Record<string, unknown> = {};
  const scalars = assumptions['parameters'];
  if (scalars !== null && typeof scalars === 'object') {
    for (const [name, entry] of Object.entries(scalars as Record<string, unknown>)) {
      if (entry !== null && typeof entry === 'object' && 'value' in entry) {
        parameters[name] = (entry as { value: unknown }).value;
      }
    }
  }
  for (const name of MAPS) if (assumptions[name] !== undefined) parameters[name] = assumptions[name];
  return parameters;
}
