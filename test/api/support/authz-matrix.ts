// The authorisation matrix: for every operation of apps/api/openapi.json, the objects to try (own, foreign
// firm, foreign territory) and, per role, the status the access contract (apps/api/src/auth/README.md) demands.

import {
  flowOf,
  managesTerritory,
  readStatus,
  showsFlowByRealId,
  showsSiteByPseudonym,
  showsSiteByRealId,
  siteOf,
  staffStatus,
  TERRITORY_ID,
} from './authz-contract';
import {
  datasetOf,
  editStatus,
  flows,
  introduction,
  keys,
  manage,
  none,
  open,
  pseudonymousSites,
  read,
  report,
  runs,
  signedIn,
  sites,
  territories,
  territoryOf,
  type Operation,
} from './authz-targets';
import { FIRM_SITES } from './authz-world';

/** Every operation of the API, keyed `METHOD /path` exactly as in openapi.json. */
export const MATRIX: Readonly<Record<string, Operation>> = {
  'GET /api/health': open(200),
  'GET /api/templates/dataset.xlsx': open(200),
  'GET /api/templates/dataset-csv.zip': open(200),
  'POST /api/auth/sign-in': {
    ...open(401),
    body: () => ({ email: 'zqxmail-f1@firme.test', password: 'pas-le-bon-mot-de-passe' }),
  },
  'POST /api/auth/refresh': { ...open(401), body: () => ({ refreshToken: 'jeton-inconnu' }) },
  'POST /api/auth/sign-out': { ...open(204), body: () => ({ refreshToken: 'jeton-inconnu' }) },
  'GET /api/auth/me': signedIn(200),
  'GET /api/api-keys': signedIn(200),
  'POST /api/api-keys': signedIn(201, () => ({ label: 'essai de droits' })),
  'DELETE /api/api-keys/{keyId}': {
    targets: (ids) => [{ label: 'key-of-F1', params: { keyId: ids.apiKeyIdF1 } }],
    expect: (role) => (role === 'public' ? 401 : role === 'firmF1' || role === 'keyF1' ? 204 : 404),
    sacrifice: async (role, target, sandbox) => ({
      ...target,
      params: { keyId: await sandbox.apiKeyOf(role) },
    }),
  },
  'GET /api/users': { targets: () => none, expect: (role) => staffStatus(role, 200) },
  'POST /api/users': {
    targets: () =>
      (['firmF1', 'firmG'] as const).map((firm) => ({
        label: `claim-of-${firm}`,
        territory: FIRM_SITES[firm].territoryId === TERRITORY_ID.T1 ? 'T1' : 'T2',
        params: {},
      })),
    expect: (role, target) =>
      staffStatus(role, role === 'admin' || managesTerritory(role, territoryOf(target)) ? 201 : 403),
    body: (_role, target, sandbox) => ({
      email: `${sandbox.unique('nouveau')}@firme.test`,
      password: 'mot-de-passe-de-test',
      role: 'firm',
      sites: [FIRM_SITES[target.territory === 'T1' ? 'firmF1' : 'firmG']],
    }),
  },
  'DELETE /api/users/{userId}': {
    targets: (ids) => [
      { label: 'user-F1', territory: 'T1', params: { userId: ids.userIds.firmF1 } },
      { label: 'user-G', territory: 'T2', params: { userId: ids.userIds.firmG } },
    ],
    expect: (role, target) =>
      staffStatus(role, role === 'admin' || managesTerritory(role, territoryOf(target)) ? 204 : 403),
    sacrifice: async (_role, target, sandbox) => {
      const claim = FIRM_SITES[target.territory === 'T1' ? 'firmF1' : 'firmG'];
      return { ...target, params: { userId: await sandbox.firmAccount(claim.territoryId, claim.siteId) } };
    },
  },
  'GET /api/territories': open(200),
  'POST /api/territories': {
    targets: () => none,
    expect: (role) => staffStatus(role, 201),
    body: (_role, _target, sandbox) => ({ id: sandbox.unique('nouveau'), name: 'Nouveau territoire' }),
  },
  'GET /api/territories/{territoryId}': read(),
  'PATCH /api/territories/{territoryId}': {
    ...manage(200),
    body: (_role, target) => ({ publicPage: target.territory === 'T1' }),
  },
  'DELETE /api/territories/{territoryId}': {
    ...manage(204),
    sacrifice: async (role, target, sandbox) => ({
      ...target,
      params: { territoryId: await sandbox.territoryFor(role) },
    }),
  },
  'GET /api/territories/{territoryId}/dataset': manage(200),
  'GET /api/territories/{territoryId}/dataset.xlsx': manage(200),
  'GET /api/territories/{territoryId}/dataset-csv.zip': manage(200),
  'PUT /api/territories/{territoryId}/dataset': {
    ...manage(200),
    // Refused attempts send a changed dataset, so a wrongful success would show in the database.
    body: (_role, target) => {
      const dataset = datasetOf(territoryOf(target));
      const id = target.params.territoryId;
      const intruder = { id: 'intrus', name: 'Intrus', lat: 49.0, lon: 1.0 };
      return { ...dataset, territory: { ...dataset.territory, id }, sites: [...dataset.sites, intruder] };
    },
    sacrifice: async (role, target, sandbox) => ({
      ...target,
      params: { territoryId: await sandbox.territoryFor(role) },
    }),
  },
  'GET /api/territories/{territoryId}/sites': read(),
  'POST /api/territories/{territoryId}/sites': {
    ...manage(201),
    body: (_role, _target, sandbox) => ({
      id: sandbox.unique('site'),
      name: 'Nouveau site',
      lat: 49.0,
      lon: 1.0,
    }),
  },
  'GET /api/territories/{territoryId}/sites/{siteId}': {
    targets: (ids) => [...sites, ...pseudonymousSites(ids)],
    expect: (role, target) => {
      const territory = territoryOf(target);
      const shown = target.realSiteId
        ? showsSiteByPseudonym(role, territory, target.realSiteId)
        : showsSiteByRealId(role, territory, target.params.siteId);
      return readStatus(role, territory, shown);
    },
  },
  'PATCH /api/territories/{territoryId}/sites/{siteId}': {
    targets: (ids) => [...sites, ...pseudonymousSites(ids)],
    expect: (role, target) =>
      target.realSiteId
        ? // A pseudonym is nobody's own site, and no stored site for the facilitators.
          editStatus(role, territoryOf(target), target.params.siteId, 404, 403)
        : editStatus(role, territoryOf(target), target.params.siteId, 200, 403),
    body: (_role, target) =>
      target.realSiteId
        ? { name: 'Renommé par un tiers' }
        : { name: siteOf(territoryOf(target), target.params.siteId).name },
  },
  'DELETE /api/territories/{territoryId}/sites/{siteId}': {
    ...manage(204, () => sites),
    sacrifice: async (_role, target, sandbox) => ({
      ...target,
      params: { ...target.params, siteId: await sandbox.site(target.params.territoryId) },
    }),
  },
  'GET /api/territories/{territoryId}/flows': read(),
  'POST /api/territories/{territoryId}/flows': {
    targets: () =>
      sites.filter((s) => ['zqxa-f1', 'zqxb-f2', 'pub-d', 'zqxg-site'].includes(s.params.siteId)),
    expect: (role, target) => editStatus(role, territoryOf(target), target.params.siteId, 201, 403),
    body: (_role, target, sandbox) => ({
      id: sandbox.unique('flux'),
      siteId: target.params.siteId,
      direction: 'output',
      resource: 'wood',
      quantity: 1,
      unit: 't/yr',
    }),
  },
  'GET /api/territories/{territoryId}/flows/{flowId}': {
    targets: () => flows,
    expect: (role, target) =>
      readStatus(
        role,
        territoryOf(target),
        showsFlowByRealId(role, territoryOf(target), target.params.flowId),
      ),
  },
  'PATCH /api/territories/{territoryId}/flows/{flowId}': {
    targets: () => flows,
    expect: (role, target) =>
      editStatus(
        role,
        territoryOf(target),
        flowOf(territoryOf(target), target.params.flowId).siteId,
        200,
        404,
      ),
    body: (_role, target) => ({ quantity: flowOf(territoryOf(target), target.params.flowId).quantity }),
  },
  'DELETE /api/territories/{territoryId}/flows/{flowId}': {
    targets: () => flows,
    expect: (role, target) =>
      editStatus(
        role,
        territoryOf(target),
        flowOf(territoryOf(target), target.params.flowId).siteId,
        204,
        404,
      ),
    sacrifice: async (_role, target, sandbox) => {
      const siteId = flowOf(territoryOf(target), target.params.flowId).siteId;
      return {
        ...target,
        params: { ...target.params, flowId: await sandbox.flow(target.params.territoryId, siteId) },
      };
    },
  },
  'GET /api/territories/{territoryId}/graph': {
    targets: (ids) => [
      ...territories,
      {
        label: 'T1?runId=scenario',
        territory: 'T1',
        scenario: true,
        params: { territoryId: TERRITORY_ID.T1 },
        query: `runId=${ids.scenarioRunT1}`,
      },
    ],
    expect: (r, t) => readStatus(r, territoryOf(t), !t.scenario || managesTerritory(r, territoryOf(t))),
  },
  'GET /api/territories/{territoryId}/match-runs': read(),
  'POST /api/territories/{territoryId}/match-runs': {
    ...manage(202),
    body: () => ({}),
    sacrifice: async (role, target, sandbox) => ({
      ...target,
      params: { territoryId: await sandbox.territoryFor(role) },
    }),
  },
  'GET /api/territories/{territoryId}/match-runs/{runId}': {
    targets: runs,
    expect: (r, t) => readStatus(r, territoryOf(t)),
  },
  'GET /api/territories/{territoryId}/match-runs/{runId}/events': {
    targets: runs,
    expect: (r, t) => readStatus(r, territoryOf(t)),
  },
  'GET /api/territories/{territoryId}/match-runs/{runId}/synergies': {
    targets: runs,
    // Scenario runs are the facilitators' hypotheses: absent for anyone else.
    expect: (r, t) => readStatus(r, territoryOf(t), !t.scenario || managesTerritory(r, territoryOf(t))),
  },
  'GET /api/territories/{territoryId}/match-runs/{runId}/synergies.csv': report,
  'GET /api/territories/{territoryId}/match-runs/{runId}/report.geojson': report,
  'GET /api/territories/{territoryId}/match-runs/{runId}/report.xlsx': report,
  'GET /api/territories/{territoryId}/match-runs/{runId}/report.pdf': report,
  'GET /api/territories/{territoryId}/scenarios/compare': manage(200, (ids) =>
    territories.map((t) => {
      const [base, other] = ids.runs[territoryOf(t)];
      return { ...t, query: `base=${base}&other=${other}` };
    }),
  ),
  'GET /api/territories/{territoryId}/follow-up': manage(200),
  'GET /api/territories/{territoryId}/audit': manage(200),
  'GET /api/territories/{territoryId}/follow-up/totals': manage(200),
  'GET /api/territories/{territoryId}/synergies/{key}/history': manage(200, keys),
  'POST /api/territories/{territoryId}/synergies/{key}/status': {
    ...manage(201, keys),
    body: (role, target, sandbox) =>
      managesTerritory(role, territoryOf(target))
        ? sandbox.nextStatus(target.params.territoryId, target.params.key)
        : { status: 'abandoned', reason: 'tentative interdite' },
  },
  'POST /api/territories/{territoryId}/synergies/{key}/introduction': introduction(201),
  'DELETE /api/territories/{territoryId}/synergies/{key}/introduction': introduction(200),
};

/** Writes (anything but GET) must leave the database unchanged when refused. */
export function isWrite(method: string): boolean {
  return method !== 'GET';
}
