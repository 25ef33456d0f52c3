// End-to-end tests of upload checks: a body over the 20 MiB limit (413), bytes that are not the declared type
// or an unknown type (415), malformed JSON (400), zip bombs (400): standard error body, database untouched.

import { zipSync } from 'fflate';
import request from 'supertest';
import { dumpDatabase, startTestApp, type TestApp } from './support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP = 'application/zip';
const HUNDRED_MIB = 100 * 1024 * 1024;

/** 100 MiB of zeros deflated (about 100 KB) per entry name, compressed once (about 2 s each). */
const deflatedZeros = new Map<string, Buffer>();

/** A zip of 100 MiB of zeros, optionally with headers claiming only `claimedBytes`. */
function zerosBomb(name: string, claimedBytes?: number): Buffer {
  if (!deflatedZeros.has(name)) {
    deflatedZeros.set(name, Buffer.from(zipSync({ [name]: new Uint8Array(HUNDRED_MIB) }, { level: 9 })));
  }
  const zip = Buffer.from(deflatedZeros.get(name)!);
  if (claimedBytes !== undefined) {
    zip.writeUInt32LE(claimedBytes, 22);
    zip.writeUInt32LE(claimedBytes, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  }
  return zip;
}

describe('upload limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    for (const name of ['xl/workbook.xml', 'flows.csv']) zerosBomb(name);
  }, 60_000);
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

  it.each([
    [XLSX, '%PDF-1.7 not a zip at all', /PDF/u],
    [ZIP, '%PDF-1.7 not a zip at all', /PDF/u],
    [XLSX, '{"format":"toile.dataset/1"}', /application\/json/u],
  ])('answers 415 content-mismatch to bytes that are not a zip sent as %s', async (type, text, look) => {
    const before = await dumpDatabase(t.ds);
    const res = await request(t.server)
      .put('/api/territories/faux/dataset')
      .set('Content-Type', type)
      .send(Buffer.from(text));
    expect(res.status).toBe(415);
    expect(res.body).toEqual({
      statusCode: 415,
      code: 'content-mismatch',
      message: expect.stringMatching(look),
      problems: [expect.objectContaining({ path: '$', code: 'content-mismatch' })],
    });
    expect(res.body.message).toContain(type);
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });

  it('answers 415 unsupported-media-type to an unknown content type, naming the accepted ones', async () => {
    const before = await dumpDatabase(t.ds);
    const res = await request(t.server)
      .put('/api/territories/faux/dataset')
      .set('Content-Type', 'text/plain')
      .send('id;nom');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported-media-type');
    expect(res.body.message).toMatch(/text\/plain.*application\/json/u);
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });

  it('answers 400 to JSON that does not parse', async () => {
    const before = await dumpDatabase(t.ds);
    const res = await request(t.server)
      .put('/api/territories/faux/dataset')
      .set('Content-Type', 'application/json')
      .send('{"format": "toile.dataset/1", ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual(expect.objectContaining({ statusCode: 400, problems: [] }));
    expect(typeof res.body.message).toBe('string');
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });

  it.each([
    ['an .xlsx of 100 MiB of zeros', XLSX, 'xl/workbook.xml', undefined, /Mo une fois décompressée/u],
    ['a CSV zip of 100 MiB of zeros', ZIP, 'flows.csv', undefined, /Mo une fois décompressée/u],
    ['an .xlsx bomb whose headers claim 1 kB', XLSX, 'xl/workbook.xml', 1000, /taille annoncée/u],
    ['a CSV zip bomb whose headers claim 1 kB', ZIP, 'flows.csv', 1000, /taille annoncée/u],
  ])(
    'refuses %s with 400 zip-too-large',
    async (_label, type, name, claimedBytes, reason) => {
      const bomb = zerosBomb(name, claimedBytes);
      expect(bomb.length).toBeLessThan(200 * 1024);
      const before = await dumpDatabase(t.ds);
      const res = await request(t.server)
        .put('/api/territories/bombe/dataset')
        .set('Content-Type', type)
        .send(bomb);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('format-error');
      expect(res.body.problems).toEqual([
        expect.objectContaining({ code: 'zip-too-large', reason: expect.stringMatching(reason) }),
      ]);
      expect(await dumpDatabase(t.ds)).toEqual(before);
    },
    30_000,
  );
});
