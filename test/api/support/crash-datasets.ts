// The two large toile.dataset/1 documents the crash-safety test imports in turn over the same territory:
// different seeds, site counts and names, so a stored dataset tells which one it is, or that it is a mix.

import type { Dataset } from '@toile/flow-model';
import { realisticTerritory } from '../../matcher/support/random-territory';

export type CrashVariant = 'A' | 'B';

export interface CrashDataset {
  readonly variant: CrashVariant;
  readonly doc: Dataset;
  /** The JSON body sent (built once: the same bytes at every import). */
  readonly body: string;
}

const SHAPES: Readonly<Record<CrashVariant, { readonly siteCount: number; readonly seed: number }>> = {
  A: { siteCount: 3000, seed: 6061 },
  B: { siteCount: 2500, seed: 6062 },
};

/** Dataset A or B of territory `territoryId` (thousands of sites and flows: an import takes a while). */
export function crashDataset(territoryId: string, variant: CrashVariant): CrashDataset {
  const shape = SHAPES[variant];
  const generated = realisticTerritory(shape.siteCount, shape.seed);
  const doc: Dataset = {
    ...generated,
    territory: { id: territoryId, name: `Essai de coupure ${variant}`, kind: 'zae' },
  };
  return { variant, doc, body: JSON.stringify(doc) };
}

export function otherVariant(variant: CrashVariant): CrashVariant {
  return variant === 'A' ? 'B' : 'A';
}
