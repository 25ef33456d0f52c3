// Objects of the other territory addressed through T1's paths (an id of T2 in the path, the query or the body):
// each must answer as absent for everyone allowed to ask — never the foreign object, never a change.

import { editStatus, type Operation, type Target, type WorldIds } from './authz-targets';
import { levelOf, manageStatus, readStatus, staffStatus, TERRITORY_ID } from './authz-contract';
import type { RoleName } from './authz-world';

const T1 = TERRITORY_ID.T1;

type CrossCase = Pick<Operation, 'targets' | 'expect' | 'body'>;

const at = (label: string, params: Record<string, string>, query?: string): Target => ({
  label: `T1-path/${label}`,
  territory: 'T1',
  params: { territoryId: T1, ...params },
  ...(query === undefined ? {} : { query }),
});

/** Absent for every reader of T1 (everyone: T1 has a public page). */
const absent = (targets: (ids: WorldIds) => Target[]): CrossCase => ({
  targets,
  expect: (role) => readStatus(role, 'T1', false),
});
/** Absent for T1's facilitators; refused (401/403) to the others before any lookup. */
const managedAbsent = (targets: (ids: WorldIds) => Target[], body?: CrossCase['body']): CrossCase => ({
  targets,
  expect: (role) => manageStatus(role, 'T1', 404),
  body,
});
const runOfT2 = (ids: WorldIds) => [at('run-of-T2', { runId: ids.runs.T2[0] })];
const reportOfT2: CrossCase = {
  targets: (ids) => [
    at('run-of-T2?public', { runId: ids.runs.T2[0] }, 'variant=public'),
    at('run-of-T2?full', { runId: ids.runs.T2[0] }, 'variant=full'),
  ],
  expect: (role, target) =>
    target.query === 'variant=public' ? readStatus(role, 'T1', false) : manageStatus(role, 'T1', 404),
};
const keyOfT2 = (ids: WorldIds) => [at('key-of-G', { key: ids.keys.T2 })];
const introduction: CrossCase = {
  targets: keyOfT2,
  expect: (role) => (levelOf(role, 'T1') === 'firm' ? 404 : role === 'public' ? 401 : 403),
};
const siteOfT2 = () => [at('site-of-G', { siteId: 'zqxg-site' })];
const flowOfT2 = () => [at('flow-of-G', { flowId: 'zqxg-site-gypsum' })];
/** Flow writes: absent for T1's facilitators and firms; refused (401/403) to readers of the public page before
 *  any look-up, so that the answer never tells which flow ids exist. */
const flowWriteAbsent = (body?: CrossCase['body']): CrossCase => ({
  targets: flowOfT2,
  expect: (role) =>
    levelOf(role, 'T1') === 'public' ? (role === 'public' ? 401 : 403) : readStatus(role, 'T1', false),
  body,
});

export const CROSS: Readonly<Record<string, CrossCase>> = {
  'GET /api/territories/{territoryId}/sites/{siteId}': absent(siteOfT2),
  'PATCH /api/territories/{territoryId}/sites/{siteId}': {
    targets: siteOfT2,
    expect: (role: RoleName) => editStatus(role, 'T1', 'zqxg-site', 404, 403),
    body: () => ({ name: 'Renommé depuis un autre territoire' }),
  },
  'DELETE /api/territories/{territoryId}/sites/{siteId}': managedAbsent(siteOfT2),
  'POST /api/territories/{territoryId}/flows': {
    targets: siteOfT2,
    // The site is not in T1: a facilitator's flow is invalid (400), a firm's is not on its site (403).
    expect: (role: RoleName) => editStatus(role, 'T1', 'zqxg-site', 400, 403),
    body: () => ({
      id: 'flux-intrus',
      siteId: 'zqxg-site',
      direction: 'output',
      resource: 'wood',
      quantity: 1,
      unit: 't/yr',
    }),
  },
  'GET /api/territories/{territoryId}/flows/{flowId}': absent(flowOfT2),
  'PATCH /api/territories/{territoryId}/flows/{flowId}': flowWriteAbsent(() => ({ quantity: 1 })),
  'DELETE /api/territories/{territoryId}/flows/{flowId}': flowWriteAbsent(),
  'GET /api/territories/{territoryId}/graph': absent((ids) => [at('graph', {}, `runId=${ids.runs.T2[0]}`)]),
  'GET /api/territories/{territoryId}/match-runs/{runId}': absent(runOfT2),
  'GET /api/territories/{territoryId}/match-runs/{runId}/events': absent(runOfT2),
  'GET /api/territories/{territoryId}/match-runs/{runId}/synergies': absent(runOfT2),
  'GET /api/territories/{territoryId}/match-runs/{runId}/synergies.csv': reportOfT2,
  'GET /api/territories/{territoryId}/match-runs/{runId}/report.geojson': reportOfT2,
  'GET /api/territories/{territoryId}/match-runs/{runId}/report.xlsx': reportOfT2,
  'GET /api/territories/{territoryId}/match-runs/{runId}/report.pdf': reportOfT2,
  'GET /api/territories/{territoryId}/scenarios/compare': managedAbsent((ids) => [
    at('compare', {}, `base=${ids.runs.T1[0]}&other=${ids.runs.T2[0]}`),
  ]),
  'GET /api/territories/{territoryId}/follow-up': managedAbsent((ids) => [
    at('follow-up', {}, `runId=${ids.runs.T2[0]}`),
  ]),
  'GET /api/territories/{territoryId}/follow-up/totals': managedAbsent((ids) => [
    at('totals', {}, `runId=${ids.runs.T2[0]}`),
  ]),
  'GET /api/territories/{territoryId}/synergies/{key}/history': managedAbsent(keyOfT2),
  'POST /api/territories/{territoryId}/synergies/{key}/status': managedAbsent(keyOfT2, () => ({
    status: 'contacted',
    note: 'étape posée sur la clé d’un autre territoire',
  })),
  'POST /api/territories/{territoryId}/synergies/{key}/introduction': introduction,
  'DELETE /api/territories/{territoryId}/synergies/{key}/introduction': introduction,
  'POST /api/users': {
    targets: () => [{ label: 'claim-T1/site-of-G', territory: 'T1', params: {} }],
    // The claim names T1 with a site of T2: the admin and T1's facilitator are told the site is absent.
    expect: (role: RoleName) => staffStatus(role, role === 'admin' || role === 'facT1' ? 400 : 403),
    body: () => ({
      email: 'intrus@firme.test',
      password: 'mot-de-passe-de-test',
      role: 'firm',
      sites: [{ territoryId: T1, siteId: 'zqxg-site' }],
    }),
  },
};
