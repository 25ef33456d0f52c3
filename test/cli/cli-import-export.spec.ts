// `toile import` and `toile export` through the built CLI on a temp SQLite file: the demo goes in and comes
// back equal in every form (JSON, workbook, CSV zip, CSV folder); an invalid import stores nothing.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDatasetFile } from '@toile/api/src/formats';
import { BUILT_CLI, demoDatasetPath, requireBuiltCli, runToile, tempDir, TOILE_BIN } from './run-toile';

/** Each test runs the CLI several times as a child process (about 0.5 s each on an idle machine). */
jest.setTimeout(120_000);

let dir: string;
let databasePath: string;
let demo: unknown;

beforeAll(() => {
  requireBuiltCli();
  const demoPath = demoDatasetPath();
  if (demoPath === undefined)
    throw new Error('the demo dataset of @toile/seeds is missing (seeds/src/data/demo*.json)');
  demo = JSON.parse(readFileSync(demoPath, 'utf8'));
  dir = tempDir('import');
  databasePath = join(dir, 'data', 'toile.sqlite');
  writeFileSync(join(dir, 'demo.json'), JSON.stringify(demo));
});

const toile = (...args: string[]) => runToile(args, { cwd: dir, databasePath });
const territoryId = (): string => (demo as { territory: { id: string } }).territory.id;

describe('toile import / export', () => {
  it('imports the demo, then exports it equal in every form', async () => {
    const imported = toile('import', 'demo.json');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(
      new RegExp(`^Territoire « ${territoryId()} » créé : \\d+ zones, \\d+ sites`),
    );
    expect(imported.status).toBe(0);
    expect(existsSync(databasePath)).toBe(true);
    for (const target of ['out.json', 'out.xlsx', 'out.zip', 'out-csv']) {
      const exported = toile('export', territoryId(), target);
      expect(exported.status).toBe(0);
      expect(exported.stdout).toContain(`exporté dans ${target}`);
      expect(await readDatasetFile(join(dir, target))).toEqual(demo);
    }
  });

  it('imports the workbook and the CSV folder back, replacing the territory each time', async () => {
    for (const source of ['out.xlsx', 'out-csv', 'out.zip']) {
      const run = toile('import', source, '--territory', territoryId());
      expect(run.stdout).toContain(`Territoire « ${territoryId()} » remplacé`);
      expect(run.status).toBe(0);
    }
    expect(toile('export', territoryId(), 'again.json').status).toBe(0);
    expect(await readDatasetFile(join(dir, 'again.json'))).toEqual(demo);
  });

  it('refuses a file whose territory is not the one asked for', () => {
    const run = toile('import', 'out.xlsx', '--territory', 'autre');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('$.territory.id');
  });

  it('refuses an invalid file as a whole and keeps what was stored', async () => {
    const folder = join(dir, 'casse');
    cpSync(join(dir, 'out-csv'), folder, { recursive: true });
    const flows = readFileSync(join(folder, 'flows.csv'), 'utf8').split('\n');
    flows[1] = flows[1].replace(/,(output|input),/, ',sideways,');
    writeFileSync(join(folder, 'flows.csv'), flows.join('\n'));
    const run = toile('import', 'casse');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^✗ 1 problème dans casse\n +flows\.csv:row 2 +\$\.flows\[0\]\.direction +« sideways »/,
    );
    expect(toile('export', territoryId(), 'after.json').status).toBe(0);
    expect(await readDatasetFile(join(dir, 'after.json'))).toEqual(demo);
  });

  it('says which territory is unknown, and asks for --territory when the file has none', () => {
    const unknown = toile('export', 'nulle-part', 'x.json');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('« nulle-part » introuvable');
    mkdirSync(join(dir, 'sans-territoire'));
    writeFileSync(join(dir, 'sans-territoire', 'sites.csv'), 'id,name,lat,lon\ns,S,49,2\n');
    writeFileSync(join(dir, 'sans-territoire', 'flows.csv'), 'id\n');
    const missing = toile('import', 'sans-territoire');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--territory');
    const named = toile('import', 'sans-territoire', '--territory', 'petit', '--name', 'Petit territoire');
    expect(named.stdout).toContain('« petit » créé : 0 zones, 1 sites, 0 flux');
  });
});

describe('toile usage', () => {
  it('has --help for every command, in French', () => {
    for (const command of ['validate', 'import', 'export', 'template']) {
      const run = toile(command, '--help');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Usage: toile ${command}`);
      expect(run.stdout).toContain('affiche l’aide');
    }
    expect(toile('--help').stdout).toMatch(/validate[\s\S]*import[\s\S]*export/);
  });

  it('exits 2 on a usage error', () => {
    const run = toile('validate', '--nope', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--nope');
    expect(toile('import').status).toBe(2);
  });

  it('explains how to build when the built CLI is missing', () => {
    const copy = tempDir('bin');
    mkdirSync(join(copy, 'bin'));
    cpSync(TOILE_BIN, join(copy, 'bin', 'toile.js'));
    const run = runToile([], { cwd: copy, bin: join(copy, 'bin', 'toile.js') });
    expect(BUILT_CLI).toContain('dist');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build');
  });
});
