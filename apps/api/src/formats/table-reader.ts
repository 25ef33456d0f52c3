// Turns the rows of one sheet or CSV file into dataset records by their header row (pure), and reports
// unknown, duplicate or unnamed columns as problems rather than dropping them. Fully empty rows are skipped.

import type { Problem } from '@toile/flow-model';
import { ABSENT, isEmptyCell, readCell, type RawCell } from './cell-values';
import { findColumn, MONTH_COLUMNS, type ColumnSpec, type TableName } from './columns';
import { formatProblem } from './format-error';

export interface RawRow {
  /** 1-based row (spreadsheet) or first line (CSV) of this record in its source. */
  readonly rowNumber: number;
  readonly cells: readonly RawCell[];
}

export interface RawTable {
  /** Where the rows come from, for problem paths: `flows.csv` or the sheet name `flows`. */
  readonly source: string;
  /** Header row first. */
  readonly rows: readonly RawRow[];
  /** Accept `12,5` for 12.5 in numeric columns (`;` CSV files, spreadsheets). */
  readonly decimalComma: boolean;
}

export interface ReadTable {
  readonly records: readonly Record<string, unknown>[];
  /** rowNumbers[i] is the source row of records[i]. */
  readonly rowNumbers: readonly number[];
  readonly problems: readonly Problem[];
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function isEmptyRow(row: RawRow): boolean {
  return row.cells.every(isEmptyCell);
}

function resolveHeader(
  table: TableName,
  raw: RawTable,
): { columns: (ColumnSpec | undefined)[]; problems: Problem[] } {
  const header = raw.rows[0];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const columns = header.cells.map((cell, index) => {
    const where = `${raw.source}:column ${columnLetter(index)}`;
    if (isEmptyCell(cell)) return undefined;
    const column = findColumn(table, String(cell));
    if (column === undefined) {
      problems.push(
        formatProblem(
          where,
          'unknown-column',
          `colonne inconnue « ${String(cell)} » dans ${raw.source}`,
          cell,
        ),
      );
    } else if (seen.has(column.name)) {
      problems.push(formatProblem(where, 'duplicate-column', `colonne « ${column.name} » en double`, cell));
      return undefined;
    } else {
      seen.add(column.name);
    }
    return column;
  });
  return { columns, problems };
}

/** Groups m01…m12 into `months` and price + priceUnit into `price`. */
function groupFlowFields(record: Record<string, unknown>): Record<string, unknown> {
  const grouped: Record<string, unknown> = { ...record };
  if (MONTH_COLUMNS.some((name) => name in grouped)) {
    grouped.months = MONTH_COLUMNS.map((name) => (name in grouped ? grouped[name] : null));
  }
  for (const name of MONTH_COLUMNS) delete grouped[name];
  if ('price' in grouped || 'priceUnit' in grouped) {
    const price: Record<string, unknown> = {};
    if ('price' in grouped) price.value = grouped.price;
    if ('priceUnit' in grouped) price.unit = grouped.priceUnit;
    grouped.price = price;
    delete grouped.priceUnit;
  }
  return grouped;
}

/** Reads a table laid out as a header row then one record per row. */
export function readTable(table: TableName, raw: RawTable): ReadTable {
  if (raw.rows.length === 0) return { records: [], rowNumbers: [], problems: [] };
  const { columns, problems } = resolveHeader(table, raw);
  const records: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (const row of raw.rows.slice(1)) {
    if (isEmptyRow(row)) continue;
    const record: Record<string, unknown> = {};
    row.cells.forEach((cell, index) => {
      const column = columns[index];
      if (column === undefined) {
        if (index >= columns.length && !isEmptyCell(cell)) {
          problems.push(
            formatProblem(
              `${raw.source}:row ${row.rowNumber}, column ${columnLetter(index)}`,
              'cell-outside-columns',
              'valeur hors des colonnes nommées par la ligne d’en-tête',
              cell,
            ),
          );
        }
        return;
      }
      const value = readCell(cell, column.kind, raw);
      if (value !== ABSENT) record[column.name] = value;
    });
    records.push(table === 'flows' ? groupFlowFields(record) : record);
    rowNumbers.push(row.rowNumber);
  }
  return { records, rowNumbers, problems };
}

const KEY_HEADERS = new Set(['key', 'clé', 'cle', 'champ', 'field']);

/** Reads a key/value table (the territory sheet): column A the field name, column B its value. */
export function readKeyValueTable(
  table: TableName,
  raw: RawTable,
): { record: Record<string, unknown> | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const record: Record<string, unknown> = {};
  raw.rows.forEach((row, index) => {
    const key = row.cells[0];
    if (isEmptyRow(row)) return;
    if (index === 0 && KEY_HEADERS.has(String(key).trim().toLowerCase())) return;
    const where = `${raw.source}:row ${row.rowNumber}`;
    const column = isEmptyCell(key) ? undefined : findColumn(table, String(key));
    if (column === undefined) {
      problems.push(
        formatProblem(where, 'unknown-key', `champ inconnu « ${String(key ?? '')} » dans ${raw.source}`, key),
      );
      return;
    }
    const value = readCell(row.cells[1], column.kind, raw);
    if (value !== ABSENT) record[column.name] = value;
  });
  return { record: Object.keys(record).length === 0 ? undefined : record, problems };
}
