// `toile report` with the built bin on the demo territory's file: one command writes the PDF study (the matcher
// runs first), an existing result gives the public workbook and GeoJSON, bad usage exits with code 2.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { match } from '@toile/matcher';
import { demoDataset } from '@toile/seeds';
import { parseWorkbook } from '@toile/api/src/formats';
import { pdfPages } from '../api/support/pdf-text';
import { requireBuiltCli, runToile, tempDir } from './run-toile';

describe('toile report', () => {
  let dir: string;
  let datasetFile: string;

  beforeAll(() => {
    requireBuiltCli();
    dir = tempDir('report-cli');
    datasetFile = join(dir, 'demo.json');
    writeFileSync(datasetFile, JSON.stringify(demoDataset));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const toile = (args: readonly string[]) =>
    runToile(args, { cwd: dir, databasePath: join(dir, 'toile.sqlite') });

  it('writes the demo territory’s PDF study in one command (running the matcher itself)', async () => {
    const run = toile(['report', datasetFile, '--out', 'rapport.pdf']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Rapport complet \(pdf\) écrit dans rapport\.pdf : \d+ synergies/u);
    const pages = await pdfPages(readFileSync(join(dir, 'rapport.pdf')));
    expect(pages[1]).toContain('Sommaire');
    expect(pages.some((p) => p.startsWith('5. La toile industrielle'))).toBe(true);
  }, 60_000);

  it('reports an existing result: public workbook (re-importable, anonymised) and GeoJSON', async () => {
    const resultFile = join(dir, 'result.json');
    writeFileSync(resultFile, JSON.stringify(match(demoDataset, {})));
    const xlsx = toile(['report', datasetFile, '--run', resultFile, '--out', 'public.xlsx', '--public']);
    expect(xlsx.status).toBe(0);
    expect(xlsx.stdout).toContain('Rapport public (xlsx)');
    const doc = (await parseWorkbook(readFileSync(join(dir, 'public.xlsx')))) as {
      sites: { name: string }[];
    };
    expect(doc.sites.length).toBe(demoDataset.sites.length);
    expect(doc.sites.some((s) => s.name.startsWith('Entreprise '))).toBe(true);
    const geo = toile([
      'report',
      datasetFile,
      '--run',
      resultFile,
      '--out',
      'web.data',
      '--format',
      'geojson',
    ]);
    expect(geo.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'web.data'), 'utf8')).type).toBe('FeatureCollection');
  }, 60_000);

  it('refuses bad usage with exit code 2 and a French message', () => {
    const noOut = toile(['report', datasetFile]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const badFormat = toile(['report', datasetFile, '--out', 'x.doc']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format');
    const both = toile(['report', datasetFile, '--territory', 'x', '--out', 'r.pdf']);
    expect(both.status).toBe(2);
  });
});
