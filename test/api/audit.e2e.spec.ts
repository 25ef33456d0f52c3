// The audit log end to end: every change to declarations and synergy statuses leaves exactly one entry (who,
// when, what) written in the change's transaction; refused or rolled-back changes leave none; access by role.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import type { RequestListener } from 'node:http';
import request from 'supertest';
import { tinyMaterialsDataset } from '@toile/seeds';
import { AuditEntryEntity } from '@toile/api/src/audit/audit-entry.entity';
import { runImport } from '@toile/api/src/cli/commands/import';
import { withDataSource } from '@toile/api/src/cli/with-data-source';
import { importDataset } from '@toile/api/src/datasets/dataset-store';
import { dumpDatabase, startTestApp, TEST_ADMIN, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

const MATCHER_DIST = resolve(__dirname, '../../libs/matcher/dist/index.js');
const A = tinyMaterialsDataset.territory.id;
const NEAR = 'centrale-fgd-gypsum>platrerie-proche-gypsum@gypsum';

interface Entry {
  id: string;
  at: string;
  action: string;
  actionLabel: string;
  targetId: string;
  siteIds: string[];
  actor: { userId: string | null; label: string; via: string; viaLabel: string };
  summary: string;
  details: Record<string, unknown>;
}

interface Page {
  total: number;
  limit: number;
  offset: number;
  items: Entry[];
}

async function auditOf(t: TestApp, territoryId: string, query: Record<string, string> = {}): Promise<Page> {
  return (await request(t.server).get(`/api/territories/${territoryId}/audit`).query(query).expect(200))
    .body as Page;
}

/** The entries written by `change` (the log grows by these only). */
async function entriesOf(t: TestApp, territoryId: string, change: () => Promise<unknown>): Promise<Entry[]> {
  // An admin asking about a territory that never existed gets 404: nothing recorded yet.
  const first = await request(t.server).get(`/api/territories/${territoryId}/audit`);
  const before = first.status === 404 ? 0 : (first.body as Page).total;
  await change();
  const page = await auditOf(t, territoryId, { limit: '500' });
  return page.items.slice(0, page.total - before);
}

describe('audit log (API end to end)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('records a first import as one dataset.import entry by the admin, with counts and format', async () => {
    const entries = await entriesOf(t, A, () =>
      request(t.server).put(`/api/territories/${A}/dataset`).send(tinyMaterialsDataset).expect(200),
    );
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      action: 'dataset.import',
      actionLabel: 'Import du jeu de données',
      targetId: A,
      actor: { userId: t.admin.userId, label: TEST_ADMIN.email, via: 'token', viaLabel: 'session' },
      details: {
        format: 'json',
        created: true,
        sites: { added: 4, changed: 0, removed: 0, total: 4 },
        flows: { added: 4, changed: 0, removed: 0, total: 4 },
      },
    });
    expect(Date.parse(entry.at)).not.toBeNaN();
    expect(entry.summary).toContain('Territoire créé par import (JSON)');
  });

  it('counts what a re-import added, changed and removed against the previous dataset', async () => {
    const next = {
      ...tinyMaterialsDataset,
      sites: tinyMaterialsDataset.sites.map((s) => (s.id === 'atelier' ? { ...s, name: 'Atelier 2' } : s)),
      flows: tinyMaterialsDataset.flows.filter((f) => f.id !== 'platrerie-loin-gypsum'),
    };
    const [entry, ...rest] = await entriesOf(t, A, () =>
      request(t.server).put(`/api/territories/${A}/dataset`).send(next).expect(200),
    );
    expect(rest).toEqual([]);
    expect(entry.details).toMatchObject({
      created: false,
      zones: { added: 0, changed: 0, removed: 0 },
      sites: { added: 0, changed: 1, removed: 0, total: 4 },
      flows: { added: 0, changed: 0, removed: 1, total: 3 },
    });
    // Back to the seed (one flow added, one site changed).
    const [back] = await entriesOf(t, A, () =>
      request(t.server).put(`/api/territories/${A}/dataset`).send(tinyMaterialsDataset).expect(200),
    );
    expect(back.details).toMatchObject({ sites: { changed: 1 }, flows: { added: 1, removed: 0 } });
  });

  it('records site and flow create, update and delete with before/after of the changed fields', async () => {
    const site = { id: 'hangar', name: 'Hangar', lat: 49.5, lon: 0.2, nace: '52.10' };
    const flow = {
      id: 'hangar-gypse',
      siteId: 'hangar',
      direction: 'input',
      resource: 'gypsum',
      quantity: 10,
      unit: 't/yr',
    };
    const steps: [string, () => Promise<unknown>][] = [
      ['site.create', () => request(t.server).post(`/api/territories/${A}/sites`).send(site).expect(201)],
      [
        'site.update',
        () =>
          request(t.server)
            .patch(`/api/territories/${A}/sites/hangar`)
            .send({ name: 'Hangar B' })
            .expect(200),
      ],
      ['flow.create', () => request(t.server).post(`/api/territories/${A}/flows`).send(flow).expect(201)],
      [
        'flow.update',
        () =>
          request(t.server)
            .patch(`/api/territories/${A}/flows/hangar-gypse`)
            .send({ quantity: 12 })
            .expect(200),
      ],
      ['flow.delete', () => request(t.server).delete(`/api/territories/${A}/flows/hangar-gypse`).expect(204)],
    ];
    const recorded: Entry[] = [];
    for (const [action, step] of steps) {
      const entries = await entriesOf(t, A, step);
      expect(entries.map((e) => e.action)).toEqual([action]);
      expect(entries[0].actor.label).toBe(TEST_ADMIN.email);
      expect(entries[0].siteIds).toEqual(['hangar']);
      recorded.push(entries[0]);
    }
    expect(recorded[0].details).toEqual({ before: null, after: site });
    expect(recorded[1].details).toEqual({ before: { name: 'Hangar' }, after: { name: 'Hangar B' } });
    expect(recorded[1].summary).toBe('Site « hangar » modifié : name');
    expect(recorded[3].details).toEqual({ before: { quantity: 10 }, after: { quantity: 12 } });
    expect(recorded[4].details).toMatchObject({ before: { id: 'hangar-gypse', quantity: 12 }, after: null });

    // A site deleted with its flows: one entry naming them.
    await request(t.server).post(`/api/territories/${A}/flows`).send(flow).expect(201);
    const [deleted, ...rest] = await entriesOf(t, A, () =>
      request(t.server).delete(`/api/territories/${A}/sites/hangar`).expect(204),
    );
    expect(rest).toEqual([]);
    expect(deleted).toMatchObject({ action: 'site.delete', details: { flowsRemoved: ['hangar-gypse'] } });
    expect(deleted.summary).toBe('Site « hangar » supprimé avec ses 1 flux');
  });

  it('writes nothing for a refused change (400) nor for a rolled-back import', async () => {
    const before = await dumpDatabase(t.ds);
    await request(t.server).patch(`/api/territories/${A}/sites/atelier`).send({ lat: 'north' }).expect(400);
    await request(t.server)
      .post(`/api/territories/${A}/flows`)
      .send({ id: 'x', siteId: 'inconnu', direction: 'input', resource: 'gypsum', quantity: 1, unit: 't/yr' })
      .expect(400);
    await request(t.server)
      .put(`/api/territories/${A}/dataset`)
      .send({ ...tinyMaterialsDataset, sites: [] })
      .expect(400);
    expect(await dumpDatabase(t.ds)).toEqual(before);

    await t.ds.query(
      `CREATE TRIGGER "fail_flow" BEFORE INSERT ON "flows" WHEN NEW."id" = 'atelier-fibres'
       BEGIN SELECT RAISE(ABORT, 'simulated disk fault'); END`,
    );
    try {
      await expect(importDataset(t.ds, A, tinyMaterialsDataset)).rejects.toThrow('simulated disk fault');
    } finally {
      await t.ds.query('DROP TRIGGER "fail_flow"');
    }
    expect(await dumpDatabase(t.ds)).toEqual(before);
  });

  it('attributes a firm’s change to the firm account, and an API key’s to its owner via api-key', async () => {
    const firm = await t.createAccount({
      email: 'atelier@firme.test',
      role: 'firm',
      sites: [{ territoryId: A, siteId: 'atelier' }],
    });
    const [entry, ...rest] = await entriesOf(t, A, () =>
      request(t.serverAs(firm.token))
        .patch(`/api/territories/${A}/sites/atelier`)
        .send({ name: 'Atelier (firme)' })
        .expect(200),
    );
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      action: 'site.update',
      actor: { userId: firm.userId, label: 'atelier@firme.test', via: 'token' },
    });

    const key = (await request(t.server).post('/api/api-keys').send({ label: 'script' }).expect(201)).body
      .key;
    const [viaKey] = await entriesOf(t, A, () =>
      request(t.anonymousServer)
        .patch(`/api/territories/${A}/flows/atelier-fibres`)
        .set('X-Api-Key', key)
        .send({ quantity: 13 })
        .expect(200),
    );
    expect(viaKey.actor).toEqual({
      userId: t.admin.userId,
      label: TEST_ADMIN.email,
      via: 'api-key',
      viaLabel: 'clé d’API',
    });
  });

  it('records a synergy status step with its sites', async () => {
    if (!existsSync(MATCHER_DIST)) throw new Error(`@toile/matcher is not built (${MATCHER_DIST})`);
    const started = await request(t.server).post(`/api/territories/${A}/match-runs`).send({}).expect(202);
    for (;;) {
      const run = (await request(t.server).get(`/api/territories/${A}/match-runs/${started.body.id}`)).body;
      if (run.status === 'done') break;
      if (run.status === 'failed') throw new Error(run.error);
      await new Promise((wake) => setTimeout(wake, 30));
    }
    const path = `/api/territories/${A}/synergies/${encodeURIComponent(NEAR)}/status`;
    const [entry, ...rest] = await entriesOf(t, A, () =>
      request(t.server).post(path).send({ status: 'contacted', note: 'appel' }).expect(201),
    );
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      action: 'synergy.status',
      targetId: NEAR,
      details: { synergyKey: NEAR, from: 'detected', to: 'contacted', event: { note: 'appel' } },
    });
    expect([...entry.siteIds].sort()).toEqual(['centrale', 'platrerie-proche']);
    expect(entry.summary).toBe(`Synergie « ${NEAR} » : détectée → contactée`);
    // A refused transition writes nothing.
    const refused = await entriesOf(t, A, () =>
      request(t.server).post(path).send({ status: 'realised' }).expect(400),
    );
    expect(refused).toEqual([]);
  });

  it('filters by action, site and time, pages newest first, and refuses a bad filter', async () => {
    const all = await auditOf(t, A, { limit: '500' });
    const ordered = [...all.items].sort((x, y) => y.at.localeCompare(x.at));
    expect(all.items.map((e) => e.at)).toEqual(ordered.map((e) => e.at));

    const imports = await auditOf(t, A, { action: 'dataset.import' });
    expect(imports.total).toBe(3);
    expect(imports.items.every((e) => e.action === 'dataset.import')).toBe(true);

    const atelier = await auditOf(t, A, { siteId: 'atelier', limit: '500' });
    expect(atelier.items.map((e) => e.action).sort()).toEqual(['flow.update', 'site.update']);
    expect((await auditOf(t, A, { siteId: 'atelie_' })).total).toBe(0);

    const page2 = await auditOf(t, A, { limit: '2', offset: '2' });
    expect(page2).toMatchObject({ total: all.total, limit: 2, offset: 2 });
    expect(page2.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));

    const oldest = all.items.at(-1)!;
    const since = await auditOf(t, A, { since: all.items[0].at, limit: '500' });
    expect(since.items.map((e) => e.id)).toContain(all.items[0].id);
    const until = await auditOf(t, A, { until: all.items[0].at, limit: '500' });
    expect(until.items.map((e) => e.id)).toContain(oldest.id);
    expect(until.items.map((e) => e.id)).not.toContain(all.items[0].id);

    for (const query of [{ action: 'site.rename' }, { since: 'hier' }, { limit: '0' }, { limit: '501' }]) {
      const res = await request(t.server).get(`/api/territories/${A}/audit`).query(query);
      expect(res.status).toBe(400);
    }
  });

  it('records territory create, patch and delete; a deleted territory keeps its entries', async () => {
    const [created] = await entriesOf(t, 'zae-audit', () =>
      request(t.server).post('/api/territories').send({ id: 'zae-audit', name: 'ZAE audit' }).expect(201),
    );
    expect(created).toMatchObject({
      action: 'territory.create',
      details: { before: null, after: { id: 'zae-audit', name: 'ZAE audit', publicPage: false } },
    });
    const [patched] = await entriesOf(t, 'zae-audit', () =>
      request(t.server).patch('/api/territories/zae-audit').send({ publicPage: true }).expect(200),
    );
    expect(patched).toMatchObject({
      action: 'territory.update',
      details: { before: { publicPage: false }, after: { publicPage: true } },
    });
    await request(t.server).delete('/api/territories/zae-audit').expect(204);
    const kept = await auditOf(t, 'zae-audit');
    expect(kept.items.map((e) => e.action)).toEqual([
      'territory.delete',
      'territory.update',
      'territory.create',
    ]);
    expect(kept.items[0].details).toMatchObject({ after: null, counts: { zones: 0, sites: 0, flows: 0 } });
    expect((await request(t.server).get('/api/territories/jamais-vu/audit')).status).toBe(404);
  });

  it('answers 404 to a facilitator of another territory, 403 to a firm, 401 to the public (public page)', async () => {
    await request(t.server).post('/api/territories').send({ id: 'zae-autre', name: 'Autre' }).expect(201);
    const other = await t.createAccount({
      email: 'animatrice@autre.test',
      role: 'facilitator',
      territoryIds: ['zae-autre'],
    });
    const own = await t.createAccount({ email: 'animateur@a.test', role: 'facilitator', territoryIds: [A] });
    const firm = await t.createAccount({
      email: 'centrale@firme.test',
      role: 'firm',
      sites: [{ territoryId: A, siteId: 'centrale' }],
    });
    const get = (server: RequestListener | TestApp['anonymousServer']) =>
      request(server).get(`/api/territories/${A}/audit`);
    expect((await get(t.serverAs(other.token))).status).toBe(404);
    expect((await get(t.serverAs(firm.token))).status).toBe(403);
    // The public: a territory without a public page does not exist for it; with one, a token is needed.
    expect((await get(t.anonymousServer)).status).toBe(404);
    await request(t.server).patch(`/api/territories/${A}`).send({ publicPage: true }).expect(200);
    expect((await get(t.anonymousServer)).status).toBe(401);
    expect((await get(t.serverAs(own.token))).status).toBe(200);
    // No route rewrites the log.
    expect((await request(t.server).delete(`/api/territories/${A}/audit`)).status).toBe(404);
  });
});

describe('audit log of the first start', () => {
  it('attributes the demo import to « premier démarrage » (system)', async () => {
    const t = await startTestApp({ demo: true });
    try {
      const territories = (await request(t.server).get('/api/territories').expect(200)).body as {
        id: string;
      }[];
      const page = await auditOf(t, territories[0].id);
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({
        action: 'dataset.import',
        actor: { userId: null, label: 'premier démarrage', via: 'system', viaLabel: 'système' },
        details: { format: 'json', created: true },
      });
    } finally {
      await t.close();
    }
  });
});

describe('audit log of the CLI', () => {
  it('attributes `toile import` to « cli » with the file’s format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toile-audit-cli-'));
    try {
      const file = join(dir, 'tiny.json');
      writeFileSync(file, JSON.stringify(tinyMaterialsDataset));
      const env = { DATABASE_PATH: join(dir, 'toile.sqlite'), LOG_LEVEL: 'error' };
      let code = -1;
      const sink = { write: () => true } as unknown as NodeJS.WriteStream;
      await runImport({ stdout: sink, stderr: sink, env, setExitCode: (c) => (code = c) }, file, {});
      expect(code).toBe(0);
      const rows = await withDataSource(env, (ds) => ds.getRepository(AuditEntryEntity).find());
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'dataset.import',
        territoryId: A,
        actorUserId: null,
        actorLabel: 'cli',
        actorVia: 'system',
      });
      expect(JSON.parse(rows[0].details)).toMatchObject({ format: 'json', created: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
