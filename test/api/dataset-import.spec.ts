// End-to-end: PUT /api/territories/:id/dataset with JSON is all or nothing — a valid document is stored
// whole, an invalid one answers 400 with every problem and leaves the database exactly as it was.

import request from 'supertest';
import { tinyMaterialsDataset } from '@toile/seeds';
import { importDataset } from '@toile/api/src/datasets/dataset-store';
import { dumpDatabase, startTestApp, type TestApp } from './support/test-app';

describe('PUT /api/territories/:id/dataset (JSON)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores a valid document and gives it back (import → export equal)', async () => {
    const put = await request(t.server)
      .put('/api/territories/tiny-materials/dataset')
      .send(tinyMaterialsDataset);
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ territoryId: 'tiny-materials', created: true, zones: 1, sites: 4, flows: 4 });
    const got = await request(t.server).get('/api/territories/tiny-materials/dataset');
    expect(got.status).toBe(200);
    expect(got.body).toEqual(tinyMaterialsDataset);
    const again = await request(t.server)
      .put('/api/territories/tiny-materials/dataset')
      .send(tinyMaterialsDataset);
    expect(again.body.created).toBe(false);
    const territory = await request(t.server).get('/api/territories/tiny-materials');
    expect(territory.body.counts).toEqual({ zones: 1, sites: 4, flows: 4 });
  });

  it('refuses a document with several problems, lists them all, and changes nothing', async () => {
    const before = await dumpDatabase(t.ds);
    const bad = {
      ...tinyMaterialsDataset,
      sites: [
        { ...tinyMaterialsDataset.sites[0], lat: 'north' },
        { ...tinyMaterialsDataset.sites[1], siret: '73282932000075' },
        ...tinyMaterialsDataset.sites.slice(2),
      ],
      flows: [
        { ...tinyMaterialsDataset.flows[0], unit: 'bananas/yr' },
        { ...tinyMaterialsDataset.flows[1], siteId: 'nowhere' },
        ...tinyMaterialsDataset.flows.slice(2),
      ],
    };
    // Against the demo territory (stored): a refused import must not touch it, nor anything else.
    const put = await request(t.server)
      .put('/api/territories/demo-estuaire/dataset')
      .send({ ...bad, territory: { ...bad.territory, id: 'demo-estuaire' } });
    expect(put.status).toBe(400);
    expect(put.body.code).toBe('validation-failed');
    const paths = (put.body.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['$.sites[0].lat', '$.sites[1].siret', '$.flows[0].unit', '$.flows[1].siteId']),
    );
    for (const problem of put.body.problems) {
      expect(typeof problem.reason).toBe('string');
      expect(typeof problem.code).toBe('string');
    }
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });

  it('refuses a document naming another territory than the URL (the URL wins)', async () => {
    const before = await dumpDatabase(t.ds);
    const put = await request(t.server).put('/api/territories/other-id/dataset').send(tinyMaterialsDataset);
    expect(put.status).toBe(400);
    expect(put.body.problems).toEqual([
      expect.objectContaining({
        path: '$.territory.id',
        code: 'territory-id-mismatch',
        value: 'tiny-materials',
      }),
    ]);
    expect(await dumpDatabase(t.ds)).toEqual(before);
    expect((await request(t.server).get('/api/territories/other-id')).status).toBe(404);
  });

  it('answers malformed JSON, another media type and an oversized body with the error shape', async () => {
    const malformed = await request(t.server)
      .put('/api/territories/x/dataset')
      .set('Content-Type', 'application/json')
      .send('{"format": ');
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body).sort()).toEqual(['code', 'message', 'problems', 'statusCode']);

    const text = await request(t.server)
      .put('/api/territories/x/dataset')
      .set('Content-Type', 'text/plain')
      .send('hi');
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('unsupported-media-type');

    const huge = JSON.stringify({ format: 'toile.dataset/1', padding: 'x'.repeat(21 * 1024 * 1024) });
    const big = await request(t.server)
      .put('/api/territories/x/dataset')
      .set('Content-Type', 'application/json')
      .send(huge);
    expect(big.status).toBe(413);
    expect(big.body).toEqual(
      expect.objectContaining({ statusCode: 413, code: 'payload-too-large', problems: [] }),
    );
  });

  it('refuses a non-object body with a problem at $', async () => {
    const put = await request(t.server).put('/api/territories/x/dataset').send([1, 2]);
    expect(put.status).toBe(400);
    expect(put.body.problems[0].path).toBe('$');
  });

  it('rolls the whole import back when the database fails half-way (a real fault, not a rule)', async () => {
    const before = await dumpDatabase(t.ds);
    // The zones and sites are written before the flows: make the last flow's INSERT fail.
    await t.ds.query(
      `CREATE TRIGGER "fail_flow" BEFORE INSERT ON "flows" WHEN NEW."id" = 'atelier-fibres'
       BEGIN SELECT RAISE(ABORT, 'simulated disk fault'); END`,
    );
    try {
      await expect(importDataset(t.ds, 'tiny-materials', tinyMaterialsDataset)).rejects.toThrow(
        'simulated disk fault',
      );
      await expect(
        importDataset(t.ds, 'demo-estuaire', {
          ...tinyMaterialsDataset,
          territory: { ...tinyMaterialsDataset.territory, id: 'demo-estuaire' },
        }),
      ).rejects.toThrow('simulated disk fault');
    } finally {
      await t.ds.query('DROP TRIGGER "fail_flow"');
    }
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });
});
