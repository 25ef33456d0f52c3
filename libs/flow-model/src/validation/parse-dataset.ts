// parseDataset: a validated, typed Dataset or the full list of problems (the document is refused as a whole).
// Fills the only default of the format: `zones` absent means no zones.

import type { Dataset } from '../dataset';
import type { Problem } from '../problem';
import { DEFAULT_VALIDATION_LIMITS, type ValidationLimits } from './problem-codes';
import { validateDataset } from './validate-dataset';

export type ParseDatasetResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function parseDataset(
  doc: unknown,
  limits: ValidationLimits = DEFAULT_VALIDATION_LIMITS,
): ParseDatasetResult {
  const problems = validateDataset(doc, limits);
  if (problems.length > 0) return { ok: false, problems };
  const valid = doc as Dataset;
  return { ok: true, dataset: valid.zones === undefined ? { ...valid, zones: [] } : valid };
}
