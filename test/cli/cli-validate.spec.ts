// `toile validate` on real files in a temp folder, through the built CLI: every problem listed with its
// sheet row or CSV line and exit 1 for broken files; « valide » and exit 0 for the demo and a filled template.

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { demoDatasetPath, requireBuiltCli, runToile, tempDir } from './run-toile';

/** Each test runs the CLI several times as a child process (about 0.5 s each on an idle machine). */
jest.setTimeout(120_000);

let dir: string;

beforeAll(() => {
  requireBuiltCli();
  dir = tempDir('validate');
});

describe('toile validate', () => {
  it('lists every problem of a French CSV folder, with its line, and exits 1', () => {
    const folder = join(dir, 'atelier');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'sites.csv'),
      '\uFEFFid;name;lat;lon;siret\r\nusine;Usine;49,5;0,3;12345678901234\r\nusine;Doublon;abc;0;\r\n',
    );
    writeFileSync(
      join(folder, 'flows.csv'),
      'id;siteId;direction;resource;quantity;unit\r\nf1;usine;sortie;gypsum;12;t/yr\r\n;;;;;\r\n' +
        'f2;inconnu;output;unobtainium;-3;t/yr\r\n',
    );
    writeFileSync(join(folder, 'territory.csv'), 'key;value\r\nid;atelier\r\nname;Atelier\r\n');
    const run = runToile(['validate', 'atelier'], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('✗ 7 problèmes dans atelier');
    const expected: [string, string, string][] = [
      ['sites.csv:row 2', '$.sites[0].siret', '« 12345678901234 »'],
      ['sites.csv:row 3', '$.sites[1].lat', '« abc »'],
      ['sites.csv:row 3', '$.sites[1].id', '« usine »'],
      ['flows.csv:row 2', '$.flows[0].direction', '« sortie »'],
      ['flows.csv:row 4', '$.flows[1].resource', '« unobtainium »'],
      ['flows.csv:row 4', '$.flows[1].quantity', '-3'],
      ['flows.csv:row 4', '$.flows[1].siteId', '« inconnu »'],
    ];
    for (const [where, path, value] of expected) {
      expect(lines.some((line) => line.includes(where) && line.includes(path) && line.includes(value))).toBe(
        true,
      );
    }
    // Aligned: the JSON paths start in the same column on every line.
    const pathColumns = new Set(lines.slice(1).map((line) => line.indexOf('$.')));
    expect(pathColumns.size).toBe(1);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('lists the problems of a workbook by sheet row and reports an unknown column', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('sites').addRows([
      ['id', 'name', 'lat', 'lon'],
      ['s', 'Site', 49, 2],
    ]);
    workbook.addWorksheet('flows').addRows([
      ['id', 'siteId', 'direction', 'resource', 'quantity', 'unit'],
      ['chaleur', 's', 'output', 'heat', 100, 't/yr'],
    ]);
    await workbook.xlsx.writeFile(join(dir, 'classeur.xlsx'));
    const run = runToile(['validate', 'classeur.xlsx', '--territory', 'essai'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^✗ 2 problèmes dans classeur\.xlsx/);
    expect(run.stdout).toMatch(/flows:row 2 +\$\.flows\[0\]\.unit/);
    expect(run.stdout).toMatch(/flows:row 2 +\$\.flows\[0\]\.temperatureC/);

    workbook.getWorksheet('sites')!.getCell('E1').value = 'commune';
    await workbook.xlsx.writeFile(join(dir, 'colonne.xlsx'));
    const unknown = runToile(['validate', 'colonne.xlsx'], { cwd: dir });
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain('sites:column E');
    expect(unknown.stdout).toContain('colonne inconnue « commune »');
  });

  it('says what is wrong with a file that is not a dataset at all', () => {
    writeFileSync(join(dir, 'faux.xlsx'), 'pas un classeur');
    const run = runToile(['validate', 'faux.xlsx'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('n’est pas un classeur .xlsx');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('finds the demo dataset valid', () => {
    const demo = demoDatasetPath();
    if (demo === undefined)
      throw new Error('the demo dataset of @toile/seeds is missing (seeds/src/data/demo*.json)');
    copyFileSync(demo, join(dir, 'demo.json'));
    const run = runToile(['validate', 'demo.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^✓ demo\.json : valide \(\d+ sites, \d+ flux\)\n$/);
    expect(run.status).toBe(0);
  });

  it('writes the workshop template, which validates once given a territory', () => {
    for (const file of ['modele.xlsx', 'modele.zip']) {
      expect(runToile(['template', file], { cwd: dir }).status).toBe(0);
      expect(runToile(['validate', file], { cwd: dir }).stdout).toContain('$.territory');
      const run = runToile(['validate', file, '--territory', 'atelier', '--json'], { cwd: dir });
      expect(JSON.parse(run.stdout)).toEqual({ file, valid: true, problems: [] });
      expect(run.status).toBe(0);
    }
  });
});
