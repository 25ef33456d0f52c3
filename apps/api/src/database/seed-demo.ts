// First start: an empty database (no territory at all) receives the demo territory from @toile/seeds,
// through the same importDataset as any upload. A database with any territory is never touched.

import type { DataSource } from 'typeorm';
import { demoDataset } from '@toile/seeds';
import { type ImportOutcome, importDataset } from '../datasets/dataset-store';
import { TerritoryEntity } from './entities';

/** Imports the demo territory when the database has no territory; undefined when it had one. */
export async function seedDemoIfEmpty(ds: DataSource): Promise<ImportOutcome | undefined> {
  if ((await ds.getRepository(TerritoryEntity).count()) > 0) return undefined;
  const outcome = await importDataset(ds, demoDataset.territory.id, demoDataset, {
    format: 'json',
    systemLabel: 'premier démarrage',
  });
  // The demo is fictional: its public page is on, so the viewer shows its public face before anyone signs in.
  await ds.getRepository(TerritoryEntity).update({ id: demoDataset.territory.id }, { publicPage: true });
  return outcome;
}
