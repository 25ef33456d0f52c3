// Reading one cell into a dataset value by its column kind, and writing one back (pure functions).
// Text that a spreadsheet would run as a formula is neutralised with a leading quote on export, undone on import.

import type { ColumnKind } from './columns';

/** A cell as the readers hand it over: spreadsheet values already reduced to these. */
export type RawCell = string | number | boolean | null | undefined;

export interface NumberSyntax {
  /** Accept `12,5` for 12.5 (French CSV with `;` separators, spreadsheets). */
  readonly decimalComma: boolean;
}

/** Marks "no value": the field is left out of the record. */
export const ABSENT = Symbol('absent');

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+(e[+-]?\d+)?$/i;
const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'faux', 'non', 'no', '0']);

/** Prefixes `'` to text a spreadsheet would read as a formula (and to text already looking neutralised). */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseText: neutraliseText then restoreText gives the text back, whatever it was. */
export function restoreText(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

export function isEmptyCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The number a text means, or undefined when it is not a number. */
export function readNumberText(text: string, syntax: NumberSyntax): number | undefined {
  let candidate = text.trim();
  if (GROUPED_NUMBER.test(candidate)) candidate = candidate.replace(/[ \u00a0\u202f]/g, '');
  if (syntax.decimalComma && DECIMAL_COMMA.test(candidate)) candidate = candidate.replace(',', '.');
  if (!PLAIN_NUMBER.test(candidate)) return undefined;
  const value = Number(candidate);
  return Number.isFinite(value) ? value : undefined;
}

function readBoolean(cell: string | number | boolean): unknown {
  if (typeof cell === 'boolean') return cell;
  const word = String(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return typeof cell === 'string' ? restoreText(cell) : cell;
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The dataset value of a cell: ABSENT when empty; numbers for numeric columns when the text is a number
 * (other text stays as it is, so the validator reports it at its path); booleans from TRUE/FALSE/oui/non.
 */
export function readCell(cell: RawCell, kind: ColumnKind, syntax: NumberSyntax): unknown {
  if (cell === null || cell === undefined || isEmptyCell(cell)) return ABSENT;
  switch (kind) {
    case 'number':
      if (typeof cell === 'number') return cell;
      if (typeof cell === 'boolean') return cell;
      return readNumberText(restoreText(cell), syntax) ?? restoreText(cell);
    case 'boolean':
      return readBoolean(cell);
    case 'list': {
      const items = String(cell)
        .split(';')
        .map((item) => restoreText(item.trim()))
        .filter((item) => item !== '');
      return items.length === 0 ? ABSENT : items;
    }
    case 'json':
      return typeof cell === 'string' ? readJson(restoreText(cell)) : cell;
    case 'text':
      return typeof cell === 'string' ? restoreText(cell) : String(cell);
  }
}

/** The cell written for a dataset value of a column kind (undefined when the field is absent). */
export function writeCell(value: unknown, kind: ColumnKind): string | number | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  switch (kind) {
    case 'number':
    case 'boolean':
      return typeof value === 'number' || typeof value === 'boolean' ? value : neutraliseText(String(value));
    case 'list':
      return Array.isArray(value) ? value.map((item) => neutraliseText(String(item))).join(';') : undefined;
    case 'json':
      return neutraliseText(JSON.stringify(value));
    case 'text':
      return neutraliseText(String(value));
  }
}
