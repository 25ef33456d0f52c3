// End-to-end: the built viewer is served at `/` on the API's origin, client-side routes fall back to
// index.html, and /api keeps answering JSON (never swallowed by the fallback).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

describe('the viewer at /', () => {
  let viewerDir: string;
  let t: TestApp;

  beforeAll(async () => {
    viewerDir = mkdtempSync(join(tmpdir(), 'toile-viewer-'));
    mkdirSync(join(viewerDir, 'assets'));
    writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>Toile viewer</title>');
    writeFileSync(join(viewerDir, 'assets', 'main.js'), 'console.log("toile");');
    t = await startTestApp({ viewerDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(viewerDir, { recursive: true, force: true });
  });

  it('serves index.html, the assets, and index.html for client-side routes', async () => {
    const root = await request(t.server).get('/').set('Accept', 'text/html');
    expect(root.status).toBe(200);
    expect(root.text).toContain('Toile viewer');
    const asset = await request(t.server).get('/assets/main.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    const route = await request(t.server).get('/territoires/demo-estuaire').set('Accept', 'text/html');
    expect(route.status).toBe(200);
    expect(route.text).toContain('Toile viewer');
  });

  it('does not swallow /api nor missing files', async () => {
    const api = await request(t.server).get('/api/unknown').set('Accept', 'text/html');
    expect(api.status).toBe(404);
    expect(api.body).toEqual(expect.objectContaining({ statusCode: 404, code: 'not-found' }));
    expect((await request(t.server).get('/api/health').set('Accept', 'text/html')).body.status).toBe('ok');
    expect((await request(t.server).get('/assets/missing.js')).status).toBe(404);
  });

  it('answers a French page at / when the viewer is not built', async () => {
    const bare = await startTestApp({ viewerDir: join(viewerDir, 'absent') });
    try {
      const res = await request(bare.server).get('/').set('Accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.text).toContain('Le visualiseur n’est pas construit');
    } finally {
      await bare.close();
    }
  });
});
