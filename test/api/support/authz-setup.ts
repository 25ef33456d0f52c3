// Builds the world of the authorisation suite on a test app: two territories with their match runs, follow-up
// steps and an introduction, the six accounts and F1's API key; and the sandbox for allowed destructive calls.

import request from 'supertest';
import type { Synergy } from '@toile/flow-model';
import type { Sandbox, WorldIds } from './authz-targets';
import { T1, T1_DATASET, T2, T2_DATASET } from './authz-datasets';
import type { RoleName } from './authz-world';
import { jsonOf, rawBody } from './response-text';
import type { TestApp } from './test-app';
import { pseudonymFor } from '@toile/api/src/access/pseudonym';
import { InstanceSecretService } from '@toile/api/src/auth/instance-secret.service';

export interface World {
  readonly ids: WorldIds;
  readonly call: (role: RoleName, method: string, path: string, body?: object) => Promise<request.Response>;
  readonly sandbox: Sandbox;
  /** Resolves once every match run started through the sandbox or the matrix has ended. */
  readonly waitRun: (territoryId: string, runId: string) => Promise<void>;
}

/** A facilitators' hypothesis on T1: a new plasterer, marked public (the worst case). */
const SCENARIO = {
  label: 'Hypothèse ZQXSCENLABEL',
  extraDataset: {
    sites: [
      { id: 'zqxs-hypo', name: 'Projet ZQXSCENNAME', lat: 49.004, lon: 1.002, confidentiality: 'public' },
    ],
    flows: [
      {
        id: 'zqxs-hypo-gypsum',
        siteId: 'zqxs-hypo',
        direction: 'input',
        resource: 'gypsum',
        quantity: 900,
        unit: 't/yr',
        price: { value: 60, unit: 'EUR/t' },
        confidentiality: 'public',
        note: 'ZQXSCENNOTE',
      },
    ],
  },
};

const NEXT_STATUS: Readonly<Record<string, string>> = {
  detected: 'contacted',
  contacted: 'under-study',
  'under-study': 'implemented',
  implemented: 'under-study',
  abandoned: 'detected',
};

export async function buildWorld(t: TestApp, withIntroductions: boolean): Promise<World> {
  const admin = t.server;
  for (const dataset of [T1_DATASET, T2_DATASET]) {
    await request(admin).put(`/api/territories/${dataset.territory.id}/dataset`).send(dataset).expect(200);
  }
  await request(admin).patch(`/api/territories/${T1}`).send({ publicPage: true }).expect(200);
  const fac1 = await t.createAccount({
    email: 'zqxmail-fac1@agglo.test',
    role: 'facilitator',
    territoryIds: [T1],
  });
  const fac2 = await t.createAccount({
    email: 'zqxmail-fac2@agglo.test',
    role: 'facilitator',
    territoryIds: [T2],
  });
  const firmF1 = await t.createAccount({
    email: 'zqxmail-f1@firme.test',
    role: 'firm',
    sites: [{ territoryId: T1, siteId: 'zqxa-f1' }],
  });
  const firmF2 = await t.createAccount({
    email: 'zqxmail-f2@firme.test',
    role: 'firm',
    sites: [{ territoryId: T1, siteId: 'zqxb-f2' }],
  });
  const firmG = await t.createAccount({
    email: 'zqxmail-g@firme.test',
    role: 'firm',
    sites: [{ territoryId: T2, siteId: 'zqxg-site' }],
  });
  const tokens: Record<string, string> = {
    admin: t.admin.token,
    facT1: fac1.token,
    facT2: fac2.token,
    firmF1: firmF1.token,
    firmF2: firmF2.token,
    firmG: firmG.token,
  };
  let apiKey = '';
  const call = (role: RoleName, method: string, path: string, body?: object): Promise<request.Response> => {
    const server = role === 'public' || role === 'keyF1' ? t.anonymousServer : t.serverAs(tokens[role]);
    const agent = request(server);
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let req = agent[verb](path).buffer(true).parse(rawBody);
    if (role === 'keyF1') req = req.set('X-Api-Key', apiKey);
    if (body !== undefined) req = req.send(body);
    return req.then((res) => res);
  };
  const created = (await call('firmF1', 'POST', '/api/api-keys', { label: 'ZQXKEYLABEL' })).body as Buffer;
  const key = JSON.parse(created.toString('utf8')) as { id: string; key: string };
  apiKey = key.key;
  // A key's first use of the day stamps lastUsedAt: done here, so the matrix's calls change nothing.
  expect((await call('keyF1', 'GET', '/api/auth/me')).status).toBe(200);

  const waitRun = async (territoryId: string, runId: string): Promise<void> => {
    for (let i = 0; i < 600; i++) {
      const run = jsonOf(
        await call('admin', 'GET', `/api/territories/${territoryId}/match-runs/${runId}`),
      ) as {
        status: string;
        error?: string;
      };
      if (run.status === 'done') return;
      if (run.status === 'failed') throw new Error(`run ${runId} failed: ${run.error}`);
      await new Promise((wake) => setTimeout(wake, 25));
    }
    throw new Error(`run ${runId} did not end`);
  };
  const runTwice = async (territoryId: string): Promise<[string, string]> => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const started = await call('admin', 'POST', `/api/territories/${territoryId}/match-runs`, {});
      expect(started.status).toBe(202);
      const runId = (jsonOf(started) as { id: string }).id;
      await waitRun(territoryId, runId);
      ids.push(runId);
    }
    return [ids[0], ids[1]];
  };
  // The scenario run comes first, so that the latest run of T1 stays a run on the declared territory.
  const scenario = await call('admin', 'POST', `/api/territories/${T1}/match-runs`, { scenario: SCENARIO });
  expect(scenario.status).toBe(202);
  const scenarioRunT1 = (jsonOf(scenario) as { id: string }).id;
  await waitRun(T1, scenarioRunT1);
  const runs = { T1: await runTwice(T1), T2: await runTwice(T2) };
  const synergiesOf = async (role: RoleName, territoryId: string, runId: string) => {
    const res = await call(
      role,
      'GET',
      `/api/territories/${territoryId}/match-runs/${runId}/synergies?limit=100`,
    );
    return res.status === 200 ? (jsonOf(res) as { items: Synergy[] }).items : null;
  };
  const keyOf = (synergy: Synergy | undefined): string => {
    // Facilitators see the real key; others a pseudonymous reference (named synergyRef or synergyKey).
    const found = synergy?.details?.synergyKey ?? synergy?.details?.synergyRef;
    if (typeof found !== 'string') throw new Error('synergy without key');
    return found;
  };
  const all1 = (await synergiesOf('admin', T1, runs.T1[1]))!;
  const all2 = (await synergiesOf('admin', T2, runs.T2[1]))!;
  const f2Synergy = all1.find((s) => s.supplier?.siteId === 'zqxb-f2');
  const f1Synergy = all1.find((s) => s.supplier?.siteId === 'zqxa-f1' && s.consumer?.siteId === 'zqxc-priv');
  const gSynergy = all2.find((s) => s.supplier?.siteId === 'zqxg-site');
  const keys = { T1: keyOf(f2Synergy), T1ofF1: keyOf(f1Synergy), T2: keyOf(gSynergy) };
  // F1 addresses its synergy by the key it is shown (pseudonymous once the projections are on), else the real one.
  const seenByF1 = await synergiesOf('firmF1', T1, runs.T1[1]);
  const f1Shown = seenByF1?.find(
    (s) => s.resource === f1Synergy?.resource && s.quantity === f1Synergy?.quantity,
  );
  const f1Ref = f1Shown ? keyOf(f1Shown) : keyOf(f1Synergy);

  const status = async (territoryId: string, synergyKey: string, note: string) => {
    const path = `/api/territories/${territoryId}/synergies/${encodeURIComponent(synergyKey)}/status`;
    expect((await call('admin', 'POST', path, { status: 'contacted', note })).status).toBe(201);
  };
  await status(T1, keys.T1, 'ZQXSTATUST1 appel passé');
  await status(T1, keys.T1ofF1, 'ZQXSTATUST1 rendez-vous');
  await status(T2, keys.T2, 'ZQXSTATUST2 appel passé');
  if (withIntroductions) {
    // One-sided: F1 agrees, the private plasterer has no account: it must stay anonymous to F1.
    const path = `/api/territories/${T1}/synergies/${encodeURIComponent(f1Ref)}/introduction`;
    expect((await call('firmF1', 'POST', path)).status).toBe(201);
  }

  let counter = 0;
  const unique = (prefix: string): string => `${prefix}-${(counter += 1)}`;
  const sandbox: Sandbox = {
    unique,
    async territoryFor(role) {
      const id = unique('bac-a-sable');
      const res = await call(role, 'POST', '/api/territories', { id, name: 'Bac à sable' });
      if (res.status !== 201) throw new Error(`sandbox territory for ${role}: ${res.status}`);
      return id;
    },
    async site(territoryId) {
      const id = unique('site-sacrifie');
      const body = { id, name: 'Site sacrifié', lat: 49.0, lon: 1.0 };
      expect((await call('admin', 'POST', `/api/territories/${territoryId}/sites`, body)).status).toBe(201);
      return id;
    },
    async flow(territoryId, siteId) {
      const id = unique('flux-sacrifie');
      const body = { id, siteId, direction: 'output', resource: 'wood', quantity: 1, unit: 't/yr' };
      expect((await call('admin', 'POST', `/api/territories/${territoryId}/flows`, body)).status).toBe(201);
      return id;
    },
    async firmAccount(territoryId, siteId) {
      const email = `${unique('sacrifie')}@firme.test`;
      return (await t.createAccount({ email, role: 'firm', sites: [{ territoryId, siteId }] })).userId;
    },
    async apiKeyOf(role) {
      const res = await call(role, 'POST', '/api/api-keys', { label: 'clé sacrifiée' });
      return (jsonOf(res) as { id: string }).id;
    },
    async nextStatus(territoryId, synergyKey) {
      const path = `/api/territories/${territoryId}/synergies/${encodeURIComponent(synergyKey)}/history`;
      const current = (jsonOf(await call('admin', 'GET', path)) as { status: string }).status;
      return { status: NEXT_STATUS[current], reason: 'essai de droits' };
    },
  };
  const secret = t.app.get(InstanceSecretService).secret;
  const pseudonymsOf = (dataset: typeof T1_DATASET) =>
    Object.fromEntries(
      dataset.sites.map((site) => [site.id, pseudonymFor(secret, dataset.territory.id, site.id)]),
    );
  const ids: WorldIds = {
    scenarioRunT1,
    pseudonyms: { T1: pseudonymsOf(T1_DATASET), T2: pseudonymsOf(T2_DATASET) },
    runs,
    keys,
    f1Ref,
    userIds: { firmF1: firmF1.userId, firmG: firmG.userId },
    apiKeyIdF1: key.id,
  };
  return { ids, call, sandbox, waitRun };
}
