// `toile compare` on real result files in a temp folder: two matches of the tiny materials territory (the second
// without the near plasterboard plant), the French summary, --json, and a file that is not a result.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { match } from '@toile/matcher';
import { tinyMaterialsDataset } from '@toile/seeds';
import type { CliContext } from '@toile/api/src/cli/cli-context';
import { run } from '@toile/api/src/cli/program';

interface Captured {
  readonly context: CliContext;
  readonly out: () => string;
  readonly err: () => string;
  readonly code: () => number | undefined;
}

function capture(): Captured {
  let out = '';
  let err = '';
  let code: number | undefined;
  return {
    context: {
      stdout: { write: (text: string) => ((out += text), true) },
      stderr: { write: (text: string) => ((err += text), true) },
      env: {},
      setExitCode: (value) => (code = value),
    },
    out: () => out,
    err: () => err,
    code: () => code,
  };
}

describe('toile compare', () => {
  let dir: string;
  let a: string;
  let b: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'toile-compare-'));
    a = join(dir, 'a.json');
    b = join(dir, 'b.json');
    writeFileSync(a, JSON.stringify(match(tinyMaterialsDataset)));
    const without = {
      ...tinyMaterialsDataset,
      sites: tinyMaterialsDataset.sites.filter((site) => site.id !== 'platrerie-proche'),
      flows: tinyMaterialsDataset.flows.filter((flow) => flow.siteId !== 'platrerie-proche'),
    };
    writeFileSync(b, JSON.stringify(match(without, { parameters: { carbonPriceEurPerT: 50 } })));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the parameters, totals side by side and the synergies lost and changed, in French', async () => {
    const io = capture();
    await run(['node', 'toile', 'compare', a, b], io.context);
    expect(io.err()).toBe('');
    expect(io.code()).toBe(0);
    const text = io.out();
    expect(text).toContain('carbonPriceEurPerT : 0 → 50');
    expect(text).toMatch(/Synergies\s+2\s+1\s+-1/);
    expect(text).toMatch(/Tonnes par an\s+1 000\s+800\s+-200/);
    expect(text).toContain('Synergies gagnées (dans B, pas dans A) : aucune.');
    expect(text).toContain('Synergies perdues (dans A, pas dans B) (1) :');
    expect(text).toContain('  - [substitution] gypsum : centrale → platrerie-proche — 600 t/an');
    expect(text).toContain('  ~ [substitution] gypsum : centrale → platrerie-loin — 400 → 800 t/an (+400)');
    expect(text).toContain('Synergies inchangées : 0.');
  });

  it('writes the whole comparison with --json', async () => {
    const io = capture();
    await run(['node', 'toile', 'compare', a, b, '--json'], io.context);
    const json = JSON.parse(io.out());
    expect(json.files).toEqual({ base: a, other: b });
    expect(json.lost.map((s: { key: string }) => s.key)).toEqual([
      'centrale-fgd-gypsum>platrerie-proche-gypsum@gypsum',
    ]);
    expect(json.deltas.synergies).toBe(-1);
  });

  it('refuses a file that is not a result (exit 1, the file named) and a missing argument (exit 2)', async () => {
    const dataset = join(dir, 'dataset.json');
    writeFileSync(dataset, JSON.stringify(tinyMaterialsDataset));
    const io = capture();
    await run(['node', 'toile', 'compare', a, dataset], io.context);
    expect(io.code()).toBe(1);
    expect(io.err()).toContain(`${dataset} : ce n’est pas un résultat toile.result/1`);
    const usage = capture();
    await run(['node', 'toile', 'compare', a], usage.context);
    expect(usage.code()).toBe(2);
  });
});
