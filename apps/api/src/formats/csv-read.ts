// Reads the CSV form of a dataset: sites.csv and flows.csv (optional zones.csv, territory.csv), separated
// by `,` or `;` (French Excel: `;` with decimal commas), UTF-8 with or without BOM.

import { parse } from 'csv-parse/sync';
import type { RawCell } from './cell-values';
import { assembleDataset, type DatasetMeta, type ParsedDataset, type SourceTables } from './dataset-assembly';
import { FormatError, formatProblem } from './format-error';
import type { RawRow, RawTable } from './table-reader';

export type CsvDelimiter = ',' | ';';

interface CsvRecordWithInfo {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** The separator of a CSV text, from its header line: `;` when it has more `;` than `,`. */
export function detectDelimiter(text: string): CsvDelimiter {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (character: string): number => firstLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The rows of one CSV text, each with the line it starts on. */
export function csvTable(text: string, source: string): { table: RawTable; delimiter: CsvDelimiter } {
  const delimiter = detectDelimiter(text);
  let parsed: CsvRecordWithInfo[];
  try {
    parsed = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
    }) as unknown as CsvRecordWithInfo[];
  } catch (error) {
    const details = error as { message?: string; lines?: number };
    const where = details.lines === undefined ? source : `${source}:row ${details.lines}`;
    throw new FormatError([
      formatProblem(where, 'bad-csv', `CSV illisible (${String(details.message ?? error).split('\n')[0]})`),
    ]);
  }
  let previousLine = 0;
  const rows: RawRow[] = parsed.map(({ record, info }) => {
    const row = { rowNumber: previousLine + 1, cells: record as RawCell[] };
    previousLine = info.lines;
    return row;
  });
  return { table: { source, rows, decimalComma: delimiter === ';' }, delimiter };
}

export interface CsvTexts {
  readonly sitesCsv: string;
  readonly flowsCsv: string;
  readonly zonesCsv?: string;
  readonly territoryCsv?: string;
}

/** Reads the CSV texts, each file with its own separator, decimal commas accepted in `;` files. */
export function parseCsvTextsWithSource(texts: CsvTexts, meta: DatasetMeta = {}): ParsedDataset {
  const sites = csvTable(texts.sitesCsv, 'sites.csv');
  const flows = csvTable(texts.flowsCsv, 'flows.csv');
  const zones = texts.zonesCsv === undefined ? undefined : csvTable(texts.zonesCsv, 'zones.csv');
  const territory =
    texts.territoryCsv === undefined ? undefined : csvTable(texts.territoryCsv, 'territory.csv');
  const tables: SourceTables = {
    sites: sites.table,
    flows: flows.table,
    zones: zones?.table,
    territory: territory?.table,
  };
  return assembleDataset(tables, meta);
}

/** The dataset-shaped plain object of a sites/flows CSV pair (validate it before use). */
export function parseCsvPair(sitesCsv: string, flowsCsv: string, meta: DatasetMeta = {}): unknown {
  return parseCsvTextsWithSource({ sitesCsv, flowsCsv }, meta).document;
}
