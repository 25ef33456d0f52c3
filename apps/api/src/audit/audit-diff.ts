// Pure helpers of the audit log: which fields of an object changed (before/after of those only), and what an
// import added, changed and removed against the previous dataset, compared by id in canonical JSON.

export type JsonRecord = Readonly<Record<string, unknown>>;

export interface FieldChanges {
  /** The changed fields as they were (`null` for a field that was absent). */
  readonly before: JsonRecord;
  /** The changed fields as they are (`null` for a field now absent). */
  readonly after: JsonRecord;
}

export interface CollectionChanges {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** How many items the collection has after the change. */
  readonly total: number;
}

/** JSON with object keys sorted and undefined members dropped: equal values give equal texts. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}

/** The fields whose value differs between `before` and `after` (keys in alphabetical order). */
export function fieldChanges(before: object, after: object): FieldChanges {
  const was = before as Record<string, unknown>;
  const is = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].sort();
  const old: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of keys) {
    if (canonicalJson(was[key]) === canonicalJson(is[key])) continue;
    old[key] = was[key] ?? null;
    now[key] = is[key] ?? null;
  }
  return { before: old, after: now };
}

/** The names of the changed fields. */
export function changedFieldNames(changes: FieldChanges): string[] {
  return Object.keys(changes.after);
}

/** Items of `next` whose id is new, items kept with another content, items whose id is gone. */
export function collectionChanges(
  previous: readonly { readonly id: string }[],
  next: readonly { readonly id: string }[],
): CollectionChanges {
  const old = new Map(previous.map((item) => [item.id, canonicalJson(item)]));
  const ids = new Set<string>();
  let added = 0;
  let changed = 0;
  for (const item of next) {
    ids.add(item.id);
    const was = old.get(item.id);
    if (was === undefined) added += 1;
    else if (was !== canonicalJson(item)) changed += 1;
  }
  const removed = previous.filter((item) => !ids.has(item.id)).length;
  return { added, changed, removed, total: next.length };
}

/** `|a|b|`: the site ids of an entry as stored, so that `LIKE '%|a|%'` finds it. */
export function siteIdsColumn(siteIds: readonly (string | undefined)[]): string {
  const ids = [...new Set(siteIds.filter((id): id is string => typeof id === 'string' && id !== ''))];
  return ids.length === 0 ? '' : `|${ids.join('|')}|`;
}
