// Synergy follow-up end to end: the real app on a temporary SQLite file, one run of the tiny materials territory.
// History kept (never overwritten), transitions and reasons checked, realised against potential exact.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import type { MatchResult } from '@toile/flow-model';
import { tinyMaterialsDataset } from '@toile/seeds';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

const MATCHER_DIST = resolve(__dirname, '../../libs/matcher/dist/index.js');
const TINY = tinyMaterialsDataset.territory.id;
const NEAR = 'centrale-fgd-gypsum>platrerie-proche-gypsum@gypsum';
const FAR = 'centrale-fgd-gypsum>platrerie-loin-gypsum@gypsum';

interface Problem {
  path: string;
  code: string;
}

async function doneRun(t: TestApp, body: object = {}): Promise<{ id: string; result: MatchResult }> {
  const started = await request(t.server).post(`/api/territories/${TINY}/match-runs`).send(body).expect(202);
  for (;;) {
    const run = (await request(t.server).get(`/api/territories/${TINY}/match-runs/${started.body.id}`))
      .body as { id: string; status: string; result: MatchResult; error?: string };
    if (run.status === 'done') return run;
    if (run.status === 'failed') throw new Error(run.error);
    await new Promise((wake) => setTimeout(wake, 30));
  }
}

const statusPath = (key: string): string =>
  `/api/territories/${TINY}/synergies/${encodeURIComponent(key)}/status`;
const historyPath = (key: string): string =>
  `/api/territories/${TINY}/synergies/${encodeURIComponent(key)}/history`;

describe('synergy follow-up (API end to end)', () => {
  let t: TestApp;
  let run: { id: string; result: MatchResult };

  beforeAll(async () => {
    if (!existsSync(MATCHER_DIST)) throw new Error(`@toile/matcher is not built (${MATCHER_DIST})`);
    t = await startTestApp();
    await request(t.server).put(`/api/territories/${TINY}/dataset`).send(tinyMaterialsDataset).expect(200);
    run = await doneRun(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('stores each synergy’s stable key in its details, also served by the synergies endpoint', async () => {
    const keys = run.result.synergies.map((synergy) => synergy.details?.synergyKey).sort();
    expect(keys).toEqual([FAR, NEAR]);
    const page = (
      await request(t.server).get(`/api/territories/${TINY}/match-runs/${run.id}/synergies`).expect(200)
    ).body as { items: MatchResult['synergies'] };
    expect(page.items.map((synergy) => synergy.details?.synergyKey).sort()).toEqual([FAR, NEAR]);
  });

  it('lists the run’s synergies as détectée before any step', async () => {
    const list = (await request(t.server).get(`/api/territories/${TINY}/follow-up`).expect(200)).body;
    expect(list.runId).toBe(run.id);
    expect(list.items).toHaveLength(2);
    for (const item of list.items) {
      expect(item).toMatchObject({ status: 'detected', statusLabel: 'détectée', since: null });
      expect(item.synergy.details.synergyKey).toBe(item.synergyKey);
    }
    const history = (await request(t.server).get(historyPath(NEAR)).expect(200)).body;
    expect(history).toMatchObject({ status: 'detected', since: null, events: [] });
  });

  it('keeps every step: three changes are three events, in order, with dates, notes and authors', async () => {
    const steps = [
      {
        status: 'contacted',
        at: '2026-01-05T09:00:00.000Z',
        note: 'appel à la plâtrerie',
        author: 'Camille',
      },
      { status: 'under-study', at: '2026-02-10T09:00:00.000Z' },
      { status: 'implemented', note: 'contrat signé' },
    ];
    for (const step of steps) {
      const answer = await request(t.server).post(statusPath(NEAR)).send(step).expect(201);
      expect(answer.body).toMatchObject({ synergyKey: NEAR, territoryId: TINY, status: step.status });
    }
    const history = (await request(t.server).get(historyPath(NEAR)).expect(200)).body;
    expect(history.events.map((event: { seq: number }) => event.seq)).toEqual([1, 2, 3]);
    expect(history.events.map((event: { statusLabel: string }) => event.statusLabel)).toEqual([
      'contactée',
      'à l’étude',
      'réalisée',
    ]);
    expect(history.events[0]).toMatchObject({ at: '2026-01-05T09:00:00.000Z', author: 'Camille' });
    expect(history.events[0].note).toBe('appel à la plâtrerie');
    expect(history.events[1]).not.toHaveProperty('note');
    expect(Date.parse(history.events[2].at)).toBeGreaterThan(Date.parse('2026-02-10T09:00:00.000Z'));
    expect(history).toMatchObject({
      status: 'implemented',
      statusLabel: 'réalisée',
      since: history.events[2].at,
    });
    const rows = (await t.ds.query(`SELECT COUNT(*) AS n FROM "synergy_status_events"`)) as { n: number }[];
    expect(Number(rows[0].n)).toBe(3);
  });

  it('sums realised (implemented) against potential (the whole run), exactly', async () => {
    const near = run.result.synergies.find((synergy) => synergy.details?.synergyKey === NEAR)!;
    const totals = (
      await request(t.server).get(`/api/territories/${TINY}/follow-up/totals?runId=${run.id}`).expect(200)
    ).body;
    expect(totals.potential).toEqual(run.result.totals);
    expect(totals.potential.tonnesPerYr).toBeCloseTo(1000, 9);
    expect(totals.realised).toEqual({
      synergies: 1,
      tonnesPerYr: near.quantity,
      mwhPerYr: 0,
      m3PerYr: 0,
      netValueEurPerYr: near.netValueEurPerYr,
      co2AvoidedTPerYr: near.co2AvoidedTPerYr,
    });
    expect(totals.realised.tonnesPerYr).toBeCloseTo(600, 9);
    expect(totals.realisedShare.tonnesPerYr).toBeCloseTo(0.6, 12);
    expect(totals.realisedShare.synergies).toBe(0.5);
    const counts = Object.fromEntries(
      totals.byStatus.map((entry: { status: string; totals: { synergies: number } }) => [
        entry.status,
        entry.totals.synergies,
      ]),
    );
    expect(counts).toEqual({ detected: 1, contacted: 0, 'under-study': 0, implemented: 1, abandoned: 0 });
  });

  it('refuses an invalid transition, an abandonment without reason and an unknown status (400 naming the field)', async () => {
    const skip = await request(t.server).post(statusPath(FAR)).send({ status: 'implemented' }).expect(400);
    expect(skip.body.problems).toEqual([
      expect.objectContaining({ path: '$.status', code: 'invalid-transition' }),
    ]);
    const noReason = await request(t.server).post(statusPath(FAR)).send({ status: 'abandoned' }).expect(400);
    expect(noReason.body.problems).toEqual([
      expect.objectContaining({ path: '$.reason', code: 'reason-required' }),
    ]);
    const unknown = await request(t.server).post(statusPath(FAR)).send({ status: 'done' }).expect(400);
    expect((unknown.body.problems as Problem[]).map((p) => p.path)).toEqual(['$.status']);
    const same = await request(t.server).post(statusPath(NEAR)).send({ status: 'implemented' }).expect(400);
    expect(same.body.problems[0].code).toBe('same-status');
    const reopen = await request(t.server).post(statusPath(NEAR)).send({ status: 'under-study' }).expect(400);
    expect(reopen.body.problems[0].path).toBe('$.reason');
    const early = await request(t.server)
      .post(statusPath(FAR))
      .send({ status: 'contacted', at: '2026-01-01T00:00:00Z' })
      .expect(201);
    expect(early.body.at).toBe('2026-01-01T00:00:00.000Z');
    const backwards = await request(t.server)
      .post(statusPath(FAR))
      .send({ status: 'under-study', at: '2025-12-01T00:00:00Z' })
      .expect(400);
    expect(backwards.body.problems[0]).toMatchObject({ path: '$.at', code: 'before-previous-step' });
    expect((await request(t.server).get(historyPath(FAR)).expect(200)).body.events).toHaveLength(1);
  });

  it('abandons with a reason, then re-opens to détectée, every step recorded', async () => {
    await request(t.server)
      .post(statusPath(FAR))
      .send({ status: 'abandoned', reason: 'trop loin pour la plâtrerie' })
      .expect(201);
    const list = (await request(t.server).get(`/api/territories/${TINY}/follow-up`).expect(200)).body;
    const far = list.items.find((item: { synergyKey: string }) => item.synergyKey === FAR);
    expect(far).toMatchObject({
      status: 'abandoned',
      statusLabel: 'abandonnée',
      reason: 'trop loin pour la plâtrerie',
    });
    await request(t.server)
      .post(statusPath(FAR))
      .send({ status: 'detected', note: 'nouveau transporteur' })
      .expect(201);
    const history = (await request(t.server).get(historyPath(FAR)).expect(200)).body;
    expect(history.events.map((event: { status: string }) => event.status)).toEqual([
      'contacted',
      'abandoned',
      'detected',
    ]);
    expect(history.status).toBe('detected');
  });

  it('answers 404 for a key no run proposed, an unknown territory or run', async () => {
    const unknownKey = 'centrale-fgd-gypsum>atelier-fibres@gypsum';
    const answer = await request(t.server)
      .post(statusPath(unknownKey))
      .send({ status: 'contacted' })
      .expect(404);
    expect(answer.body.code).toBe('not-found');
    await request(t.server).get(historyPath(unknownKey)).expect(404);
    await request(t.server).get(`/api/territories/nope/follow-up`).expect(404);
    await request(t.server).get(`/api/territories/${TINY}/follow-up?runId=nope`).expect(404);
    await request(t.server).get(`/api/territories/${TINY}/follow-up/totals?runId=nope`).expect(404);
  });
});
