// End-to-end: dataset transactions and other writers of the same SQLite connection (match runs saving their
// rows) running at the same moment never mix: every write lands, an import stays all or nothing.

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { tinyMaterialsDataset } from '@toile/seeds';
import { MatchRunEntity } from '@toile/api/src/match-runs/match-run.entity';
import { startTestApp, type TestApp } from './support/test-app';

function bigDataset(id: string, sites: number, flowsPerSite: number) {
  return {
    format: 'toile.dataset/1',
    territory: { id, name: id },
    zones: [],
    sites: Array.from({ length: sites }, (_, i) => ({
      id: `s${i}`,
      name: `S${i}`,
      lat: 49 + i / 1e4,
      lon: 1,
    })),
    flows: Array.from({ length: sites * flowsPerSite }, (_, i) => ({
      id: `f${i}`,
      siteId: `s${i % sites}`,
      direction: i % 2 ? 'input' : 'output',
      resource: 'gypsum',
      quantity: 1 + i,
      unit: 't/yr',
    })),
  };
}

function runRow(territoryId: string): MatchRunEntity {
  return {
    id: randomUUID(),
    territoryId,
    status: 'failed',
    parameters: {},
    pins: [],
    scenario: null,
    progress: 0,
    stage: null,
    error: 'test',
    result: null,
    totals: null,
    createdAt: new Date().toISOString(),
    startedAt: null,
    finishedAt: null,
  };
}

describe('concurrent writers on one SQLite connection', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await request(t.server)
      .put(`/api/territories/${tinyMaterialsDataset.territory.id}/dataset`)
      .send(tinyMaterialsDataset);
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps imports, edits and repository saves apart', async () => {
    const runs = t.ds.getRepository(MatchRunEntity);
    const tiny = tinyMaterialsDataset.territory.id;
    const work: Promise<unknown>[] = [];
    for (let round = 0; round < 4; round += 1) {
      work.push(
        request(t.server)
          .put(`/api/territories/big-${round}/dataset`)
          .send(bigDataset(`big-${round}`, 300, 4)),
      );
      for (let i = 0; i < 10; i += 1) work.push(runs.save(runRow(tiny)));
      work.push(
        request(t.server)
          .post(`/api/territories/${tiny}/sites`)
          .send({ id: `extra-${round}`, name: 'Extra', lat: 49, lon: 1 }),
      );
      // A refused import in the middle of everything.
      work.push(
        request(t.server)
          .put(`/api/territories/${tiny}/dataset`)
          .send({ ...tinyMaterialsDataset, sites: [] }),
      );
    }
    const results = await Promise.allSettled(work);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toEqual([]);
    const statuses = results.map((r) => (r as PromiseFulfilledResult<{ status?: number }>).value?.status);
    expect(statuses.filter((s) => s !== undefined && s >= 500)).toEqual([]);
    expect(await runs.countBy({ territoryId: tiny })).toBe(40);
    for (let round = 0; round < 4; round += 1) {
      const got = await request(t.server).get(`/api/territories/big-${round}`);
      expect(got.body.counts).toEqual({ zones: 0, sites: 300, flows: 1200 });
    }
    const sites = await request(t.server).get(`/api/territories/${tiny}/sites`);
    expect(sites.body).toHaveLength(tinyMaterialsDataset.sites.length + 4);
  });
});
