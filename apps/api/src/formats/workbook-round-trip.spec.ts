// Round trips of the file forms: dataset → workbook / CSV pair / CSV zip → parse gives the same dataset,
// on a hand-written sample and on seeded generated datasets.

import fc from 'fast-check';
import { validateDataset } from '@toile/flow-model';
import { datasetToCsvPair, EXCEL_FR_CSV_DIALECT } from './csv-write';
import { parseCsvTextsWithSource } from './csv-read';
import { datasetToCsvZip, parseCsvZip } from './csv-zip';
import { parseWorkbook } from './workbook-read';
import { datasetToWorkbook } from './workbook-write';
import { datasetArbitrary, SAMPLE_DATASET } from './test-datasets.test';

const SEED = 20261128;

describe('round trips', () => {
  it('starts from valid datasets', () => {
    expect(validateDataset(SAMPLE_DATASET)).toEqual([]);
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        expect(validateDataset(dataset)).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('keeps the sample through a workbook', async () => {
    expect(await parseWorkbook(await datasetToWorkbook(SAMPLE_DATASET))).toEqual(SAMPLE_DATASET);
  });

  it('keeps the sample through a CSV zip, plain and French Excel dialects', () => {
    expect(parseCsvZip(datasetToCsvZip(SAMPLE_DATASET))).toEqual(SAMPLE_DATASET);
    expect(parseCsvZip(datasetToCsvZip(SAMPLE_DATASET, EXCEL_FR_CSV_DIALECT))).toEqual(SAMPLE_DATASET);
  });

  it('neutralises formulas in text cells but keeps negative numbers as numbers', () => {
    const csv = datasetToCsvPair(SAMPLE_DATASET);
    expect(csv.sitesCsv).toContain("'=Entrepôt frigorifique");
    expect(csv.sitesCsv).toContain(',-1.05,');
    expect(csv.flowsCsv).toContain('"\'-ligne 2\nsur deux lignes"');
    expect(csv.flowsCsv).toContain(',-25.5,');
  });

  it('keeps generated datasets through a workbook', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        expect(await parseWorkbook(await datasetToWorkbook(dataset))).toEqual(dataset);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('keeps generated datasets through CSV files in both dialects', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.boolean(), (dataset, french) => {
        const csv = datasetToCsvPair(dataset, french ? EXCEL_FR_CSV_DIALECT : {});
        expect(parseCsvTextsWithSource(csv).document).toEqual(dataset);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
