// End-to-end CRUD of sites and flows: scoped by territory (another territory's object is a 404), every change
// validated on the whole dataset with flow-model's rules, bodies checked by the global ValidationPipe.

import request from 'supertest';
import { tinyHeatH2Dataset, tinyMaterialsDataset } from '@toile/seeds';
import { dumpDatabase, startTestApp, type TestApp } from './support/test-app';

const A = tinyMaterialsDataset.territory.id;
const B = tinyHeatH2Dataset.territory.id;

describe('sites and flows of a territory', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await request(t.server).put(`/api/territories/${A}/dataset`).send(tinyMaterialsDataset).expect(200);
    await request(t.server).put(`/api/territories/${B}/dataset`).send(tinyHeatH2Dataset).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates, reads, modifies and deletes a site', async () => {
    const site = { id: 'verrerie', name: 'Verrerie E (fictive)', lat: 49.02, lon: 1.02, nace: '23.13' };
    const created = await request(t.server).post(`/api/territories/${A}/sites`).send(site);
    expect(created.status).toBe(201);
    expect(created.body).toEqual(site);
    expect((await request(t.server).get(`/api/territories/${A}/sites/verrerie`)).body).toEqual(site);
    const list = await request(t.server).get(`/api/territories/${A}/sites`);
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([
      ...tinyMaterialsDataset.sites.map((s) => s.id),
      'verrerie',
    ]);

    const patched = await request(t.server)
      .patch(`/api/territories/${A}/sites/verrerie`)
      .send({ name: 'Verrerie E', nace: null, zoneId: 'zone-test' });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({
      id: 'verrerie',
      name: 'Verrerie E',
      lat: 49.02,
      lon: 1.02,
      zoneId: 'zone-test',
    });

    expect((await request(t.server).delete(`/api/territories/${A}/sites/verrerie`)).status).toBe(204);
    expect((await request(t.server).get(`/api/territories/${A}/sites/verrerie`)).status).toBe(404);
    expect((await request(t.server).get(`/api/territories/${A}/dataset`)).body).toEqual(tinyMaterialsDataset);
  });

  it('keeps territories apart: another territory’s site or flow is a 404, and the same id may live in both', async () => {
    const siteOfB = tinyHeatH2Dataset.sites[0].id;
    const flowOfB = tinyHeatH2Dataset.flows[0].id;
    for (const res of [
      await request(t.server).get(`/api/territories/${A}/sites/${siteOfB}`),
      await request(t.server).patch(`/api/territories/${A}/sites/${siteOfB}`).send({ name: 'x' }),
      await request(t.server).delete(`/api/territories/${A}/sites/${siteOfB}`),
      await request(t.server).get(`/api/territories/${A}/flows/${flowOfB}`),
      await request(t.server).delete(`/api/territories/${A}/flows/${flowOfB}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not-found');
    }
    const twin = { ...tinyMaterialsDataset.sites[0] };
    const res = await request(t.server).post(`/api/territories/${B}/sites`).send(twin);
    expect(res.status).toBe(201);
    await request(t.server).delete(`/api/territories/${B}/sites/${twin.id}`).expect(204);
    expect((await request(t.server).get(`/api/territories/${A}/sites/${twin.id}`)).status).toBe(200);
    expect((await request(t.server).get(`/api/territories/unknown/sites`)).status).toBe(404);
  });

  it('refuses a site breaking dataset rules with every problem, and a taken id with 409', async () => {
    const before = await dumpDatabase(t.ds);
    const bad = await request(t.server)
      .post(`/api/territories/${A}/sites`)
      .send({ id: 'bad site', name: 'Mauvais', lat: 95, lon: 1, siret: '12345678901234', zoneId: 'no-zone' });
    expect(bad.status).toBe(400);
    const codes = (bad.body.problems as { path: string }[]).map((p) => p.path);
    expect(codes).toEqual(
      expect.arrayContaining(['$.sites[4].id', '$.sites[4].lat', '$.sites[4].siret', '$.sites[4].zoneId']),
    );
    const taken = await request(t.server)
      .post(`/api/territories/${A}/sites`)
      .send(tinyMaterialsDataset.sites[0]);
    expect(taken.status).toBe(409);
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });

  it('refuses bodies with wrong types or unknown fields (ValidationPipe) in the same error shape', async () => {
    const res = await request(t.server)
      .post(`/api/territories/${A}/sites`)
      .send({ id: 'x', name: 'X', lat: 'north', lon: 1, colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation-failed');
    expect(res.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '$.lat', code: 'isNumber' }),
        expect.objectContaining({ path: '$.colour', code: 'unknown-field' }),
      ]),
    );
    const patchId = await request(t.server)
      .patch(`/api/territories/${A}/sites/centrale`)
      .send({ id: 'renamed' });
    expect(patchId.status).toBe(400);
    expect(patchId.body.problems[0]).toEqual(
      expect.objectContaining({ path: '$.id', code: 'unknown-field' }),
    );
  });

  it('creates, modifies and deletes a flow, with the flow rules applied', async () => {
    const flow = {
      id: 'atelier-chaleur',
      siteId: 'atelier',
      direction: 'output',
      resource: 'heat',
      quantity: 500,
      unit: 'MWh/yr',
      temperatureC: 70,
      months: [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1],
      price: { value: 0, unit: 'EUR/MWh' },
    };
    const created = await request(t.server).post(`/api/territories/${A}/flows`).send(flow);
    expect(created.status).toBe(201);
    expect((await request(t.server).get(`/api/territories/${A}/flows/atelier-chaleur`)).body).toEqual(flow);

    const noTemperature = await request(t.server)
      .patch(`/api/territories/${A}/flows/atelier-chaleur`)
      .send({ temperatureC: null, unit: 'bananas' });
    expect(noTemperature.status).toBe(400);
    const paths = (noTemperature.body.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.flows[4].temperatureC', '$.flows[4].unit']));

    const moved = await request(t.server)
      .patch(`/api/territories/${A}/flows/atelier-chaleur`)
      .send({ siteId: 'nowhere' });
    expect(moved.status).toBe(400);
    expect(moved.body.problems).toEqual([expect.objectContaining({ code: 'unknown-site' })]);

    const ok = await request(t.server)
      .patch(`/api/territories/${A}/flows/atelier-chaleur`)
      .send({ quantity: 650 });
    expect(ok.status).toBe(200);
    expect(ok.body.quantity).toBe(650);

    const badPrice = await request(t.server)
      .post(`/api/territories/${A}/flows`)
      .send({ ...flow, id: 'x', price: { value: 'cher', unit: 'EUR/MWh' } });
    expect(badPrice.status).toBe(400);
    expect(badPrice.body.problems).toEqual([expect.objectContaining({ path: '$.price.value' })]);

    expect((await request(t.server).delete(`/api/territories/${A}/flows/atelier-chaleur`)).status).toBe(204);
    expect((await request(t.server).get(`/api/territories/${A}/dataset`)).body).toEqual(tinyMaterialsDataset);
  });

  it('deletes a site with its flows, and a territory with everything in it', async () => {
    await request(t.server)
      .delete(`/api/territories/${B}/sites/${tinyHeatH2Dataset.sites[0].id}`)
      .expect(204);
    const flows = await request(t.server).get(`/api/territories/${B}/flows`);
    expect(flows.body.some((f: { siteId: string }) => f.siteId === tinyHeatH2Dataset.sites[0].id)).toBe(
      false,
    );

    await request(t.server).delete(`/api/territories/${B}`).expect(204);
    expect((await request(t.server).get(`/api/territories/${B}`)).status).toBe(404);
    const rows = (await t.ds.query(`SELECT COUNT(*) AS n FROM "flows" WHERE "territory_id" = ?`, [B])) as {
      n: number;
    }[];
    expect(rows[0].n).toBe(0);
  });

  it('creates an empty territory, refuses a taken or malformed id', async () => {
    const created = await request(t.server)
      .post('/api/territories')
      .send({ id: 'zae-sud', name: 'ZAE Sud', kind: 'zae' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({
        id: 'zae-sud',
        name: 'ZAE Sud',
        kind: 'zae',
        counts: { zones: 0, sites: 0, flows: 0 },
      }),
    );
    expect(
      (await request(t.server).post('/api/territories').send({ id: 'zae-sud', name: 'Encore' })).status,
    ).toBe(409);
    const bad = await request(t.server).post('/api/territories').send({ id: 'ZAE Sud!', name: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((p: { path: string }) => p.path)).toEqual(
      expect.arrayContaining(['$.id', '$.name']),
    );
  });
});
