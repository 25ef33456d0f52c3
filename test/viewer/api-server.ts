// Starts the built Toile API (apps/api/dist/main.js) as a child process on a free port with a fresh SQLite
// file and a known first admin (testAdmin()), waits for /api/health, and stops it. Output explains a failed start.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');

/**
 * The first admin of the test server, created from TOILE_ADMIN_EMAIL / TOILE_ADMIN_PASSWORD at its start:
 * those of the environment when a caller set them (benches), else a fixed test account.
 */
export function testAdmin(): { readonly email: string; readonly password: string } {
  return {
    email: process.env.TOILE_ADMIN_EMAIL ?? 'admin@toile.test',
    password: process.env.TOILE_ADMIN_PASSWORD ?? 'viewer-e2e-password-2026',
  };
}

export interface RunningApi {
  readonly url: string;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer ${url}/api/health within ${timeoutMs} ms:\n${output()}`);
}

export async function startApi(timeoutMs = 60_000): Promise<RunningApi> {
  const main = join(REPO_ROOT, 'apps/api/dist/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npm run build)`);
  if (!existsSync(join(REPO_ROOT, 'apps/viewer/dist/index.html'))) {
    throw new Error('apps/viewer/dist/index.html is missing: build first (npm run build)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'toile-viewer-e2e-'));
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: join(dir, 'toile.sqlite'),
      LOG_LEVEL: 'warn',
      TOILE_ADMIN_EMAIL: testAdmin().email,
      TOILE_ADMIN_PASSWORD: testAdmin().password,
      // The browser test signs in, out and renews about ten times a minute from one IP: above the default
      // sign-in limit of 10/min, which test/api checks on its own. A caller's own value wins.
      RATE_LIMIT_AUTH: process.env.RATE_LIMIT_AUTH ?? '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, timeoutMs, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => log, stop };
}
