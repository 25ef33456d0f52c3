// End to end: signing in and out, token renewal with rotation, API keys, accounts, and the first object-level
// rules (who may create territories, who may edit which site's flows) on a real SQLite file.

import request from 'supertest';
import { tinyHeatH2Dataset, tinyMaterialsDataset } from '@toile/seeds';
import { dumpDatabase, startTestApp, TEST_ADMIN, type TestApp } from './support/test-app';

const A = tinyMaterialsDataset.territory.id;
const B = tinyHeatH2Dataset.territory.id;

describe('accounts, tokens and keys', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await request(t.server).put(`/api/territories/${A}/dataset`).send(tinyMaterialsDataset).expect(200);
    await request(t.server).put(`/api/territories/${B}/dataset`).send(tinyHeatH2Dataset).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in with the right password only, without saying which part was wrong', async () => {
    const ok = await request(t.anonymousServer).post('/api/auth/sign-in').send(TEST_ADMIN).expect(200);
    expect(ok.body).toMatchObject({ tokenType: 'Bearer', user: { email: TEST_ADMIN.email, role: 'admin' } });
    expect(ok.body.refreshToken).toEqual(expect.any(String));
    const wrong = await request(t.anonymousServer)
      .post('/api/auth/sign-in')
      .send({ email: TEST_ADMIN.email, password: 'pas-le-bon-mot-de-passe' });
    const unknown = await request(t.anonymousServer)
      .post('/api/auth/sign-in')
      .send({ email: 'personne@nulle.part', password: 'pas-le-bon-mot-de-passe' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({
      code: 'unauthenticated',
      message: expect.stringMatching(/identifiants/u),
    });

    const me = await request(t.anonymousServer)
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${ok.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({ email: TEST_ADMIN.email, roleLabel: 'administrateur' });
  });

  it('renews a session once per refresh token (rotation) and signs out', async () => {
    const first = (await request(t.anonymousServer).post('/api/auth/sign-in').send(TEST_ADMIN).expect(200))
      .body;
    const second = await request(t.anonymousServer)
      .post('/api/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const replay = await request(t.anonymousServer)
      .post('/api/auth/refresh')
      .send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    await request(t.anonymousServer)
      .post('/api/auth/sign-out')
      .send({ refreshToken: second.body.refreshToken })
      .expect(204);
    const after = await request(t.anonymousServer)
      .post('/api/auth/refresh')
      .send({ refreshToken: second.body.refreshToken });
    expect(after.status).toBe(401);
  });

  it('refuses forged, malformed and foreign-scheme credentials with 401', async () => {
    const forged = `${t.admin.token.slice(0, -4)}AAAA`;
    for (const authorization of [`Bearer ${forged}`, 'Bearer nimportequoi', 'Basic YWRtaW46YWRtaW4=']) {
      const res = await request(t.anonymousServer).get('/api/auth/me').set('Authorization', authorization);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthenticated');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/u);
    }
    const key = await request(t.anonymousServer).get('/api/auth/me').set('X-Api-Key', 'toile_inconnue');
    expect(key.status).toBe(401);
  });

  it('creates API keys shown once, that act as their owner until revoked', async () => {
    const created = await request(t.server)
      .post('/api/api-keys')
      .send({ label: 'import nocturne' })
      .expect(201);
    expect(created.body.key).toMatch(/^toile_/u);
    const listed = await request(t.server).get('/api/api-keys').expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    const stored = JSON.stringify(await dumpDatabase(t.ds));
    expect(stored).not.toContain(created.body.key);

    const viaHeader = await request(t.anonymousServer).get('/api/auth/me').set('X-Api-Key', created.body.key);
    expect(viaHeader.status).toBe(200);
    const viaBearer = await request(t.anonymousServer)
      .get(`/api/territories/${A}/dataset`)
      .set('Authorization', `Bearer ${created.body.key}`);
    expect(viaBearer.status).toBe(200);

    await request(t.server).delete(`/api/api-keys/${created.body.id}`).expect(204);
    const revoked = await request(t.anonymousServer).get('/api/auth/me').set('X-Api-Key', created.body.key);
    expect(revoked.status).toBe(401);
  });

  it('lets a facilitator create a territory (and manage it), firm accounts there, and nothing elsewhere', async () => {
    const fac = await t.createAccount({
      email: 'animatrice@agglo.test',
      role: 'facilitator',
      territoryIds: [A],
    });
    const asFac = t.serverAs(fac.token);
    await request(asFac)
      .post('/api/territories')
      .send({ id: 'zae-nouvelle', name: 'ZAE nouvelle' })
      .expect(201);
    await request(asFac).get('/api/territories/zae-nouvelle/dataset').expect(200);
    await request(asFac).get(`/api/territories/${A}/dataset`).expect(200);
    // Another territory: as if it did not exist.
    expect((await request(asFac).get(`/api/territories/${B}/dataset`)).status).toBe(404);
    expect((await request(asFac).get(`/api/territories/${B}`)).status).toBe(404);

    const firm = await request(asFac)
      .post('/api/users')
      .send({
        email: 'centrale@firme.test',
        password: 'mot-de-passe-firme',
        role: 'firm',
        sites: [{ territoryId: A, siteId: 'centrale' }],
      });
    expect(firm.status).toBe(201);
    const foreignFirm = await request(asFac)
      .post('/api/users')
      .send({
        email: 'x@firme.test',
        password: 'mot-de-passe-firme',
        role: 'firm',
        sites: [{ territoryId: B, siteId: tinyHeatH2Dataset.sites[0].id }],
      });
    expect(foreignFirm.status).toBe(403);
    const admin = await request(asFac)
      .post('/api/users')
      .send({ email: 'y@agglo.test', password: 'mot-de-passe-admin', role: 'admin' });
    expect(admin.status).toBe(403);
    const listed = (await request(asFac).get('/api/users').expect(200)).body as { email: string }[];
    expect(listed.map((u) => u.email).sort()).toEqual(['animatrice@agglo.test', 'centrale@firme.test']);
  });

  it('names the field and the reason for a bad account, and stores nothing', async () => {
    const before = await dumpDatabase(t.ds);
    const res = await request(t.server)
      .post('/api/users')
      .send({
        email: 'z@firme.test',
        password: 'mot-de-passe-firme',
        role: 'firm',
        sites: [{ territoryId: A, siteId: 'absente' }],
      });
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual([
      expect.objectContaining({ path: '$.sites[0]', reason: expect.stringMatching(/absente/u) }),
    ]);
    const short = await request(t.server)
      .post('/api/users')
      .send({ email: 'z@firme.test', password: 'court', role: 'firm' });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body.problems)).toMatch(/password/u);
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });

  it('lets a firm edit its own site and flows only; the public edits nothing', async () => {
    const firm = await t.createAccount({
      email: 'atelier@firme.test',
      role: 'firm',
      sites: [{ territoryId: A, siteId: 'atelier' }],
    });
    const asFirm = t.serverAs(firm.token);
    await request(asFirm)
      .patch(`/api/territories/${A}/sites/atelier`)
      .send({ name: 'Atelier (renommé)' })
      .expect(200);
    await request(asFirm)
      .patch(`/api/territories/${A}/flows/atelier-fibres`)
      .send({ quantity: 12 })
      .expect(200);
    const flow = {
      id: 'atelier-eau',
      siteId: 'atelier',
      direction: 'input',
      resource: 'gypsum',
      quantity: 100,
      unit: 't/yr',
    };
    const posted = await request(asFirm).post(`/api/territories/${A}/flows`).send(flow);
    expect(posted.status).toBe(201);
    await request(asFirm).delete(`/api/territories/${A}/flows/atelier-eau`).expect(204);

    const before = await dumpDatabase(t.ds);
    expect(
      (await request(asFirm).patch(`/api/territories/${A}/sites/centrale`).send({ name: 'x' })).status,
    ).toBe(403);
    expect(
      (await request(asFirm).patch(`/api/territories/${A}/flows/centrale-fgd-gypsum`).send({ quantity: 1 }))
        .status,
    ).toBe(404);
    expect((await request(asFirm).delete(`/api/territories/${A}/flows/centrale-fgd-gypsum`)).status).toBe(
      404,
    );
    expect(
      (
        await request(asFirm)
          .post(`/api/territories/${A}/flows`)
          .send({ ...flow, siteId: 'centrale' })
      ).status,
    ).toBe(403);
    expect(
      (await request(asFirm).patch(`/api/territories/${A}/flows/atelier-fibres`).send({ siteId: 'centrale' }))
        .status,
    ).toBe(403);
    expect(
      (await request(asFirm).patch(`/api/territories/${A}/sites/atelier`).send({ id: 'autre' })).status,
    ).toBe(400); // a site's id never changes through PATCH
    expect(
      (await request(asFirm).put(`/api/territories/${A}/dataset`).send(tinyMaterialsDataset)).status,
    ).toBe(403);
    expect((await request(asFirm).post(`/api/territories/${A}/match-runs`).send({})).status).toBe(403);
    expect((await request(asFirm).post('/api/territories').send({ id: 'x', name: 'x' })).status).toBe(403);
    expect((await request(asFirm).get(`/api/territories/${B}/sites`)).status).toBe(404);
    expect(
      (await request(t.anonymousServer).patch(`/api/territories/${A}/sites/atelier`).send({ name: 'x' }))
        .status,
    ).toBe(404);
    expect(
      (await request(t.anonymousServer).post('/api/territories').send({ id: 'x', name: 'x' })).status,
    ).toBe(401);
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });
});
