// Malformed request bodies at the HTTP level: the valid document or a valid body under a wrong content type,
// and JSON text that does not parse, sent to every JSON route.

import fc from 'fast-check';
import type { Dataset } from '@toile/flow-model';
import type { FuzzCase, FuzzTarget } from './fuzz-case';
import { junkString, toJsonText, urlJunk } from './fuzz-values';

const WRONG_TYPES = [
  'text/plain',
  'text/csv',
  'application/xml',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/ld+json',
  'application/octet-stream',
  'image/png',
  'multipart/mixed; boundary=x',
  'application/vnd.ms-excel',
  'application/zip; charset=utf-8',
  ';;;',
  'application/json, text/plain',
];

/** The valid document (or a site) under a wrong content type: refused whole, never half-read. */
export function contentTypeRequests(target: FuzzTarget, dataset: Dataset): fc.Arbitrary<FuzzCase> {
  const t = `/api/territories/${target.territoryId}`;
  const jsonText = toJsonText(dataset);
  return fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...WRONG_TYPES),
        urlJunk.map((s) => s.replace(/[^\x20-\x7e]/gu, 'x')),
      ),
      fc.constantFrom(
        { method: 'put' as const, path: `${t}/dataset`, body: jsonText },
        { method: 'post' as const, path: `${t}/sites`, body: '{"id":"ct-site","name":"S","lat":49,"lon":1}' },
        { method: 'post' as const, path: '/api/territories', body: '{"id":"ct-territoire","name":"T"}' },
      ),
    )
    .filter(([type]) => !/^\s*application\/json\s*(;\s*charset=utf-8\s*)?$/iu.test(type))
    .map(([contentType, { method, path, body }]) => ({
      category: 'content-types',
      label: `${method.toUpperCase()} ${path.slice(t.length) || path} as ${contentType}`,
      method,
      path,
      contentType,
      body,
      expect: 'reject',
    }));
}

/** True when the text does not parse as JSON even without a BOM and blanks (an empty body reads as `{}`). */
function notJson(text: string): boolean {
  const bare = text.replace(/^\ufeff/u, '').trim();
  if (bare === '') return false;
  try {
    JSON.parse(bare);
    return false;
  } catch {
    return true;
  }
}

/** Text that is not JSON, sent as JSON to every JSON route. */
export function jsonTextRequests(target: FuzzTarget, dataset: Dataset): fc.Arbitrary<FuzzCase> {
  const t = `/api/territories/${target.territoryId}`;
  const valid = toJsonText(dataset);
  const broken = fc
    .oneof(
      fc.integer({ min: 1, max: valid.length - 1 }).map((n) => valid.slice(0, n)),
      fc
        .tuple(fc.nat(), fc.constantFrom('}', ']', ',', '"', ':', 'NaN', 'undefined', "'", '\\', '\u0000'))
        .map(([at, junk]) => {
          const i = at % valid.length;
          return valid.slice(0, i) + junk + valid.slice(i);
        }),
      fc.constantFrom(
        '{',
        '{"a":1,}',
        "{'a':1}",
        '{"a":NaN}',
        '{a:1}',
        '\ufeff{',
        '[1,2',
        '{"a":"\\x"}',
        '{"a":01}',
      ),
      junkString,
    )
    .filter(notJson);
  const routes = [
    { method: 'put' as const, path: `${t}/dataset` },
    { method: 'post' as const, path: `${t}/sites` },
    { method: 'patch' as const, path: `${t}/sites/${target.siteIds[0]}` },
    { method: 'post' as const, path: `${t}/flows` },
    { method: 'patch' as const, path: `${t}/flows/${target.flowIds[0]}` },
    { method: 'post' as const, path: `${t}/match-runs` },
    { method: 'post' as const, path: '/api/territories' },
    { method: 'patch' as const, path: t },
  ];
  return fc.tuple(fc.constantFrom(...routes), broken).map(([{ method, path }, body]) => ({
    category: 'json-text',
    label: `${method.toUpperCase()} ${path.slice(t.length) || path}: ${JSON.stringify(body.slice(0, 30))}`,
    method,
    path,
    contentType: 'application/json',
    body,
    expect: 'reject',
  }));
}
