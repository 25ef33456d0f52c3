// End-to-end on the demo territory: export → import → export is identical, the graph has every site placed
// in Web Mercator, health and the OpenAPI document answer, a server fault answers without any stack.

import request from 'supertest';
import { demoDataset } from '@toile/seeds';
import type { SerializedTerritoryGraph } from '@toile/flow-model';
import { startTestApp, type TestApp } from './support/test-app';

describe('the demo territory through the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('exports what was seeded, and export → import → export is identical key for key', async () => {
    const first = await request(t.server).get(`/api/territories/${demoDataset.territory.id}/dataset`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual(demoDataset);
    const put = await request(t.server)
      .put(`/api/territories/${demoDataset.territory.id}/dataset`)
      .send(first.body);
    expect(put.status).toBe(200);
    const second = await request(t.server).get(`/api/territories/${demoDataset.territory.id}/dataset`);
    expect(second.text).toBe(first.text);
  });

  it('serves the graph: one node per site, finite Web Mercator x/y, French sector labels, no edges yet', async () => {
    const res = await request(t.server).get(`/api/territories/${demoDataset.territory.id}/graph`);
    expect(res.status).toBe(200);
    const graph = res.body as SerializedTerritoryGraph;
    expect(graph.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(graph.nodes.length).toBe(demoDataset.sites.length);
    expect(graph.nodes.length).toBeGreaterThanOrEqual(40);
    for (const node of graph.nodes) {
      expect(Number.isFinite(node.attributes.x)).toBe(true);
      expect(Number.isFinite(node.attributes.y)).toBe(true);
      expect(node.attributes.kind).toBe('site');
    }
    expect(graph.nodes.some((n) => n.attributes.sector === 'Industrie manufacturière')).toBe(true);
    const flowCount = graph.nodes.reduce((sum, n) => sum + n.attributes.flows.length, 0);
    expect(flowCount).toBe(demoDataset.flows.length);
    expect(graph.edges).toEqual([]);
  });

  it('lists and reads territories with their counts', async () => {
    const list = await request(t.server).get('/api/territories');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: demoDataset.territory.id,
        counts: {
          zones: demoDataset.zones.length,
          sites: demoDataset.sites.length,
          flows: demoDataset.flows.length,
        },
      }),
    ]);
    expect((await request(t.server).get('/api/territories/unknown')).body).toEqual({
      statusCode: 404,
      code: 'not-found',
      message: expect.stringContaining('unknown'),
      problems: [],
    });
  });

  it('answers /api/health and the OpenAPI document at /api/docs-json', async () => {
    const health = await request(t.server).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      database: 'ok',
      databaseType: 'sqlite',
      version: expect.any(String),
    });
    const docs = await request(t.server).get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toMatch(/^3\./u);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/territories/{territoryId}/dataset',
        '/api/territories/{territoryId}/graph',
      ]),
    );
    const ui = await request(t.server).get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers an unknown API route with a 404 in the error shape', async () => {
    const res = await request(t.server).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual(expect.objectContaining({ statusCode: 404, code: 'not-found', problems: [] }));
  });
});

describe('a server fault', () => {
  it('answers 500 with the error shape and no stack trace', async () => {
    const t = await startTestApp({ demo: true });
    try {
      await t.ds.query('DROP TABLE "flows"');
      const res = await request(t.server).get(`/api/territories/${demoDataset.territory.id}/dataset`);
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        statusCode: 500,
        code: 'internal-error',
        message: 'Erreur interne du serveur',
        problems: [],
      });
      expect(res.text).not.toMatch(/\bat .*\.(ts|js):\d+/u);
      expect(res.text).not.toContain('SQLITE');
    } finally {
      await t.close();
    }
  });
});
