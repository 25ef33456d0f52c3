// Malformed toile.dataset/1 documents for the fuzz: a valid document with one to three breaking edits (bad
// field, missing field, duplicate id, dangling reference, junk entity or root) plus harmless-looking noise.

import fc from 'fast-check';
import type { Dataset } from '@toile/flow-model';
import {
  breakField,
  FLOW_FIELDS,
  type ObjectEdit,
  SITE_FIELDS,
  TERRITORY_FIELDS,
  ZONE_FIELDS,
} from './fuzz-fields';
import { junkString, notObject, notString, protoEntry, withOwnKey } from './fuzz-values';

type Doc = Record<string, unknown>;
export type DocEdit = (doc: Doc) => string;

const LISTS = ['zones', 'sites', 'flows'] as const;
const FIELDS_OF = { zones: ZONE_FIELDS, sites: SITE_FIELDS, flows: FLOW_FIELDS } as const;

function listOf(doc: Doc, name: (typeof LISTS)[number]): Doc[] {
  const list = doc[name];
  return Array.isArray(list) ? (list as Doc[]) : [];
}

/** The entity at `index` (modulo), or undefined when an earlier breaking edit removed the list or the object. */
function entityAt(doc: Doc, name: (typeof LISTS)[number], index: number): Doc | undefined {
  const list = listOf(doc, name);
  const item = list[index % Math.max(1, list.length)];
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? item : undefined;
}

function territoryOf(doc: Doc): Doc | undefined {
  const t = doc.territory;
  return t !== null && typeof t === 'object' && !Array.isArray(t) ? (t as Doc) : undefined;
}

/** Breaks one field of one entity (or of the territory). */
const entityField: fc.Arbitrary<DocEdit> = fc.oneof(
  breakField(TERRITORY_FIELDS, true).map((edit): DocEdit => (doc) => {
    const territory = territoryOf(doc);
    return territory === undefined ? 'territory already broken' : `territory.${edit(territory)}`;
  }),
  ...LISTS.map((name) =>
    fc
      .tuple(fc.nat(), breakField(FIELDS_OF[name], true))
      .map(([index, edit]: [number, ObjectEdit]): DocEdit => (doc) => {
        const entity = entityAt(doc, name, index);
        return entity === undefined ? `${name} already broken` : `${name}[].${edit(entity)}`;
      }),
  ),
);

/** Another entity with the id of an existing one. */
const duplicateId: fc.Arbitrary<DocEdit> = fc
  .tuple(fc.constantFrom(...LISTS), fc.nat())
  .map(([name, index]): DocEdit => (doc) => {
    const entity = entityAt(doc, name, index);
    if (entity === undefined) return `${name} already broken`;
    listOf(doc, name).push({ ...entity });
    return `${name}: duplicate id`;
  });

/** A flow on a missing site, or a site in a missing zone. */
const danglingRef: fc.Arbitrary<DocEdit> = fc
  .tuple(fc.boolean(), fc.nat(), junkString)
  .map(([onFlow, index, suffix]): DocEdit => (doc) => {
    const entity = entityAt(doc, onFlow ? 'flows' : 'sites', index);
    const key = onFlow ? 'siteId' : 'zoneId';
    if (entity === undefined) return 'already broken';
    entity[key] = `absent-${suffix}`;
    return `${onFlow ? 'flow' : 'site'}.${key} dangling`;
  });

/** An entity replaced by a non-object. */
const junkEntity: fc.Arbitrary<DocEdit> = fc
  .tuple(fc.constantFrom(...LISTS), fc.nat(), notObject)
  .map(([name, index, junk]): DocEdit => (doc) => {
    const list = listOf(doc, name);
    if (list.length === 0) return `${name} already broken`;
    list[index % list.length] = junk as Doc;
    return `${name}[] junk`;
  });

/** A broken top level: format, territory, or a list that is not a list. */
const rootBreak: fc.Arbitrary<DocEdit> = fc.oneof(
  fc
    .oneof(notString, fc.constantFrom('toile.dataset/2', 'toile.dataset', '', 'TOILE.DATASET/1'))
    .map((value): DocEdit => (doc) => {
      doc.format = value;
      return 'format bad';
    }),
  fc.constantFrom('format', 'territory', 'sites', 'flows').map((key): DocEdit => (doc) => {
    delete doc[key];
    return `${key} absent`;
  }),
  fc
    .tuple(
      fc.constantFrom('territory', ...LISTS),
      notObject.filter((v) => !Array.isArray(v)),
    )
    .map(([key, value]): DocEdit => (doc) => {
      doc[key] = key === 'territory' ? value : { 0: value };
      return `${key} not a ${key === 'territory' ? 'object' : 'list'}`;
    }),
  fc.constant((doc: Doc) => {
    const territory = territoryOf(doc);
    if (territory !== undefined) territory.id = 'autre-territoire';
    return 'territory.id mismatch';
  }),
);

/** Edits that alone need not make a document invalid: unicode names, prototype keys, unknown keys. */
export const noiseEdit: fc.Arbitrary<DocEdit> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...LISTS), fc.nat(), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }))
    .map(([name, index, text]): DocEdit => (doc) => {
      const entity = entityAt(doc, name, index);
      if (entity !== undefined) entity.name = text;
      return `${name}[].name unicode`;
    }),
  fc
    .tuple(fc.constantFrom('root', 'territory', ...LISTS), fc.nat(), protoEntry)
    .map(([where, index, [key, value]]): DocEdit => (doc) => {
      const target =
        where === 'root' ? doc : where === 'territory' ? territoryOf(doc) : entityAt(doc, where, index);
      if (target !== undefined) withOwnKey(target, key, value);
      return `${where}.${key} own key`;
    }),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), notString).map(([key, value]): DocEdit => (doc) => {
    withOwnKey(doc, `x-${key}`, value);
    return 'unknown root key';
  }),
);

/** One to three breaking edits, and up to two noise edits, in any order. */
export const breakingEdits: fc.Arbitrary<readonly DocEdit[]> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { arbitrary: entityField, weight: 6 },
        { arbitrary: duplicateId, weight: 1 },
        { arbitrary: danglingRef, weight: 1 },
        { arbitrary: junkEntity, weight: 1 },
        { arbitrary: rootBreak, weight: 1 },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    fc.array(noiseEdit, { maxLength: 2 }),
  )
  .map(([breaking, noise]) => [...noise, ...breaking]);

/** A deep copy of the document with the edits applied, and their labels. */
export function applyEdits(base: Dataset, edits: readonly DocEdit[]): { doc: Doc; labels: string[] } {
  const doc = structuredClone(base) as unknown as Doc;
  const labels = edits.map((edit) => edit(doc));
  return { doc, labels };
}
