// End-to-end tests of the security headers and CORS: a Content-Security-Policy on every answer (viewer,
// API, errors), CORS closed by default and open only to the configured origins.

import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

describe('security headers and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends helmet headers and the viewer-compatible CSP, on errors too', async () => {
    for (const path of ['/api/territories', '/api/no-such-route']) {
      const res = await request(t.server).get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by']).toBeUndefined();
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("img-src 'self' data: blob: http: https:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/u);
    }
  });

  it('gives no CORS permission to another origin by default', async () => {
    const res = await request(t.server).get('/api/territories').set('Origin', 'https://evil.example');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(t.server)
      .options('/api/territories')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'PUT');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the configured origins, and adds tile origins to img-src', async () => {
    const open = await startTestApp({
      env: { CORS_ORIGINS: 'https://eit.example.fr', TILE_ORIGINS: 'https://tile.openstreetmap.org' },
    });
    try {
      const ok = await request(open.server).get('/api/territories').set('Origin', 'https://eit.example.fr');
      expect(ok.headers['access-control-allow-origin']).toBe('https://eit.example.fr');
      expect(String(ok.headers['content-security-policy'])).toContain(
        "img-src 'self' data: blob: https://tile.openstreetmap.org;",
      );
      const other = await request(open.server).get('/api/territories').set('Origin', 'https://evil.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});
