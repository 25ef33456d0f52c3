// `toile match` on real files with the built bin (node apps/api/bin/toile.js): result and CSV written,
// French summary printed, a bad --set refused with exit code 2 and the parameter named.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { MatchResult } from '@toile/flow-model';
import { tinyMaterialsDataset } from '@toile/seeds';
import { requireBuiltCli, runToile, tempDir } from './run-toile';

describe('toile match', () => {
  let dir: string;
  let datasetFile: string;

  beforeAll(() => {
    requireBuiltCli();
    dir = tempDir('match-cli');
    datasetFile = join(dir, 'tiny-materials.json');
    writeFileSync(datasetFile, JSON.stringify(tinyMaterialsDataset));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const toile = (args: readonly string[]) =>
    runToile(args, { cwd: dir, databasePath: join(dir, 'toile.sqlite') });

  it('writes the toile.result/1 document and the synergies CSV, and prints a French summary', () => {
    const out = join(dir, 'result.json');
    const csv = join(dir, 'synergies.csv');
    const run = toile(['match', datasetFile, '--out', out, '--csv', csv]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as MatchResult;
    expect(result.format).toBe('toile.result/1');
    expect(result.territoryId).toBe(tinyMaterialsDataset.territory.id);
    expect(result.status).toBe('optimal');
    expect(result.synergies.length).toBeGreaterThan(0);
    const rows: string[][] = parse(readFileSync(csv, 'utf8'));
    expect(rows[0].slice(0, 3)).toEqual(['id', 'kind', 'resource']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(result.synergies.map((synergy) => synergy.id));
    expect(run.stdout).toContain(`${result.totals.synergies} synergie(s) proposée(s)`);
    expect(run.stdout).toContain('Flux sans partenaire');
    expect(run.stdout).toContain('€/an');
  });

  it('applies --set values (parsed as numbers) to the run', () => {
    const out = join(dir, 'result-set.json');
    const run = toile(['match', datasetFile, '--out', out, '--set', 'maxRoadKmMineral=10']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as MatchResult;
    const gypsum = result.synergies.filter((synergy) => synergy.resource === 'gypsum');
    expect(gypsum.length).toBeGreaterThan(0);
    for (const synergy of gypsum) expect(synergy.consumer?.siteId).not.toBe('platrerie-loin');
  });

  it('matches a territory of the configured database with --territory', () => {
    expect(toile(['import', datasetFile]).status).toBe(0);
    const out = join(dir, 'result-db.json');
    const run = toile(['match', '--territory', tinyMaterialsDataset.territory.id, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const fromFile = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as MatchResult;
    const fromDatabase = JSON.parse(readFileSync(out, 'utf8')) as MatchResult;
    expect(fromDatabase.totals).toEqual(fromFile.totals);
    const unknown = toile(['match', '--territory', 'nulle-part']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('nulle-part');
  });

  it('refuses an unknown parameter with exit code 2, naming it', () => {
    const run = toile(['match', datasetFile, '--set', 'notAParameter=3']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('notAParameter');
  });

  it('refuses a call without a dataset file or a territory with exit code 2', () => {
    const run = toile(['match']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--territory');
  });
});
