// Public entry of @toile/seeds: the demo territory and the tiny hand-solvable territories.
// The JSON files under ./data are imported (resolveJsonModule), so tsc copies them into dist/data.
import type { Dataset } from '@toile/flow-model';
import { asDataset } from './as-dataset';
import demoJson from './data/demo-estuaire.json';
import tinyHeatH2Json from './data/tiny-heat-h2.json';
import tinyMaterialsJson from './data/tiny-materials.json';

export { SeedError } from './seed-error';

/** Fictional demo territory on the real industrial zones of the Seine estuary (Le Havre to Port-Jérôme). */
export const demoDataset: Dataset = asDataset('demo-estuaire', demoJson);

/** Four sites: one FGD gypsum output, two plasterboard inputs (2 km and 50 km), one waste with no partner. */
export const tinyMaterialsDataset: Dataset = asDataset('tiny-materials', tinyMaterialsJson);

/** Waste heat at 90 °C, a 60 °C need, a 95 °C need (heat pump), a 99.9 % hydrogen surplus and a 99.97 % demand. */
export const tinyHeatH2Dataset: Dataset = asDataset('tiny-heat-h2', tinyHeatH2Json);

/** Every seed by its territory id. */
export const SEED_DATASETS: Readonly<Record<string, Dataset>> = {
  [demoDataset.territory.id]: demoDataset,
  [tinyMaterialsDataset.territory.id]: tinyMaterialsDataset,
  [tinyHeatH2Dataset.territory.id]: tinyHeatH2Dataset,
};

export * from './tiny-expectations';
