// Property-based robustness test (issue 6): over 11,000 seeded malformed documents and requests on every write
// route and parser. None may answer 5xx; every refusal has a machine-readable body and leaves the database as it was.

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import request from 'supertest';
import { tinyMaterialsDataset } from '@toile/seeds';
import { type FuzzCase, type FuzzTarget, jsonCase } from './support/fuzz-case';
import { applyEdits, breakingEdits, noiseEdit } from './support/fuzz-dataset';
import {
  flowRequests,
  followUpRequests,
  matchRunRequests,
  siteRequests,
  territoryRequests,
} from './support/fuzz-entity-requests';
import { type FileBases, malformedFile } from './support/fuzz-files';
import { FuzzHarness } from './support/fuzz-harness';
import { withOwnKey } from './support/fuzz-values';
import { contentTypeRequests, jsonTextRequests } from './support/fuzz-body-requests';
import { pathRequests, queryRequests } from './support/fuzz-route-requests';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(600_000);

const SEED = 20_260_611;
const DATASET = tinyMaterialsDataset;
const T = DATASET.territory.id;
/** A territory that does not exist: damaged copies of the stored territory's files are sent there. */
const FILE_TARGET = 'fichiers-fuzz';

/** Requests per category (11,800 in all). */
const RUNS = {
  'dataset-json': 2000,
  'dataset-noise': 200,
  'dataset-files': 600,
  'content-types': 500,
  'json-text': 1500,
  sites: 1200,
  flows: 1200,
  territories: 600,
  'match-runs': 800,
  'follow-up': 500,
  'path-params': 1500,
  queries: 1200,
} as const;

async function binary(t: TestApp, path: string): Promise<Buffer> {
  const res = await request(t.server)
    .get(path)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  return res.body as Buffer;
}

async function doneRun(t: TestApp): Promise<{ runId: string; synergyKey: string }> {
  const started = await request(t.server).post(`/api/territories/${T}/match-runs`).send({});
  expect(started.status).toBe(202);
  const runId = started.body.id as string;
  for (let i = 0; i < 600; i += 1) {
    const run = await request(t.server).get(`/api/territories/${T}/match-runs/${runId}`);
    if (run.body.status === 'done') {
      const key = run.body.result.synergies[0]?.details?.synergyKey as string | undefined;
      return { runId, synergyKey: key ?? 'cle-absente' };
    }
    expect(['queued', 'running']).toContain(run.body.status);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the match run did not end');
}

describe('malformed input (property-based, seeded)', () => {
  let t: TestApp;
  let h: FuzzHarness;
  let target: FuzzTarget;
  let bases: FileBases;
  let listening: Server | undefined;
  const started = Date.now();

  beforeAll(async () => {
    t = await startTestApp();
    const put = await request(t.server).put(`/api/territories/${T}/dataset`).send(DATASET);
    expect(put.status).toBe(200);
    const { runId, synergyKey } = await doneRun(t);
    target = {
      territoryId: T,
      siteIds: DATASET.sites.map((s) => s.id),
      flowIds: DATASET.flows.map((f) => f.id),
      zoneIds: (DATASET.zones ?? []).map((z) => z.id),
      runId,
      synergyKey,
    };
    bases = {
      xlsx: await binary(t, `/api/territories/${T}/dataset.xlsx`),
      csvZip: await binary(t, `/api/territories/${T}/dataset-csv.zip`),
    };
    listening = createServer(t.server).listen(0, '127.0.0.1');
    await once(listening, 'listening');
    h = new FuzzHarness(`http://127.0.0.1:${(listening.address() as AddressInfo).port}`, t.ds);
    await h.rebaseline();
  });

  afterAll(async () => {
    listening?.close();
    await t?.close();
  });

  async function fuzz(category: keyof typeof RUNS, arbitrary: fc.Arbitrary<FuzzCase>): Promise<void> {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (c) => {
        await h.send(c);
      }),
      { seed: SEED, numRuns: RUNS[category] },
    );
    expect(h.stats[category]?.sent).toBe(RUNS[category]);
  }

  it('PUT dataset: JSON documents with breaking edits', async () => {
    await fuzz(
      'dataset-json',
      breakingEdits.map((edits): FuzzCase => {
        const { doc, labels } = applyEdits(DATASET, edits);
        return {
          ...jsonOf(`/api/territories/${T}/dataset`, doc),
          category: 'dataset-json',
          label: labels.join(', '),
          expect: 'reject',
        };
      }),
    );
  });

  it('PUT dataset: JSON documents with noise only (prototype keys, unicode, unknown keys) may pass', async () => {
    await fuzz(
      'dataset-noise',
      fc.array(noiseEdit, { minLength: 1, maxLength: 3 }).map((edits): FuzzCase => {
        const { doc, labels } = applyEdits(DATASET, edits);
        return {
          ...jsonOf(`/api/territories/${T}/dataset`, doc),
          category: 'dataset-noise',
          label: labels.join(', '),
          expect: 'any',
        };
      }),
    );
  });

  it('PUT dataset: damaged XLSX, CSV zips and multipart forms', async () => {
    await fuzz(
      'dataset-files',
      malformedFile(bases).map(({ label, contentType, body }): FuzzCase => ({
        category: 'dataset-files',
        label,
        method: 'put',
        path: `/api/territories/${FILE_TARGET}/dataset`,
        contentType,
        body,
        expect: 'reject',
      })),
    );
  });

  it('wrong content types', async () => {
    await fuzz('content-types', contentTypeRequests(target, DATASET));
  });

  it('JSON text that does not parse', async () => {
    await fuzz('json-text', jsonTextRequests(target, DATASET));
  });

  it('POST and PATCH sites with bad bodies', async () => {
    await fuzz('sites', siteRequests(target));
  });

  it('POST and PATCH flows with bad bodies', async () => {
    await fuzz('flows', flowRequests(target));
  });

  it('POST and PATCH territories with bad bodies', async () => {
    await fuzz('territories', territoryRequests(target));
  });

  it('POST match-runs with bad parameters, pins or scenario', async () => {
    await fuzz('match-runs', matchRunRequests(target));
  });

  it('POST a follow-up status with a bad body', async () => {
    await fuzz('follow-up', followUpRequests(target));
  });

  it('bad path parameters on every route', async () => {
    await fuzz('path-params', pathRequests(target, DATASET));
  });

  it('bad query strings on the read routes', async () => {
    await fuzz('queries', queryRequests(target));
  });

  // Names of Object.prototype are unknown parameters (400). `__proto__` and `constructor` keys are removed on the
  // way in by Nest's ValidationPipe (stripProtoKeys), `prototype` by class-transformer, before any code reads
  // them, so they are not in this list.
  it('refuses Object.prototype names as match parameters', async () => {
    for (const name of ['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      const c = jsonCase(
        'match-runs',
        name,
        'post',
        `/api/territories/${T}/match-runs`,
        withOwnKey({}, name, 1),
      );
      const res = await request(t.server)
        .post(c.path)
        .set('Content-Type', 'application/json')
        .send(`{"parameters":${String(c.body)}}`);
      await h.rebaseline();
      expect({ name, status: res.status }).toEqual({ name, status: 400 });
    }
  });

  it('sent at least 10,000 requests: no 5xx, error bodies, database unchanged by every refusal', () => {
    const total = Object.values(h.stats).reduce((sum, s) => sum + s.sent, 0);
    const lines = Object.entries(h.stats).map(
      ([name, s]) =>
        `${name.padEnd(14)} ${String(s.sent).padStart(6)} sent ${String(s.refused).padStart(6)} refused ` +
        `${String(s.accepted).padStart(4)} accepted  ${JSON.stringify(s.statuses)}`,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`malformed-input fuzz: ${total} requests in ${seconds} s\n${lines.join('\n')}`);
    if (h.accepted.length > 0) {
      console.log(
        `accepted although malformed (${h.accepted.length}):\n${JSON.stringify(h.accepted.slice(0, 20), null, 1)}`,
      );
    }
    if (h.violations.length > 0) {
      console.log(
        `violations (${h.violations.length}):\n${JSON.stringify(h.violations.slice(0, 40), null, 1)}`,
      );
    }
    expect(h.violations.slice(0, 20)).toEqual([]);
    expect(h.accepted.slice(0, 20)).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});

function jsonOf(path: string, doc: unknown): Pick<FuzzCase, 'method' | 'path' | 'contentType' | 'body'> {
  const { body, contentType } = jsonCase('', '', 'put', path, doc);
  return { method: 'put', path, contentType, body };
}
