// Unit tests of the audit log's pure helpers: changed fields, import counts, site column, French summaries.

import { canonicalJson, collectionChanges, fieldChanges, siteIdsColumn } from './audit-diff';
import { itemCreatedAudit, itemDeletedAudit, itemUpdatedAudit, territoryAudit } from './audit-inputs';
import {
  importFormatOfMediaType,
  importFormatOfPath,
  importSummaryFr,
  itemSummaryFr,
  statusSummaryFr,
} from './audit-summary';

describe('canonicalJson', () => {
  it('ignores key order and undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      canonicalJson({ a: { d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});

describe('fieldChanges', () => {
  it('keeps only the fields that differ, null for an absent side', () => {
    const before = { id: 's', name: 'A', lat: 1, note: 'x', tags: ['a'] };
    const after = { id: 's', name: 'B', lat: 1, tags: ['a'], siret: '123' };
    expect(fieldChanges(before, after)).toEqual({
      before: { name: 'A', note: 'x', siret: null },
      after: { name: 'B', note: null, siret: '123' },
    });
  });

  it('finds nothing between equal objects written in another key order', () => {
    expect(fieldChanges({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toEqual({
      before: {},
      after: {},
    });
  });
});

describe('collectionChanges', () => {
  it('counts added, changed and removed by id', () => {
    const previous = [
      { id: 'a', q: 1 },
      { id: 'b', q: 2 },
      { id: 'c', q: 3 },
    ];
    const next = [
      { id: 'a', q: 1 },
      { id: 'b', q: 20 },
      { id: 'd', q: 4 },
      { id: 'e', q: 5 },
    ];
    expect(collectionChanges(previous, next)).toEqual({ added: 2, changed: 1, removed: 1, total: 4 });
    expect(collectionChanges([], [])).toEqual({ added: 0, changed: 0, removed: 0, total: 0 });
    expect(collectionChanges(previous, [])).toEqual({ added: 0, changed: 0, removed: 3, total: 0 });
  });
});

describe('siteIdsColumn', () => {
  it('writes |a|b| without duplicates or blanks, empty for none', () => {
    expect(siteIdsColumn(['a', undefined, 'b', 'a', ''])).toBe('|a|b|');
    expect(siteIdsColumn([])).toBe('');
  });
});

describe('formats and summaries', () => {
  it('names the format of an upload and of a CLI file', () => {
    expect(importFormatOfMediaType('application/json; charset=utf-8')).toBe('json');
    expect(importFormatOfMediaType('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(
      'xlsx',
    );
    expect(importFormatOfMediaType('application/zip')).toBe('csv-zip');
    expect(importFormatOfMediaType('multipart/form-data; boundary=x')).toBe('csv-form');
    expect(importFormatOfMediaType(undefined)).toBe('document');
    expect(importFormatOfPath('/d/Zone.XLSX', false)).toBe('xlsx');
    expect(importFormatOfPath('/d/csv', true)).toBe('csv-folder');
  });

  it('summarises in French', () => {
    const none = { added: 0, changed: 0, removed: 0, total: 0 };
    expect(
      importSummaryFr({
        created: false,
        format: 'xlsx',
        zones: none,
        sites: { added: 1, changed: 2, removed: 0, total: 5 },
        flows: { ...none, removed: 3, total: 7 },
      }),
    ).toBe(
      'Jeu de données remplacé par import (classeur Excel) : zones +0 ~0 −0 (0), sites +1 ~2 −0 (5), flux +0 ~0 −3 (7)',
    );
    expect(itemSummaryFr('flows', 'update', 'f1', { fields: ['quantity', 'unit'] })).toBe(
      'Flux « f1 » modifié : quantity, unit',
    );
    expect(itemSummaryFr('sites', 'delete', 's1')).toBe('Site « s1 » supprimé');
    expect(statusSummaryFr('a>b@x', 'détectée', 'contactée')).toBe(
      'Synergie « a>b@x » : détectée → contactée',
    );
  });
});

describe('audit inputs', () => {
  it('files a flow under its site, before and after moving it', () => {
    const before = { id: 'f', siteId: 's1', quantity: 1 };
    const after = { id: 'f', siteId: 's2', quantity: 1 };
    expect(itemUpdatedAudit('t', 'flows', before, after)).toMatchObject({
      action: 'flow.update',
      targetId: 'f',
      siteIds: ['s1', 's2'],
      details: { before: { siteId: 's1' }, after: { siteId: 's2' } },
    });
    expect(itemCreatedAudit('t', 'sites', { id: 's' })).toMatchObject({
      action: 'site.create',
      siteIds: ['s'],
    });
    expect(itemDeletedAudit('t', 'sites', { id: 's' }, ['f1', 'f2']).details).toEqual({
      before: { id: 's' },
      after: null,
      flowsRemoved: ['f1', 'f2'],
    });
  });

  it('describes a territory change by its changed fields only', () => {
    const entry = territoryAudit('update', { id: 't', publicPage: false }, { id: 't', publicPage: true });
    expect(entry).toMatchObject({
      territoryId: 't',
      action: 'territory.update',
      summary: 'Territoire « t » modifié : publicPage',
      details: { before: { publicPage: false }, after: { publicPage: true } },
    });
  });
});
