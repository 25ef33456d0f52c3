// Malformed requests at the URL level: bad path parameters on every route (one parameter broken, the others
// real), and junk query strings on the read routes.

import fc from 'fast-check';
import type { Dataset } from '@toile/flow-model';
import { jsonCase, type FuzzCase, type FuzzTarget, type Method } from './fuzz-case';
import { badPathId, encodeSegment, urlJunk } from './fuzz-values';

type Slot = 't' | 's' | 'f' | 'r' | 'k' | 'id';

interface Route {
  readonly method: Method;
  readonly template: string;
  /** A valid body: only the bad parameter is wrong. */
  readonly body?: (target: FuzzTarget, dataset: Dataset) => unknown;
}

const ROUTES: readonly Route[] = [
  { method: 'get', template: '/api/territories/{t}' },
  { method: 'patch', template: '/api/territories/{t}', body: () => ({ publicPage: false }) },
  { method: 'delete', template: '/api/territories/{t}' },
  { method: 'get', template: '/api/territories/{t}/dataset' },
  // The stored territory's valid document sent to a bad territory id.
  { method: 'put', template: '/api/territories/{t}/dataset', body: (_target, dataset) => dataset },
  { method: 'get', template: '/api/territories/{t}/dataset.xlsx' },
  { method: 'get', template: '/api/territories/{t}/dataset-csv.zip' },
  { method: 'get', template: '/api/territories/{t}/sites/{s}' },
  { method: 'patch', template: '/api/territories/{t}/sites/{s}', body: () => ({ name: 'Nouveau nom' }) },
  { method: 'delete', template: '/api/territories/{t}/sites/{s}' },
  {
    method: 'post',
    template: '/api/territories/{t}/sites',
    body: () => ({ id: 'site-route', name: 'Site', lat: 49, lon: 1 }),
  },
  { method: 'get', template: '/api/territories/{t}/flows/{f}' },
  { method: 'patch', template: '/api/territories/{t}/flows/{f}', body: () => ({ quantity: 12 }) },
  { method: 'delete', template: '/api/territories/{t}/flows/{f}' },
  { method: 'get', template: '/api/territories/{t}/match-runs' },
  { method: 'get', template: '/api/territories/{t}/match-runs/{r}' },
  { method: 'get', template: '/api/territories/{t}/match-runs/{r}/synergies' },
  { method: 'get', template: '/api/territories/{t}/match-runs/{r}/report.xlsx?variant=nulle' },
  { method: 'get', template: '/api/territories/{t}/match-runs/{r}/report.pdf?variant=nulle' },
  { method: 'get', template: '/api/territories/{t}/match-runs/{r}/synergies.csv?variant=nulle' },
  { method: 'get', template: '/api/territories/{t}/match-runs/{r}/report.geojson?variant=nulle' },
  { method: 'post', template: '/api/territories/{t}/match-runs', body: () => ({}) },
  { method: 'get', template: '/api/territories/{t}/graph' },
  { method: 'get', template: '/api/territories/{t}/follow-up' },
  { method: 'get', template: '/api/territories/{t}/synergies/{k}/history' },
  {
    method: 'post',
    template: '/api/territories/{t}/synergies/{k}/status',
    body: () => ({ status: 'contacted' }),
  },
  { method: 'post', template: '/api/territories/{t}/synergies/{k}/introduction' },
  { method: 'delete', template: '/api/territories/{t}/synergies/{k}/introduction' },
  { method: 'delete', template: '/api/api-keys/{id}' },
  { method: 'delete', template: '/api/users/{id}' },
];

function slotsOf(template: string): Slot[] {
  return [...template.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] as Slot);
}

function goodValue(slot: Slot, target: FuzzTarget): string {
  const values: Record<Slot, string> = {
    t: target.territoryId,
    s: target.siteIds[0],
    f: target.flowIds[0],
    r: target.runId,
    k: encodeSegment(target.synergyKey),
    id: 'inconnu',
  };
  return values[slot];
}

/** One route with one of its parameters replaced by a bad id (the others real). */
export function pathRequests(target: FuzzTarget, dataset: Dataset): fc.Arbitrary<FuzzCase> {
  const existing = new Set([target.territoryId, ...target.siteIds, ...target.flowIds, target.runId]);
  return fc
    .tuple(
      fc.constantFrom(...ROUTES),
      fc.nat(),
      badPathId.filter((id) => !existing.has(decodeSafe(id))),
    )
    .map(([route, pick, bad]) => {
      const slots = slotsOf(route.template);
      const badSlot = slots[pick % slots.length];
      const path = route.template.replace(/\{(\w+)\}/gu, (_m, slot: Slot) =>
        slot === badSlot ? bad : goodValue(slot, target),
      );
      const label = `${route.method.toUpperCase()} ${route.template} {${badSlot}}=${bad.slice(0, 40)}`;
      const expect = route.method === 'get' ? 'read' : 'reject';
      if (route.body === undefined)
        return { category: 'path-params', label, method: route.method, path, expect };
      return jsonCase('path-params', label, route.method, path, route.body(target, dataset), expect);
    });
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const QUERY_KEYS = [
  'runId',
  'variant',
  'limit',
  'offset',
  'sort',
  'kind',
  'minQuantity',
  'minValueEur',
  'resource',
  'family',
  'siteId',
  'base',
  'other',
];

const queryValue = fc.oneof(
  urlJunk.map(encodeSegment),
  fc.constantFrom(
    '',
    '-1',
    '0',
    '1e400',
    'NaN',
    'Infinity',
    '99999999999999999999',
    '1.5',
    'full',
    'public',
    '-value',
    '%',
    '%zz',
    '%E0%A4%A',
  ),
);
const queryKey = fc.oneof(
  fc.constantFrom(...QUERY_KEYS),
  fc.constantFrom('__proto__', 'constructor', '__proto__[polluted]', 'limit[]', 'a[b]', 'runId[0]', ''),
  urlJunk.map(encodeSegment),
);
const queryString = fc
  .array(fc.tuple(queryKey, queryValue), { minLength: 1, maxLength: 5 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

/** Read routes with junk query strings. Reports always carry a bad `variant` too (no real PDF is built). */
export function queryRequests(target: FuzzTarget): fc.Arbitrary<FuzzCase> {
  const t = `/api/territories/${target.territoryId}`;
  const run = `${t}/match-runs/${target.runId}`;
  const routes = [
    `${t}/graph`,
    `${run}/synergies`,
    `${t}/follow-up`,
    `${t}/follow-up/totals`,
    `${t}/scenarios/compare`,
    `${t}/match-runs`,
    `${t}/sites`,
    `${t}/flows`,
    `${run}/report.pdf`,
    `${run}/report.xlsx`,
    `${run}/synergies.csv`,
    `${run}/report.geojson`,
  ];
  return fc.tuple(fc.constantFrom(...routes), queryString).map(([route, query]): FuzzCase => {
    const report = /report\.|synergies\.csv/u.test(route);
    const full = report ? `${query}&variant=nulle` : query;
    return {
      category: 'queries',
      label: `GET ${route.slice(t.length)}?${full.slice(0, 60)}`,
      method: 'get',
      path: `${route}?${full}`,
      expect: 'read',
    };
  });
}
