// Scenarios end to end: runs of the tiny materials territory with another carbon price, without a site, with a
// site added; compared by the API (gained, lost, changed); the stored territory never changes.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import type { MatchResult } from '@toile/flow-model';
import { tinyMaterialsDataset } from '@toile/seeds';
import { dumpDatasetTables } from './support/dataset-dump';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

const MATCHER_DIST = resolve(__dirname, '../../libs/matcher/dist/index.js');
const TINY = tinyMaterialsDataset.territory.id;
const NEAR = 'centrale-fgd-gypsum>platrerie-proche-gypsum@gypsum';
const FAR = 'centrale-fgd-gypsum>platrerie-loin-gypsum@gypsum';
const NEW = 'centrale-fgd-gypsum>nouvelle-gypsum@gypsum';

interface Run {
  id: string;
  status: string;
  result: MatchResult;
  error?: string;
  scenario?: { label?: string; withoutSiteIds: string[] };
}

async function doneRun(t: TestApp, body: object = {}): Promise<Run> {
  const started = await request(t.server).post(`/api/territories/${TINY}/match-runs`).send(body).expect(202);
  for (;;) {
    const run = (await request(t.server).get(`/api/territories/${TINY}/match-runs/${started.body.id}`))
      .body as Run;
    if (run.status === 'done') return run;
    if (run.status === 'failed') throw new Error(run.error);
    await new Promise((wake) => setTimeout(wake, 30));
  }
}

async function compare(t: TestApp, base: string, other: string) {
  return (
    await request(t.server)
      .get(`/api/territories/${TINY}/scenarios/compare?base=${base}&other=${other}`)
      .expect(200)
  ).body;
}

describe('scenarios (API end to end)', () => {
  let t: TestApp;
  let base: Run;
  let carbon: Run;

  beforeAll(async () => {
    if (!existsSync(MATCHER_DIST)) throw new Error(`@toile/matcher is not built (${MATCHER_DIST})`);
    t = await startTestApp();
    await request(t.server).put(`/api/territories/${TINY}/dataset`).send(tinyMaterialsDataset).expect(200);
    base = await doneRun(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('compares a run with a carbon price: same synergies, values changed by price × avoided emissions', async () => {
    carbon = await doneRun(t, { parameters: { carbonPriceEurPerT: 100 } });
    const comparison = await compare(t, base.id, carbon.id);
    expect(comparison.parameterChanges).toEqual([{ name: 'carbonPriceEurPerT', base: 0, other: 100 }]);
    expect(comparison.base).toMatchObject({ runId: base.id, totals: base.result.totals });
    expect(comparison.other).toMatchObject({ runId: carbon.id, totals: carbon.result.totals });
    expect(comparison.gained).toEqual([]);
    expect(comparison.lost).toEqual([]);
    expect(comparison.deltas.synergies).toBe(0);
    expect(comparison.deltas.tonnesPerYr).toBeCloseTo(0, 9);
    const co2 = base.result.totals.co2AvoidedTPerYr;
    expect(co2).toBeGreaterThan(0);
    expect(comparison.deltas.netValueEurPerYr).toBeCloseTo(100 * co2, 6);
    expect(comparison.changed.map((change: { key: string }) => change.key).sort()).toEqual([FAR, NEAR]);
    expect(comparison.unchangedCount).toBe(0);
  });

  it('runs without a site on a variant, leaving the stored territory unchanged; the far plant gets the rest', async () => {
    const before = await dumpDatasetTables(t.ds);
    const without = await doneRun(t, {
      scenario: { label: 'sans la plâtrerie proche', withoutSiteIds: ['platrerie-proche'] },
    });
    expect(await dumpDatasetTables(t.ds)).toEqual(before);
    const comparison = await compare(t, base.id, without.id);
    expect(comparison.parameterChanges).toEqual([]);
    expect(comparison.other.scenario).toMatchObject({
      label: 'sans la plâtrerie proche',
      withoutSiteIds: ['platrerie-proche'],
    });
    expect(comparison.gained).toEqual([]);
    expect(comparison.lost).toEqual([expect.objectContaining({ key: NEAR, quantity: expect.any(Number) })]);
    expect(comparison.lost[0].quantity).toBeCloseTo(600, 9);
    expect(comparison.changed).toHaveLength(1);
    expect(comparison.changed[0].key).toBe(FAR);
    expect(comparison.changed[0].base.quantity).toBeCloseTo(400, 9);
    expect(comparison.changed[0].other.quantity).toBeCloseTo(800, 9);
    expect(comparison.changed[0].quantityDelta).toBeCloseTo(400, 9);
    expect(comparison.deltas.synergies).toBe(-1);
    expect(comparison.deltas.tonnesPerYr).toBeCloseTo(-200, 9);
    const list = (await request(t.server).get(`/api/territories/${TINY}/match-runs`).expect(200))
      .body as Run[];
    expect(list.find((run) => run.id === without.id)?.scenario?.label).toBe('sans la plâtrerie proche');
    expect(list.find((run) => run.id === base.id)).not.toHaveProperty('scenario');
  });

  it('runs with a firm arriving: its synergies are gained, the far plant’s lost', async () => {
    const arriving = await doneRun(t, {
      scenario: {
        label: 'nouvelle plâtrerie',
        extraDataset: {
          sites: [{ id: 'nouvelle', name: 'Plâtrerie nouvelle', lat: 49.0, lon: 1.0137 }],
          flows: [
            {
              id: 'nouvelle-gypsum',
              siteId: 'nouvelle',
              direction: 'input',
              resource: 'gypsum',
              quantity: 500,
              unit: 't/yr',
              price: { value: 40, unit: 'EUR/t' },
            },
          ],
        },
      },
    });
    const comparison = await compare(t, base.id, arriving.id);
    // The new plant takes gypsum from the power plant, and pools its purchase with the near plant (2 km away).
    expect(comparison.gained.map((synergy: { key: string }) => synergy.key).sort()).toEqual([
      NEW,
      'nouvelle-gypsum+platrerie-proche-gypsum@gypsum',
    ]);
    // It pays 40 €/t at 1 km: it takes 500 t, the near plant the other 500 t, the far plant (50 km) loses its share.
    expect(comparison.lost.map((synergy: { key: string }) => synergy.key)).toEqual([FAR]);
    expect(comparison.changed.map((change: { key: string }) => change.key)).toEqual([NEAR]);
    expect(comparison.changed[0].other.quantity).toBeCloseTo(500, 9);
    expect(comparison.gained.find((synergy: { key: string }) => synergy.key === NEW).quantity).toBeCloseTo(
      500,
      9,
    );
    expect(comparison.deltas.synergies).toBe(1);
    const sites = (await request(t.server).get(`/api/territories/${TINY}/sites`).expect(200)).body as {
      id: string;
    }[];
    expect(sites.map((site) => site.id)).not.toContain('nouvelle');
  });

  it('refuses an unknown site and an invalid added flow (400 naming the field), storing no run', async () => {
    const runsBefore = (await request(t.server).get(`/api/territories/${TINY}/match-runs`)).body.length;
    const unknown = await request(t.server)
      .post(`/api/territories/${TINY}/match-runs`)
      .send({ scenario: { withoutSiteIds: ['centrale', 'nulle-part'] } })
      .expect(400);
    expect(unknown.body.problems).toEqual([
      expect.objectContaining({
        path: '$.scenario.withoutSiteIds[1]',
        code: 'unknown-site',
        value: 'nulle-part',
      }),
    ]);
    const badFlow = await request(t.server)
      .post(`/api/territories/${TINY}/match-runs`)
      .send({
        scenario: {
          extraDataset: {
            flows: [
              {
                id: 'x',
                siteId: 'centrale',
                direction: 'output',
                resource: 'gypsum',
                quantity: -5,
                unit: 't/yr',
              },
            ],
          },
        },
      })
      .expect(400);
    expect(badFlow.body.problems.map((p: { path: string }) => p.path)).toContain(
      '$.scenario.extraDataset.flows[0].quantity',
    );
    const badShape = await request(t.server)
      .post(`/api/territories/${TINY}/match-runs`)
      .send({ scenario: { withoutSiteIds: 'centrale', colour: 'red' } })
      .expect(400);
    expect(badShape.body.problems.map((p: { path: string }) => p.path).sort()).toEqual([
      '$.scenario.colour',
      '$.scenario.withoutSiteIds',
    ]);
    expect((await request(t.server).get(`/api/territories/${TINY}/match-runs`)).body).toHaveLength(
      runsBefore,
    );
  });

  it('keeps scenario runs out of the defaults: the graph and the follow-up use the latest run on the stored data', async () => {
    const graph = (await request(t.server).get(`/api/territories/${TINY}/graph`).expect(200)).body;
    expect(graph.attributes.runId).toBe(carbon.id);
    const followUp = (await request(t.server).get(`/api/territories/${TINY}/follow-up`).expect(200)).body;
    expect(followUp.runId).toBe(carbon.id);
  });

  it('answers 404 for an unknown run and 400 without both runs', async () => {
    await request(t.server)
      .get(`/api/territories/${TINY}/scenarios/compare?base=${base.id}&other=nope`)
      .expect(404);
    const missing = await request(t.server)
      .get(`/api/territories/${TINY}/scenarios/compare?base=${base.id}`)
      .expect(400);
    expect(missing.body.problems[0].path).toBe('$.other');
  });
});
