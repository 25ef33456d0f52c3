// The report endpoints on the real app (temporary SQLite file, demo territory): a done run's PDF, workbook,
// CSV and GeoJSON in both variants, and the errors (unknown run 404, run not done 409, bad variant 400).

import request from 'supertest';
import { demoDataset } from '@toile/seeds';
import { parseWorkbook } from '@toile/api/src/formats';
import { startTestApp, type TestApp } from './support/test-app';
import { pdfPages } from './support/pdf-text';

const ID = demoDataset.territory.id;

function binary(res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('report endpoints', () => {
  let t: TestApp;
  let runId: string;
  let totals: { synergies: number; netValueEurPerYr: number };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const started = await request(t.server).post(`/api/territories/${ID}/match-runs`).send({}).expect(202);
    runId = started.body.id as string;
    for (;;) {
      const run = await request(t.server).get(`/api/territories/${ID}/match-runs/${runId}`).expect(200);
      if (run.body.status === 'failed') throw new Error(run.body.error);
      if (run.body.status === 'done') {
        totals = run.body.totals;
        break;
      }
      await new Promise((wake) => setTimeout(wake, 50));
    }
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) =>
    request(t.server)
      .get(`/api/territories/${ID}/match-runs/${runId}/${path}`)
      .buffer(true)
      .parse(binary as never);

  it('serves the PDF study of the run, with its totals', async () => {
    const res = await get('report.pdf').expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`rapport-${ID}.pdf`);
    const pages = await pdfPages(res.body as Buffer);
    expect(pages[0]).toContain(runId);
    const totalsPage = pages.find((page) => page.startsWith('4. Totaux'))!;
    expect(totalsPage).toContain(`${totals.synergies}\nsynergies proposées`);
  }, 30_000);

  it('serves the workbook (re-importable), the CSV and the GeoJSON, public variant on demand', async () => {
    const xlsx = await get('report.xlsx').expect(200);
    expect(await parseWorkbook(xlsx.body as Buffer)).toEqual(demoDataset);
    const csv = await get('synergies.csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect((csv.body as Buffer).toString('utf8').trim().split('\n').length).toBeGreaterThan(totals.synergies);
    const geo = await get('report.geojson?variant=public').expect(200);
    expect(geo.headers['content-type']).toContain('application/geo+json');
    expect(geo.headers['content-disposition']).toContain(`rapport-${ID}-public.geojson`);
    const collection = JSON.parse((geo.body as Buffer).toString('utf8')) as {
      type: string;
      features: unknown[];
    };
    expect(collection.type).toBe('FeatureCollection');
    const names = (geo.body as Buffer).toString('utf8');
    for (const site of demoDataset.sites.filter((s) => s.confidentiality === 'private'))
      expect(names).not.toContain(site.name);
  }, 30_000);

  it('answers 404 for an unknown run, 400 for an unknown variant, 409 while a run is not done', async () => {
    await request(t.server).get(`/api/territories/${ID}/match-runs/nope/report.pdf`).expect(404);
    const bad = await request(t.server).get(
      `/api/territories/${ID}/match-runs/${runId}/report.pdf?variant=secret`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation-failed');
    const queued = await request(t.server).post(`/api/territories/${ID}/match-runs`).send({}).expect(202);
    const early = await request(t.server).get(
      `/api/territories/${ID}/match-runs/${queued.body.id}/report.pdf`,
    );
    if (early.status !== 200) {
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('match-run-not-done');
    }
  });
});
