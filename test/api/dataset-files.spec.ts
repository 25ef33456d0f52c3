// End-to-end with files: the blank templates filled in and imported give back the original dataset, and the
// XLSX and CSV-zip exports import back identically; unreadable files answer 400 with their problems.

import request from 'supertest';
import { tinyMaterialsDataset } from '@toile/seeds';
import { dumpDatabase, startTestApp, type TestApp } from './support/test-app';
import { fillTemplateCsvZip, fillTemplateWorkbook } from './support/fill-template';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ID = tinyMaterialsDataset.territory.id;

describe('dataset files through the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await t.close();
  });

  async function download(path: string, type: string): Promise<Buffer> {
    const res = await request(t.server)
      .get(path)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(type);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="/u);
    return res.body as Buffer;
  }

  async function exported(id: string): Promise<unknown> {
    return (await request(t.server).get(`/api/territories/${id}/dataset`).expect(200)).body;
  }

  it('imports the filled Excel template as the original dataset', async () => {
    const template = await download('/api/templates/dataset.xlsx', XLSX);
    const filled = await fillTemplateWorkbook(template, tinyMaterialsDataset);
    const put = await request(t.server)
      .put(`/api/territories/${ID}/dataset`)
      .set('Content-Type', XLSX)
      .send(filled);
    expect(put.status).toBe(200);
    expect(put.body).toEqual(expect.objectContaining({ sites: 4, flows: 4, zones: 1 }));
    expect(await exported(ID)).toEqual(tinyMaterialsDataset);
  });

  it('imports the filled CSV template (zip of ; files with decimal commas) as the original dataset', async () => {
    await request(t.server).delete(`/api/territories/${ID}`).expect(204);
    const template = await download('/api/templates/dataset-csv.zip', 'application/zip');
    const filled = fillTemplateCsvZip(template, tinyMaterialsDataset);
    const put = await request(t.server)
      .put(`/api/territories/${ID}/dataset`)
      .set('Content-Type', 'application/zip')
      .send(filled);
    expect(put.status).toBe(200);
    expect(put.body.created).toBe(true);
    expect(await exported(ID)).toEqual(tinyMaterialsDataset);
  });

  it('round-trips the demo territory through its XLSX and CSV-zip exports', async () => {
    const id = 'demo-estuaire';
    const original = await exported(id);
    const workbook = await download(`/api/territories/${id}/dataset.xlsx`, XLSX);
    await request(t.server)
      .put(`/api/territories/${id}/dataset`)
      .set('Content-Type', XLSX)
      .send(workbook)
      .expect(200);
    expect(await exported(id)).toEqual(original);
    const zip = await download(`/api/territories/${id}/dataset-csv.zip`, 'application/zip');
    await request(t.server)
      .put(`/api/territories/${id}/dataset`)
      .set('Content-Type', 'application/x-zip-compressed')
      .send(zip)
      .expect(200);
    expect(await exported(id)).toEqual(original);
  });

  it('imports a multipart pair of CSV files, the territory named by the URL and the form', async () => {
    const zipped = fillTemplateCsvZip(
      await download('/api/templates/dataset-csv.zip', 'application/zip'),
      tinyMaterialsDataset,
    );
    const { unzipSync } = await import('fflate');
    const files = unzipSync(zipped);
    const res = await request(t.server)
      .put('/api/territories/paire-csv/dataset')
      .field('name', 'Paire CSV')
      .attach('sites', Buffer.from(files['sites.csv']), 'sites.csv')
      .attach('flows', Buffer.from(files['flows.csv']), 'flows.csv')
      .attach('zones', Buffer.from(files['zones.csv']), 'zones.csv');
    expect(res.body).toEqual({ territoryId: 'paire-csv', created: true, zones: 1, sites: 4, flows: 4 });
    const dataset = (await exported('paire-csv')) as typeof tinyMaterialsDataset;
    expect(dataset.territory).toEqual({ id: 'paire-csv', name: 'Paire CSV' });
    expect(dataset.sites).toEqual(tinyMaterialsDataset.sites);
    expect(dataset.flows).toEqual(tinyMaterialsDataset.flows);
  });

  it('answers unreadable or invalid files with 400 and every problem, storing nothing', async () => {
    const before = await dumpDatabase(t.ds);
    const junk = await request(t.server)
      .put(`/api/territories/${ID}/dataset`)
      .set('Content-Type', XLSX)
      .send(Buffer.from('not a workbook'));
    expect(junk.status).toBe(415);
    expect(junk.body.code).toBe('content-mismatch');
    expect(junk.body.problems.length).toBeGreaterThan(0);

    const missing = await request(t.server)
      .put(`/api/territories/${ID}/dataset`)
      .attach('sites', Buffer.from('id;name;lat;lon\n'), 'sites.csv');
    expect(missing.status).toBe(400);
    expect(missing.body.problems).toEqual([expect.objectContaining({ code: 'missing-file' })]);

    const bad = { ...tinyMaterialsDataset, flows: [{ ...tinyMaterialsDataset.flows[0], unit: 'bananas' }] };
    const workbook = await fillTemplateWorkbook(await download('/api/templates/dataset.xlsx', XLSX), bad);
    const invalid = await request(t.server)
      .put(`/api/territories/${ID}/dataset`)
      .set('Content-Type', XLSX)
      .send(workbook);
    expect(invalid.status).toBe(400);
    expect(invalid.body.problems).toEqual([
      expect.objectContaining({ path: '$.flows[0].unit', location: expect.stringContaining('flows') }),
    ]);
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });
});
