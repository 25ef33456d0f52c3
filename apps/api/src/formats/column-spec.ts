// What a column of the spreadsheet and CSV forms is (its kind says how a cell is read, its French texts
// document it in the template), and the value lists and texts the tables share.

export type ColumnKind = 'text' | 'number' | 'boolean' | 'list' | 'json';
export type TableName = 'territory' | 'zones' | 'sites' | 'flows';

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  /** French: `oui`, `non`, or the condition under which the column is required. */
  readonly requiredFr: string;
  readonly meaningFr: string;
  readonly unit?: string;
  readonly example: string;
  /** Allowed values, offered as a drop-down list in the template. */
  readonly choices?: readonly string[];
}

export const DIRECTIONS = ['output', 'input'] as const;
export const CONFIDENTIALITIES = ['public', 'territory', 'private'] as const;
export const MONTH_COLUMNS = [
  'm01',
  'm02',
  'm03',
  'm04',
  'm05',
  'm06',
  'm07',
  'm08',
  'm09',
  'm10',
  'm11',
  'm12',
];

export const CONFIDENTIALITY_FR =
  'public : visible de tous ; territory : animateurs du territoire et, anonymisé, autres entreprises ; ' +
  'private : l’entreprise et les animateurs seulement';

/** Key of the territory sheet that holds the document's own `note` (not the territory's). */
export const DATASET_NOTE_KEY = 'datasetNote';

export const ID_FR = 'identifiant unique dans le fichier : minuscules, chiffres et tirets';
