// Types a parsed seed JSON file as a `Dataset` after a shape check (format and arrays present).
// Full validation is `validateDataset` from @toile/flow-model, run by the seeds' tests on every file.
import { DATASET_FORMAT, type Dataset } from '@toile/flow-model';
import { SeedError } from './seed-error';

export function asDataset(seedId: string, json: unknown): Dataset {
  if (typeof json !== 'object' || json === null) throw new SeedError(seedId, 'is not a JSON object');
  const doc = json as Record<string, unknown>;
  if (doc['format'] !== DATASET_FORMAT) {
    throw new SeedError(seedId, `has format ${JSON.stringify(doc['format'])}, expected "${DATASET_FORMAT}"`);
  }
  for (const key of ['zones', 'sites', 'flows'] as const) {
    if (!Array.isArray(doc[key])) throw new SeedError(seedId, `has no "${key}" array`);
  }
  return json as Dataset;
}
