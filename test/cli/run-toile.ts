// Runs the BUILT `toile` command (apps/api/bin/toile.js → apps/api/dist/cli/main.js) as a child process,
// with its own SQLite file, and finds the demo dataset of @toile/seeds. Shared by the CLI specs.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const TOILE_BIN = join(REPO_ROOT, 'apps', 'api', 'bin', 'toile.js');
export const BUILT_CLI = join(REPO_ROOT, 'apps', 'api', 'dist', 'cli', 'main.js');

export interface ToileRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Fails the suite with a clear message when the CLI has not been built (tests never build). */
export function requireBuiltCli(): void {
  if (!existsSync(BUILT_CLI)) {
    throw new Error(
      `The toile CLI is not built (${BUILT_CLI} missing): run \`npm run build\` at the repository root first ` +
        '(`npm ci` does it through the prepare script).',
    );
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `toile-${prefix}-`));
}

/** Runs `node apps/api/bin/toile.js …args` (or another `bin`) in `cwd`, DATABASE_PATH set to `databasePath`. */
export function runToile(
  args: readonly string[],
  options: { cwd: string; databasePath?: string; bin?: string },
): ToileRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  if (options.databasePath !== undefined) env.DATABASE_PATH = options.databasePath;
  const result = spawnSync(process.execPath, [options.bin ?? TOILE_BIN, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The demo dataset file of @toile/seeds (seeds/data or seeds/src/data), or undefined if not written yet. */
export function demoDatasetPath(): string | undefined {
  for (const folder of [join(REPO_ROOT, 'seeds', 'data'), join(REPO_ROOT, 'seeds', 'src', 'data')]) {
    if (!existsSync(folder)) continue;
    const demo = readdirSync(folder).find((name) => name.startsWith('demo') && name.endsWith('.json'));
    if (demo !== undefined) return join(folder, demo);
  }
  return undefined;
}
