// validateDataset: every problem of a `toile.dataset/1` document at once (JSON path, value, reason, code).
// Never throws, whatever the input; cross-references (duplicate ids, dangling siteId/zoneId) are checked here.

import { DATASET_FORMAT } from '../dataset';
import type { Problem } from '../problem';
import { showValue } from '../show-value';
import { checkArray, checkUnknownFields, getField, isObject, ProblemList } from './checks';
import { DEFAULT_VALIDATION_LIMITS, type ValidationLimits } from './problem-codes';
import { validateFlow } from './validate-flow';
import { validateSite, validateTerritory, validateZone } from './validate-places';

export const DATASET_FIELDS = ['format', 'territory', 'zones', 'sites', 'flows', 'note'] as const;

/** Ids of the elements that have a string id, reporting duplicates (at the second occurrence). */
function collectIds(
  items: readonly unknown[] | undefined,
  path: string,
  what: string,
  out: ProblemList,
): Set<string> {
  const first = new Map<string, number>();
  items?.forEach((item, i) => {
    const id = isObject(item) ? getField(item, 'id') : undefined;
    if (typeof id !== 'string') return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else
      out.add(
        `${path}[${i}].id`,
        'duplicate-id',
        `${what} id ${showValue(id)} is already used by ${path}[${seen}]`,
        id,
      );
  });
  return new Set(first.keys());
}

function checkReferences(
  items: readonly unknown[] | undefined,
  path: string,
  key: string,
  known: Set<string> | undefined,
  code: 'unknown-site' | 'unknown-zone',
  out: ProblemList,
): void {
  if (known === undefined) return;
  items?.forEach((item, i) => {
    const ref = isObject(item) ? getField(item, key) : undefined;
    if (typeof ref === 'string' && !known.has(ref)) {
      const what = code === 'unknown-site' ? 'site' : 'zone';
      out.add(
        `${path}[${i}].${key}`,
        code,
        `\`${key}\` ${showValue(ref)} names no ${what} of the document`,
        ref,
      );
    }
  });
}

function run(doc: unknown, limits: ValidationLimits): Problem[] {
  const out = new ProblemList();
  if (!isObject(doc)) {
    out.add('$', 'not-an-object', `the document must be a JSON object with format "${DATASET_FORMAT}"`, doc);
    return out.items;
  }
  const format = getField(doc, 'format');
  if (format === undefined)
    out.add('$.format', 'missing-field', `\`format\` is required: "${DATASET_FORMAT}"`);
  else if (format !== DATASET_FORMAT)
    out.add('$.format', 'bad-format', `\`format\` ${showValue(format)} must be "${DATASET_FORMAT}"`, format);
  validateTerritory(getField(doc, 'territory'), '$.territory', limits, out);
  const zones = checkArray(doc, 'zones', '$', limits.zones, false, out);
  const sites = checkArray(doc, 'sites', '$', limits.sites, true, out);
  const flows = checkArray(doc, 'flows', '$', limits.flows, true, out);
  zones?.forEach((z, i) => validateZone(z, `$.zones[${i}]`, limits, out));
  sites?.forEach((s, i) => validateSite(s, `$.sites[${i}]`, limits, out));
  flows?.forEach((f, i) => validateFlow(f, `$.flows[${i}]`, limits, out));
  // Without a usable zones array every zoneId is dangling; without a usable sites array, siteIds are not judged.
  const zoneIds =
    getField(doc, 'zones') === undefined || zones !== undefined
      ? collectIds(zones, '$.zones', 'zone', out)
      : undefined;
  const siteIds = sites === undefined ? undefined : collectIds(sites, '$.sites', 'site', out);
  collectIds(flows, '$.flows', 'flow', out);
  checkReferences(sites, '$.sites', 'zoneId', zoneIds, 'unknown-zone', out);
  checkReferences(flows, '$.flows', 'siteId', siteIds, 'unknown-site', out);
  checkUnknownFields(doc, DATASET_FIELDS, '$', 'the dataset', out);
  return out.items;
}

/**
 * Every problem of a candidate `toile.dataset/1` document, in document order per check; empty when valid.
 * `zones` may be omitted (no zones). Never throws: any JSON value (or junk) gives a list of problems.
 */
export function validateDataset(
  doc: unknown,
  limits: ValidationLimits = DEFAULT_VALIDATION_LIMITS,
): Problem[] {
  try {
    return run(doc, limits);
  } catch (error) {
    // Only reachable with hostile non-JSON input (throwing getters, proxies): reported, never thrown.
    const detail = error instanceof Error ? error.message : 'unexpected value';
    return [
      { path: '$', code: 'not-an-object', reason: `the document could not be read as JSON data: ${detail}` },
    ];
  }
}
