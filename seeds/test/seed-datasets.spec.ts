// Every seed is a valid `toile.dataset/1` document, exported under its territory id, and the committed demo
// JSON is exactly what the deterministic generator produces.
import { createRequire } from 'node:module';
import { validateDataset } from '@toile/flow-model';
import { asDataset } from '../src/as-dataset';
import { SeedError } from '../src/seed-error';
import { demoDataset, SEED_DATASETS, tinyHeatH2Dataset, tinyMaterialsDataset } from '../src/index';

describe('seed datasets', () => {
  it.each(Object.entries(SEED_DATASETS))('%s passes validateDataset with no problem', (_id, dataset) => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('exports the three seeds under their territory ids', () => {
    expect(Object.keys(SEED_DATASETS).sort()).toEqual(['demo-estuaire', 'tiny-heat-h2', 'tiny-materials']);
    expect(SEED_DATASETS['demo-estuaire']).toBe(demoDataset);
    expect(SEED_DATASETS['tiny-materials']).toBe(tinyMaterialsDataset);
    expect(SEED_DATASETS['tiny-heat-h2']).toBe(tinyHeatH2Dataset);
  });

  it('marks every territory as fictional in its name', () => {
    for (const dataset of Object.values(SEED_DATASETS)) expect(dataset.territory.name).toMatch(/fictif/u);
  });

  it('keeps the committed demo JSON equal to the generator output', () => {
    const load = createRequire(__filename);
    const { buildDemo } = load('../scripts/generate-demo.cjs') as { buildDemo: () => unknown };
    expect(JSON.parse(JSON.stringify(buildDemo()))).toEqual(demoDataset);
  });
});

describe('asDataset', () => {
  it('refuses a document of another format, naming the seed', () => {
    expect(() => asDataset('x', { format: 'toile.dataset/2', zones: [], sites: [], flows: [] })).toThrow(
      new SeedError('x', 'has format "toile.dataset/2", expected "toile.dataset/1"'),
    );
  });

  it('refuses a document without flows and a non-object', () => {
    expect(() => asDataset('y', { format: 'toile.dataset/1', zones: [], sites: [] })).toThrow(/"flows"/u);
    expect(() => asDataset('z', null)).toThrow(/@toile\/seeds: seed "z" is not a JSON object/u);
  });
});
