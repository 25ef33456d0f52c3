// The allowed values of the dataset's enumerated fields, as data (for validation, forms and docs).
// Mirrors the `Confidentiality` and `Direction` types of dataset.ts.

import type { Confidentiality, Direction } from './dataset';

export const CONFIDENTIALITIES: readonly Confidentiality[] = Object.freeze([
  'public',
  'territory',
  'private',
]);
export const DIRECTIONS: readonly Direction[] = Object.freeze(['output', 'input']);
/** Default confidentiality of a site (a flow defaults to its site's). */
export const DEFAULT_CONFIDENTIALITY: Confidentiality = 'territory';
