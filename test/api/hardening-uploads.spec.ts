// End-to-end tests of upload limits: an XLSX body over the 20 MiB limit and junk sent as XLSX are refused
// with the standard error body, and leave the database untouched.

import request from 'supertest';
import { dumpDatabase, startTestApp, type TestApp } from './support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('upload limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 413 in the error shape to an XLSX body over the limit', async () => {
    const before = await dumpDatabase(t.ds);
    const res = await request(t.server)
      .put('/api/territories/gros/dataset')
      .set('Content-Type', XLSX)
      .send(Buffer.alloc(21 * 1024 * 1024, 0x50));
    expect(res.status).toBe(413);
    expect(res.body).toEqual(
      expect.objectContaining({ statusCode: 413, code: 'payload-too-large', problems: [] }),
    );
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });

  it('refuses bytes that are not a workbook sent as XLSX with a 4xx error body', async () => {
    const before = await dumpDatabase(t.ds);
    const res = await request(t.server)
      .put('/api/territories/faux/dataset')
      .set('Content-Type', XLSX)
      .send(Buffer.from('%PDF-1.7 not a zip at all'));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(typeof res.body.code).toBe('string');
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });
});
