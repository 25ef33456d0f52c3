// The built API (apps/api/dist/main.js) as a child process on a given SQLite file, which a test may kill
// (SIGKILL) and start again on the same file; plus the one function that makes its requests authorised.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, REPO_ROOT } from '../../viewer/api-server';

/** The first admin of a spawned API (created on the first start of an empty database). */
export const SPAWNED_ADMIN = Object.freeze({
  email: 'crash-admin@toile.test',
  password: 'crash-safety-password',
});

/** Fixed, so tokens and API keys stay valid across restarts on the same file. */
const SPAWNED_SECRET = 'crash-safety-secret-crash-safety-secret';

export interface SpawnedApi {
  readonly url: string;
  readonly pid: number;
  /** The last 20,000 characters of its stdout and stderr. */
  readonly output: () => string;
  /** Resolves when the process has exited (at once if it already has). */
  readonly exited: () => Promise<void>;
  /** SIGKILL, then waits for the exit. */
  readonly kill: () => Promise<void>;
}

export interface SpawnOptions {
  readonly databasePath: string;
  readonly startTimeoutMs?: number;
}

async function waitForHealth(api: SpawnedApi, alive: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`the API exited during its start:\n${api.output()}`);
    try {
      if ((await fetch(`${api.url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the API did not answer ${api.url}/api/health within ${timeoutMs} ms:\n${api.output()}`);
}

/** Starts the built API on `databasePath` (no demo, errors only) and waits until /api/health answers. */
export async function spawnApi(options: SpawnOptions): Promise<SpawnedApi> {
  const main = join(REPO_ROOT, 'apps/api/dist/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run-many -t build)`);
  const port = await freePort();
  let log = '';
  let alive = true;
  const child = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: options.databasePath,
      DATABASE_URL: '',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      TOILE_SECRET: SPAWNED_SECRET,
      TOILE_ADMIN_EMAIL: SPAWNED_ADMIN.email,
      TOILE_ADMIN_PASSWORD: SPAWNED_ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => (alive = false));
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const api: SpawnedApi = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    output: () => log,
    exited: () => exit,
    kill: async () => {
      if (alive) child.kill('SIGKILL');
      await exit;
    },
  };
  try {
    await waitForHealth(api, () => alive, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await api.kill();
    throw error;
  }
  return api;
}

/**
 * The headers that make a request to a spawned API act as its first admin: signs in, then creates an API
 * key (kept in the database, never expires), so the same headers work after every restart on the same file.
 */
export async function adminHeaders(url: string): Promise<Record<string, string>> {
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(SPAWNED_ADMIN),
  });
  if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const created = await fetch(`${url}/api/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ label: 'crash-safety' }),
  });
  if (!created.ok) throw new Error(`POST /api/api-keys answered ${created.status}: ${await created.text()}`);
  const { key } = (await created.json()) as { key: string };
  return { authorization: `Bearer ${key}` };
}
