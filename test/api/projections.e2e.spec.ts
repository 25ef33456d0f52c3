// End to end: what each role sees of a territory — a firm its own data in full and others' projected, the public
// only public data — and introductions: both firms agree, then each sees the other named in their synergy.

import request from 'supertest';
import type { Dataset, Synergy } from '@toile/flow-model';
import { tinyMaterialsDataset } from '@toile/seeds';
import { startTestApp, type TestAccount, type TestApp } from './support/test-app';

const T = tinyMaterialsDataset.territory.id;

/** The tiny materials case with every confidentiality, and canaries in what must stay hidden. */
function confidentialDataset(): Dataset {
  const site = (id: string) => tinyMaterialsDataset.sites.find((s) => s.id === id)!;
  const flow = (id: string) => tinyMaterialsDataset.flows.find((f) => f.id === id)!;
  return {
    ...tinyMaterialsDataset,
    sites: [
      { ...site('centrale'), name: 'Centrale CANARYCENTRALE', confidentiality: 'territory' },
      { ...site('platrerie-proche'), confidentiality: 'public' },
      {
        ...site('platrerie-loin'),
        name: 'Plâtrerie CANARYLOIN',
        confidentiality: 'private',
        siret: '73282932000074',
      },
      { ...site('atelier'), name: 'Atelier CANARYATELIER', confidentiality: 'territory' },
    ],
    flows: [
      { ...flow('centrale-fgd-gypsum'), confidentiality: 'territory', note: 'CANARYNOTECENTRALE' },
      { ...flow('platrerie-proche-gypsum'), confidentiality: 'public' },
      { ...flow('platrerie-loin-gypsum'), note: 'CANARYNOTELOIN' },
      { ...flow('atelier-fibres'), confidentiality: 'private', note: 'CANARYNOTEATELIER' },
    ],
  };
}

interface SynergyPage {
  readonly items: Synergy[];
}

async function waitDone(t: TestApp, runId: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const run = (await request(t.server).get(`/api/territories/${T}/match-runs/${runId}`).expect(200)).body;
    if (run.status === 'done') return;
    if (run.status === 'failed') throw new Error(run.error);
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('the match run did not finish');
}

describe('what each role sees', () => {
  let t: TestApp;
  let runId: string;
  let centrale: TestAccount;
  let loin: TestAccount;

  beforeAll(async () => {
    t = await startTestApp();
    await request(t.server).put(`/api/territories/${T}/dataset`).send(confidentialDataset()).expect(200);
    await request(t.server).patch(`/api/territories/${T}`).send({ publicPage: true }).expect(200);
    runId = (await request(t.server).post(`/api/territories/${T}/match-runs`).send({}).expect(202)).body.id;
    await waitDone(t, runId);
    centrale = await t.createAccount({
      email: 'centrale@firme.test',
      role: 'firm',
      sites: [{ territoryId: T, siteId: 'centrale' }],
    });
    loin = await t.createAccount({
      email: 'loin@firme.test',
      role: 'firm',
      sites: [{ territoryId: T, siteId: 'platrerie-loin' }],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const synergiesAs = async (server: Parameters<typeof request>[0]): Promise<Synergy[]> =>
    (
      (await request(server).get(`/api/territories/${T}/match-runs/${runId}/synergies`).expect(200))
        .body as SynergyPage
    ).items;

  it('shows the facilitators everything', async () => {
    const graph = (await request(t.server).get(`/api/territories/${T}/graph`).expect(200)).body;
    const flows = (await request(t.server).get(`/api/territories/${T}/flows`).expect(200)).body;
    const body = JSON.stringify({ graph, flows });
    for (const canary of [
      'CANARYCENTRALE',
      'CANARYLOIN',
      'CANARYATELIER',
      'CANARYNOTECENTRALE',
      'CANARYNOTELOIN',
    ]) {
      expect(body).toContain(canary);
    }
    expect((await synergiesAs(t.server)).length).toBe(2);
  });

  it('shows a firm its own site and flows in full, public sites named, others anonymised or absent', async () => {
    const asFirm = t.serverAs(centrale.token);
    const sites = (await request(asFirm).get(`/api/territories/${T}/sites`).expect(200)).body as {
      id: string;
      name: string;
    }[];
    const ids = sites.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['centrale', 'platrerie-proche']));
    expect(ids).not.toContain('platrerie-loin');
    expect(ids).not.toContain('atelier');
    expect(sites.find((s) => s.id === 'centrale')!.name).toBe('Centrale CANARYCENTRALE');
    const anonymous = sites.filter((s) => s.id.startsWith('anon-'));
    for (const s of anonymous) await request(asFirm).get(`/api/territories/${T}/sites/${s.id}`).expect(200);

    const flows = (await request(asFirm).get(`/api/territories/${T}/flows`).expect(200)).body as {
      id: string;
    }[];
    expect(flows.map((f) => f.id)).toEqual(
      expect.arrayContaining(['centrale-fgd-gypsum', 'platrerie-proche-gypsum']),
    );
    const all = JSON.stringify({ sites, flows });
    for (const canary of [
      'CANARYLOIN',
      'CANARYATELIER',
      'CANARYNOTELOIN',
      'CANARYNOTEATELIER',
      '73282932000074',
    ]) {
      expect(all).not.toContain(canary);
    }
    await request(asFirm).get(`/api/territories/${T}/sites/platrerie-loin`).expect(404);
    await request(asFirm).get(`/api/territories/${T}/flows/atelier-fibres`).expect(404);
    expect(JSON.stringify(flows)).toContain('CANARYNOTECENTRALE');
    const graph = JSON.stringify((await request(asFirm).get(`/api/territories/${T}/graph`).expect(200)).body);
    expect(graph).toContain('CANARYCENTRALE');
    for (const canary of ['CANARYLOIN', 'CANARYATELIER', 'CANARYNOTELOIN', 'platrerie-loin']) {
      expect(graph).not.toContain(canary);
    }
  });

  it('names the counterpart of a firm’s synergy only once both firms agreed to be introduced', async () => {
    const asCentrale = t.serverAs(centrale.token);
    const asLoin = t.serverAs(loin.token);
    const before = await synergiesAs(asCentrale);
    expect(before).toHaveLength(2);
    const withLoin = before.find((s) => s.consumer?.siteId !== 'platrerie-proche')!;
    expect(withLoin.consumer!.siteId).toMatch(/^anon-/u);
    expect(JSON.stringify(before)).not.toMatch(/platrerie-loin|CANARYLOIN/u);
    const key = withLoin.details!.synergyRef as string;
    expect(key).toMatch(/^anon-/u);

    const seenByLoin = await synergiesAs(asLoin);
    expect(seenByLoin).toHaveLength(1);
    expect(seenByLoin[0].supplier!.siteId).toMatch(/^anon-/u);
    expect(JSON.stringify(seenByLoin)).not.toMatch(/CANARYCENTRALE|"centrale"/u);
    expect(seenByLoin[0].details!.synergyRef).toBe(key);

    const first = await request(asCentrale)
      .post(`/api/territories/${T}/synergies/${key}/introduction`)
      .expect(201);
    expect(first.body).toMatchObject({ introduced: false, siteIds: ['centrale'] });
    expect(
      (await synergiesAs(asCentrale)).find((s) => s.details!.synergyRef === key)!.consumer!.siteId,
    ).toMatch(/^anon-/u);
    const second = await request(asLoin)
      .post(`/api/territories/${T}/synergies/${key}/introduction`)
      .expect(201);
    expect(second.body).toMatchObject({ introduced: true, siteIds: ['platrerie-loin'] });

    expect((await synergiesAs(asCentrale)).find((s) => s.details!.synergyRef === key)!.consumer!.siteId).toBe(
      'platrerie-loin',
    );
    expect((await synergiesAs(asLoin))[0].supplier!.siteId).toBe('centrale');

    await request(asLoin).delete(`/api/territories/${T}/synergies/${key}/introduction`).expect(200);
    expect(
      (await synergiesAs(asCentrale)).find((s) => s.details!.synergyRef === key)!.consumer!.siteId,
    ).toMatch(/^anon-/u);
    // A synergy of others cannot be agreed to (nor probed).
    const proche = before.find((s) => s.consumer?.siteId === 'platrerie-proche')!;
    await request(asLoin)
      .post(`/api/territories/${T}/synergies/${proche.details!.synergyRef}/introduction`)
      .expect(404);
    await request(t.server).post(`/api/territories/${T}/synergies/${key}/introduction`).expect(403);
  });

  it('shows the public only public data, and reports only in their public variant', async () => {
    const listed = (await request(t.anonymousServer).get('/api/territories').expect(200)).body as {
      id: string;
    }[];
    expect(listed.map((x) => x.id)).toEqual([T]);
    const shown = (await request(t.anonymousServer).get(`/api/territories/${T}/graph`).expect(200)).body as {
      nodes: { key: string; attributes: { flows: { id: string }[] } }[];
    };
    // Only the plâtrerie's need is public: one node (anonymised, as it takes part in withheld synergies).
    expect(shown.nodes).toHaveLength(1);
    expect(shown.nodes[0].attributes.flows).toHaveLength(1);
    const graph = JSON.stringify(shown);
    for (const canary of ['CANARY', 'centrale', 'platrerie-loin', 'atelier', '73282932000074']) {
      expect(graph).not.toContain(canary);
    }
    const sites = JSON.stringify(
      (await request(t.anonymousServer).get(`/api/territories/${T}/sites`).expect(200)).body,
    );
    for (const canary of ['CANARY', 'centrale', 'platrerie-loin', 'atelier'])
      expect(sites).not.toContain(canary);
    expect(sites).toContain('platrerie-proche');
    await request(t.anonymousServer).get(`/api/territories/${T}/dataset`).expect(401);
    // Writes are refused before any look-up: the answer does not tell which flow ids exist.
    for (const flowId of ['atelier-fibres', 'no-such-flow']) {
      await request(t.anonymousServer)
        .patch(`/api/territories/${T}/flows/${flowId}`)
        .send({ quantity: 1 })
        .expect(401);
      await request(t.anonymousServer).delete(`/api/territories/${T}/flows/${flowId}`).expect(401);
    }
    await request(t.anonymousServer)
      .get(`/api/territories/${T}/match-runs/${runId}/report.geojson`)
      .expect(401);
    const report = await request(t.anonymousServer)
      .get(`/api/territories/${T}/match-runs/${runId}/report.geojson?variant=public`)
      .expect(200);
    expect(report.text).not.toContain('CANARY');
    await request(t.serverAs(centrale.token))
      .get(`/api/territories/${T}/match-runs/${runId}/report.geojson`)
      .expect(403);
    const run = (
      await request(t.anonymousServer).get(`/api/territories/${T}/match-runs/${runId}`).expect(200)
    ).body;
    expect(Object.keys(run).sort()).toEqual(
      ['createdAt', 'finishedAt', 'id', 'progress', 'stage', 'startedAt', 'status', 'territoryId'].sort(),
    );
  });
});
