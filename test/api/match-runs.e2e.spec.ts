// Match runs end to end: the real app (configureApp) on a real temporary SQLite file, runs in worker threads.
// Start, poll, result, graph edges, synergies, raw SSE stream, errors, run history, reads during a run, restart.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import type { Dataset, Flow, MatchResult, SerializedTerritoryGraph, Site } from '@toile/flow-model';
import { tinyMaterialsDataset } from '@toile/seeds';
import { loadConfig } from '@toile/api/src/config/app-config';
import { createApp } from '@toile/api/src/create-app';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(240_000);

const MATCHER_DIST = resolve(__dirname, '../../libs/matcher/dist/index.js');
const TINY = tinyMaterialsDataset.territory.id;
const BIG = 'synthetique-e2e';

interface RunBody {
  id: string;
  status: string;
  progress: number;
  stage: string | null;
  parameters: Record<string, unknown>;
  error?: string;
  startedAt: string | null;
  finishedAt: string | null;
  totals?: MatchResult['totals'];
  result?: MatchResult;
}

/** mulberry32: a small seeded generator, so the synthetic territory is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A territory big enough for its run to last a while: `count` sites, two outputs and two inputs each. */
function syntheticTerritory(count: number, seed: number): Dataset {
  const random = seeded(seed);
  const resources = [
    'gypsum',
    'aggregates',
    'steel-scrap',
    'biowaste',
    'wood',
    'plastic-pe',
    'paper-cardboard',
  ];
  const pick = (): string => resources[Math.floor(random() * resources.length)];
  const sites: Site[] = [];
  const flows: Flow[] = [];
  for (let i = 0; i < count; i += 1) {
    const siteId = `site-${i}`;
    sites.push({ id: siteId, name: `Site ${i}`, lat: 49.4 + random() * 0.15, lon: 0.1 + random() * 0.25 });
    for (const [direction, n] of [
      ['output', 2],
      ['input', 2],
    ] as const) {
      for (let k = 0; k < n; k += 1) {
        flows.push({
          id: `${siteId}-${direction}-${k}`,
          siteId,
          direction,
          resource: pick(),
          quantity: Math.round(100 + random() * 4900),
          unit: 't/yr',
          price: { value: Math.round(10 + random() * 70), unit: 'EUR/t' },
        });
      }
    }
  }
  return {
    format: 'toile.dataset/1',
    territory: { id: BIG, name: 'Territoire synthétique' },
    zones: [],
    sites,
    flows,
  };
}

async function waitForEnd(t: TestApp, territoryId: string, runId: string): Promise<RunBody> {
  for (;;) {
    const answer = await request(t.server)
      .get(`/api/territories/${territoryId}/match-runs/${runId}`)
      .expect(200);
    const run = answer.body as RunBody;
    if (run.status === 'done' || run.status === 'failed') return run;
    await new Promise((wake) => setTimeout(wake, 50));
  }
}

async function startRun(t: TestApp, territoryId: string, body: object = {}): Promise<RunBody> {
  const answer = await request(t.server)
    .post(`/api/territories/${territoryId}/match-runs`)
    .send(body)
    .expect(202);
  return answer.body as RunBody;
}

/** Reads a whole text/event-stream answer and returns the JSON data of each event. */
async function readEvents(t: TestApp, path: string): Promise<{ contentType: string; events: RunBody[] }> {
  const answer = await request(t.server)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    })
    .expect(200);
  const text = answer.body as string;
  const events = text
    .split('\n\n')
    .map((block) => block.split('\n').find((line) => line.startsWith('data: ')))
    .filter((line): line is string => line !== undefined)
    .map((line) => JSON.parse(line.slice('data: '.length)) as RunBody);
  return { contentType: String(answer.headers['content-type']), events };
}

describe('match runs (API end to end)', () => {
  let t: TestApp;
  let firstRun: RunBody;

  beforeAll(async () => {
    if (!existsSync(MATCHER_DIST)) {
      throw new Error(`@toile/matcher is not built (${MATCHER_DIST}): run \`npm run build\` first`);
    }
    t = await startTestApp();
    await request(t.server).put(`/api/territories/${TINY}/dataset`).send(tinyMaterialsDataset).expect(200);
    await request(t.server)
      .put(`/api/territories/${BIG}/dataset`)
      .send(syntheticTerritory(600, 42))
      .expect(200);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('queues a run (202), which ends done with a toile.result/1 result stored with its parameters', async () => {
    const started = await startRun(t, TINY, { parameters: { maxRoadKmMineral: 100 } });
    expect(started).toMatchObject({ territoryId: TINY, status: 'queued', progress: 0 });
    expect(typeof started.id).toBe('string');
    expect(started.parameters.maxRoadKmMineral).toBe(100);
    expect(typeof (started as unknown as { createdAt: string }).createdAt).toBe('string');
    firstRun = await waitForEnd(t, TINY, started.id);
    expect(firstRun.error).toBeUndefined();
    expect(firstRun).toMatchObject({ status: 'done', progress: 1 });
    expect(firstRun.parameters.maxRoadKmMineral).toBe(100);
    const result = firstRun.result!;
    expect(result.format).toBe('toile.result/1');
    expect(result.territoryId).toBe(TINY);
    expect(result.status).toBe('optimal');
    expect(result.synergies.length).toBeGreaterThan(0);
    expect(result.totals.synergies).toBe(result.synergies.length);
  });

  it('keeps earlier runs and lists them newest first, without results, with totals when done', async () => {
    const second = await waitForEnd(
      t,
      TINY,
      (await startRun(t, TINY, { parameters: { maxRoadKmMineral: 10 } })).id,
    );
    expect(second.status).toBe('done');
    const list = (await request(t.server).get(`/api/territories/${TINY}/match-runs`).expect(200))
      .body as RunBody[];
    expect(list.map((run) => run.id)).toEqual([second.id, firstRun.id]);
    for (const run of list) {
      expect(run).not.toHaveProperty('result');
      expect(run.totals).toEqual((run.id === second.id ? second : firstRun).result!.totals);
    }
    expect(list[1].parameters.maxRoadKmMineral).toBe(100);
    expect(list[0].parameters.maxRoadKmMineral).toBe(10);
  });

  it('draws the synergies of the chosen run as graph edges (default: the latest done run)', async () => {
    const chosen = await request(t.server)
      .get(`/api/territories/${TINY}/graph?runId=${firstRun.id}`)
      .expect(200);
    const graph = chosen.body as SerializedTerritoryGraph;
    expect(graph.attributes.runId).toBe(firstRun.id);
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(graph.edges.every((edge) => edge.attributes.kind === 'synergy')).toBe(true);
    const ids = new Set(firstRun.result!.synergies.map((synergy) => synergy.id));
    expect(graph.edges.every((edge) => ids.has(edge.attributes.synergyId))).toBe(true);
    const latest = (await request(t.server).get(`/api/territories/${TINY}/graph`).expect(200)).body;
    const list = (await request(t.server).get(`/api/territories/${TINY}/match-runs`).expect(200))
      .body as RunBody[];
    expect((latest as SerializedTerritoryGraph).attributes.runId).toBe(list[0].id);
    await request(t.server).get(`/api/territories/${TINY}/graph?runId=nope`).expect(404);
  });

  it('lists the synergies of a run, filtered, sorted and paged', async () => {
    const path = `/api/territories/${TINY}/match-runs/${firstRun.id}/synergies`;
    const all = (await request(t.server).get(path).expect(200)).body;
    expect(all.total).toBe(firstRun.result!.synergies.length);
    const gypsum = (await request(t.server).get(`${path}?resource=gypsum&sort=-quantity&limit=1`).expect(200))
      .body;
    const expected = firstRun.result!.synergies.filter((synergy) => synergy.resource === 'gypsum');
    expect(gypsum.total).toBe(expected.length);
    expect(gypsum.items).toHaveLength(1);
    expect(gypsum.items[0].quantity).toBe(Math.max(...expected.map((synergy) => synergy.quantity)));
    const site = (await request(t.server).get(`${path}?siteId=centrale&family=mineral`).expect(200)).body;
    const fromCentrale = expected.filter((synergy) => synergy.supplier?.siteId === 'centrale');
    expect(fromCentrale.length).toBeGreaterThan(0);
    expect(site.total).toBe(fromCentrale.length);
    const none = (await request(t.server).get(`${path}?minValueEur=1e12`).expect(200)).body;
    expect(none).toMatchObject({ total: 0, items: [] });
    await request(t.server).get(`${path}?sort=sideways`).expect(400);
    await request(t.server).get(`${path}?limit=0`).expect(400);
  });

  it('streams { status, progress, stage } events until the run ends, then completes', async () => {
    const started = await startRun(t, TINY);
    const { contentType, events } = await readEvents(
      t,
      `/api/territories/${TINY}/match-runs/${started.id}/events`,
    );
    expect(contentType).toContain('text/event-stream');
    expect(events.length).toBeGreaterThan(0);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ status: 'done', progress: 1 });
    expect(
      events.slice(0, -1).every((event) => event.status === 'queued' || event.status === 'running'),
    ).toBe(true);
    for (let i = 1; i < events.length; i += 1) {
      expect(events[i].progress).toBeGreaterThanOrEqual(events[i - 1].progress);
    }
    // A finished run's stream gives its final state at once and completes.
    const again = await readEvents(t, `/api/territories/${TINY}/match-runs/${started.id}/events`);
    expect(again.events).toEqual([expect.objectContaining({ status: 'done', progress: 1 })]);
  });

  it('hands the facilitator’s pins to the matcher and stores them with the run', async () => {
    const pin = {
      supplyFlowId: 'centrale-fgd-gypsum',
      demandFlowId: 'platrerie-proche-gypsum',
      pin: 'forbidden',
    };
    const pinned = await waitForEnd(t, TINY, (await startRun(t, TINY, { pins: [pin] })).id);
    expect(pinned.error).toBeUndefined();
    expect(pinned.status).toBe('done');
    expect((pinned as unknown as { pins: unknown[] }).pins).toEqual([pin]);
    const pair = (synergy: MatchResult['synergies'][number]): string =>
      `${synergy.supplier?.flowId}>${synergy.consumer?.flowId}`;
    expect(firstRun.result!.synergies.map(pair)).toContain('centrale-fgd-gypsum>platrerie-proche-gypsum');
    expect(pinned.result!.synergies.map(pair)).not.toContain('centrale-fgd-gypsum>platrerie-proche-gypsum');
  });

  it('refuses bad parameters and pins (400, naming them), unknown territories and runs (404)', async () => {
    const bad = await request(t.server)
      .post(`/api/territories/${TINY}/match-runs`)
      .send({ parameters: { notAParameter: 1, heatPipeMaxKm: 'far' } })
      .expect(400);
    const paths = (bad.body.problems as { path: string }[]).map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['$.parameters.notAParameter', '$.parameters.heatPipeMaxKm']),
    );
    expect(bad.body.message).toContain('notAParameter');
    const badPin = await request(t.server)
      .post(`/api/territories/${TINY}/match-runs`)
      .send({ pins: [{ supplyFlowId: 'a', demandFlowId: 'b', pin: 'maybe' }] })
      .expect(400);
    expect(JSON.stringify(badPin.body.problems)).toContain('pin');
    await request(t.server).post('/api/territories/nowhere/match-runs').send({}).expect(404);
    await request(t.server).get('/api/territories/nowhere/match-runs').expect(404);
    await request(t.server)
      .get(`/api/territories/${TINY}/match-runs/00000000-0000-0000-0000-000000000000`)
      .expect(404);
    await request(t.server).get(`/api/territories/${TINY}/match-runs/nope/events`).expect(404);
  });

  it('answers reads while a run works in its worker thread, and streams its stages', async () => {
    const started = await startRun(t, BIG);
    const stream = readEvents(t, `/api/territories/${BIG}/match-runs/${started.id}/events`);
    let run: RunBody = started;
    while (run.status === 'queued') {
      run = (await request(t.server).get(`/api/territories/${BIG}/match-runs/${started.id}`).expect(200))
        .body;
    }
    expect(run.status).toBe('running');
    const territories = await request(t.server).get('/api/territories').expect(200);
    expect((territories.body as { id: string }[]).map((territory) => territory.id)).toContain(BIG);
    const graph = await request(t.server).get(`/api/territories/${BIG}/graph`).expect(200);
    expect((graph.body as SerializedTerritoryGraph).nodes).toHaveLength(600);
    const readsAnsweredAt = new Date().toISOString();
    const finished = await waitForEnd(t, BIG, started.id);
    expect(finished.error).toBeUndefined();
    expect(finished.status).toBe('done');
    // The reads came back after the run started and before it ended: the matcher did not block the server.
    expect(finished.startedAt! < readsAnsweredAt).toBe(true);
    expect(finished.finishedAt! > readsAnsweredAt).toBe(true);
    expect(finished.result!.synergies.length).toBeGreaterThan(0);
    const { events } = await stream;
    const stages = new Set(events.filter((event) => event.status === 'running').map((event) => event.stage));
    expect([...stages]).toEqual(expect.arrayContaining(['candidates', 'solve']));
    expect(events[events.length - 1]).toMatchObject({ status: 'done', progress: 1 });
  });

  it('fails the runs a crash left queued or running when the server starts again', async () => {
    const id = '11111111-1111-4111-8111-111111111111';
    await t.ds.query(
      `INSERT INTO "match_runs" ("id", "territory_id", "status", "parameters", "pins", "progress", "created_at")
       VALUES ('${id}', '${TINY}', 'running', '{}', '[]', 0.5, '2026-01-01T00:00:00.000Z')`,
    );
    const restarted = await createApp(
      loadConfig({ DATABASE_PATH: t.databasePath, SEED_DEMO: 'false', LOG_LEVEL: 'error' }),
      { serveViewer: false, logger: false },
    );
    try {
      const run = (
        await request(restarted.getHttpServer())
          .get(`/api/territories/${TINY}/match-runs/${id}`)
          .set('Authorization', `Bearer ${t.admin.token}`)
          .expect(200)
      ).body as RunBody;
      expect(run).toMatchObject({ status: 'failed', error: 'interrompu par un redémarrage' });
      expect(run.finishedAt).not.toBeNull();
    } finally {
      await restarted.close();
    }
  });
});
