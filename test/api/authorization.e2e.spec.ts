// Object-level authorisation, end to end: every operation of openapi.json, as every role (admin, both
// facilitators, three firms, the public, an API key), on objects of its own and of another firm and territory.
// Statuses follow apps/api/src/auth/README.md; no response may carry a canary the role must not see; refused
// writes leave the database unchanged. A new endpoint without a matrix entry fails the suite.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { MATRIX, isWrite } from './support/authz-matrix';
import { CROSS } from './support/authz-cross';
import type { Operation, Target } from './support/authz-targets';
import { buildWorld, type World } from './support/authz-setup';
import { forbiddenCanaries, ROLES, type RoleName } from './support/authz-world';
import { jsonOf, responseText } from './support/response-text';
import { dumpDatabase, startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(240_000);

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** `METHOD /path` of every operation of an OpenAPI document. */
function operationsOf(doc: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method] !== undefined).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

function urlOf(path: string, target: Target): string {
  const filled = path.replace(/\{(\w+)\}/gu, (_, name: string) => {
    const value = target.params[name];
    if (value === undefined) throw new Error(`${path}: no value for {${name}} in target ${target.label}`);
    return encodeURIComponent(value);
  });
  return target.query ? `${filled}?${target.query}` : filled;
}

const ok = (status: number): boolean => status >= 200 && status < 300;

interface Outcome {
  checks: number;
  byKind: Record<string, number>;
  statusMismatches: string[];
  leaks: string[];
  changedByRefusedWrites: string[];
  /** Milliseconds spent per operation (the slowest are printed). */
  msByOperation: Record<string, number>;
}

describe('object-level authorisation: every endpoint × every role × own and foreign objects', () => {
  let t: TestApp;
  let world: World;
  let operations: string[];
  const outcome: Outcome = {
    checks: 0,
    byKind: {},
    statusMismatches: [],
    leaks: [],
    changedByRefusedWrites: [],
    msByOperation: {},
  };

  beforeAll(async () => {
    // Over a thousand requests from one client in a few seconds: far above the production rate limits.
    t = await startTestApp({
      env: { RATE_LIMIT_AUTH: '100000', RATE_LIMIT_WRITE: '100000', RATE_LIMIT_READ: '100000' },
    });
    const committed = operationsOf(
      JSON.parse(readFileSync(join(__dirname, '../../apps/api/openapi.json'), 'utf8')) as never,
    );
    // The live document too: an endpoint added in code but not yet in openapi.json is tried all the same.
    const live = await liveOperations(t);
    operations = [...new Set([...committed, ...live])].sort();
    world = await buildWorld(
      t,
      operations.some((op) => op.endsWith('/introduction')),
    );
    for (const operation of operations) {
      const [method, path] = operation.split(' ');
      const startedAt = performance.now();
      for (const spec of [MATRIX[operation], CROSS[operation]]) {
        if (!spec) continue;
        for (const target of spec.targets(world.ids)) {
          for (const role of ROLES) await check(operation, method, path, spec, target, role);
        }
      }
      outcome.msByOperation[operation] = performance.now() - startedAt;
    }
    const slowest = Object.entries(outcome.msByOperation)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([op, ms]) => `${op} ${(ms / 1000).toFixed(1)} s`);
    console.log(
      `authorisation matrix: ${outcome.checks} checks (endpoint × role × object) over ${operations.length} ` +
        `operations and ${ROLES.length} roles; bodies searched: ${JSON.stringify(outcome.byKind)}; ` +
        `${outcome.leaks.length} leaks, ${outcome.statusMismatches.length} statuses off contract, ` +
        `${outcome.changedByRefusedWrites.length} refused writes that changed the database; ` +
        `slowest: ${slowest.join(', ')}` +
        (outcome.statusMismatches.length
          ? `\nstatuses off contract:\n  ${outcome.statusMismatches.join('\n  ')}`
          : ''),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  async function check(
    operation: string,
    method: string,
    path: string,
    spec: Operation,
    base: Target,
    role: RoleName,
  ) {
    const expected = spec.expect(role, base, world.ids);
    const target = ok(expected) && spec.sacrifice ? await spec.sacrifice(role, base, world.sandbox) : base;
    const body = spec.body ? await spec.body(role, target, world.sandbox) : undefined;
    const url = urlOf(path, target);
    const write = isWrite(method);
    const before = write ? await dumpDatabase(t.ds) : undefined;
    const res = await world.call(role, method, url, body);
    outcome.checks += 1;
    const where = `${operation} [${target.label}] as ${role}`;
    if (res.status !== expected)
      outcome.statusMismatches.push(`${where}: expected ${expected}, got ${res.status}`);
    if (write && !ok(res.status)) {
      const after = await dumpDatabase(t.ds);
      if (JSON.stringify(after) !== JSON.stringify(before)) outcome.changedByRefusedWrites.push(where);
    }
    if (method === 'POST' && path.endsWith('/match-runs') && res.status === 202) {
      await world.waitRun(target.params.territoryId, (jsonOf(res) as { id: string }).id);
    }
    const { kind, text } = await responseText(res);
    outcome.byKind[kind] = (outcome.byKind[kind] ?? 0) + 1;
    const requestText = `${url}\n${JSON.stringify(body ?? {})}`;
    const seen = forbiddenCanaries(role, requestText).filter((canary) => text.includes(canary));
    if (seen.length > 0) outcome.leaks.push(`${where} (${res.status}): ${seen.join(', ')}`);
  }

  it('has a matrix entry for every operation of the API, and none for an operation that is gone', () => {
    expect(operations.filter((op) => MATRIX[op] === undefined)).toEqual([]);
    expect(Object.keys(MATRIX).filter((op) => !operations.includes(op))).toEqual([]);
    expect(Object.keys(CROSS).filter((op) => !operations.includes(op))).toEqual([]);
  });

  it('tries every operation as every role', () => {
    expect(outcome.checks).toBeGreaterThanOrEqual(operations.length * ROLES.length);
  });

  it('leaks no canary to a role that must not see it (0 leaks)', () => {
    expect(outcome.leaks).toEqual([]);
  });

  it('leaves the database unchanged when a write is refused', () => {
    expect(outcome.changedByRefusedWrites).toEqual([]);
  });

  it('answers every role with the status of the access contract', () => {
    expect(outcome.statusMismatches).toEqual([]);
  });
});

/** Operations of the OpenAPI document the running app serves. */
async function liveOperations(t: TestApp): Promise<string[]> {
  const res = await request(t.anonymousServer).get('/api/docs-json');
  return res.status === 200 ? operationsOf(res.body as never) : [];
}
