// Writes the CSV form of a dataset (sites.csv, flows.csv, zones.csv, territory.csv) in a chosen dialect:
// plain `,` CSV by default, or French Excel (`;`, decimal commas, BOM). csv-read reads both back.

import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '@toile/flow-model';
import type { CsvDelimiter } from './csv-read';
import { datasetToTables, type OutCell, type OutTable } from './dataset-tables';

export interface CsvDialect {
  readonly delimiter: CsvDelimiter;
  /** Write 12.5 as `12,5` (only with the `;` separator). */
  readonly decimalComma: boolean;
  /** Start with a UTF-8 byte order mark, so that Excel reads accents right. */
  readonly bom: boolean;
}

export const DEFAULT_CSV_DIALECT: CsvDialect = { delimiter: ',', decimalComma: false, bom: false };
export const EXCEL_FR_CSV_DIALECT: CsvDialect = { delimiter: ';', decimalComma: true, bom: true };

export function validateCsvDialect(dialect: CsvDialect): string[] {
  const reasons: string[] = [];
  if (dialect.delimiter !== ',' && dialect.delimiter !== ';') reasons.push('delimiter: « , » ou « ; »');
  if (dialect.decimalComma && dialect.delimiter !== ';') reasons.push('decimalComma: seulement avec « ; »');
  return reasons;
}

export function resolveCsvDialect(partial: Partial<CsvDialect> = {}): CsvDialect {
  const dialect = { ...DEFAULT_CSV_DIALECT, ...partial };
  const reasons = validateCsvDialect(dialect);
  if (reasons.length > 0) throw new Error(`toile formats: dialecte CSV invalide : ${reasons.join(', ')}`);
  return dialect;
}

function csvCell(cell: OutCell, dialect: CsvDialect): string {
  if (cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
  if (typeof cell === 'number') {
    const text = Object.is(cell, -0) ? '-0' : String(cell);
    return dialect.decimalComma ? text.replace('.', ',') : text;
  }
  return cell;
}

export function tableToCsv(table: OutTable, dialect: CsvDialect = DEFAULT_CSV_DIALECT): string {
  const rows = table.map((cells) => cells.map((cell) => csvCell(cell, dialect)));
  return (dialect.bom ? '\uFEFF' : '') + stringify(rows, { delimiter: dialect.delimiter });
}

export interface CsvFiles {
  readonly sitesCsv: string;
  readonly flowsCsv: string;
  readonly zonesCsv: string;
  readonly territoryCsv: string;
}

export function datasetToCsvPair(dataset: Dataset, dialect: Partial<CsvDialect> = {}): CsvFiles {
  const resolved = resolveCsvDialect(dialect);
  const tables = datasetToTables(dataset);
  return {
    sitesCsv: tableToCsv(tables.sites, resolved),
    flowsCsv: tableToCsv(tables.flows, resolved),
    zonesCsv: tableToCsv(tables.zones, resolved),
    territoryCsv: tableToCsv(tables.territory, resolved),
  };
}
