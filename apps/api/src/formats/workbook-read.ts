// Reads a toile.dataset/1 workbook (.xlsx): sheets `sites` and `flows`, optional `territory` and `zones`;
// the template's explanatory sheets and any other sheet are ignored. Unreadable input → FormatError.

import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import type { RawCell } from './cell-values';
import { assembleDataset, type ParsedDataset, type SourceTables } from './dataset-assembly';
import { FormatError, formatProblem } from './format-error';
import type { RawRow, RawTable } from './table-reader';
import { DEFAULT_ZIP_LIMITS, isZip, listZipEntries, type ZipLimits } from './zip-guard';

const WORKBOOK = 'classeur';

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Reduces an exceljs cell value (formula, rich text, hyperlink, date, error) to a plain cell. */
export function plainCell(value: CellValue): RawCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? undefined : plainCell(value.result as CellValue);
  }
  if ('hyperlink' in value) return plainCell(value.text as CellValue);
  if ('error' in value) return value.error;
  return String(value);
}

function sheetTable(sheet: Worksheet): RawTable {
  const rows: RawRow[] = [];
  const columnCount = sheet.columnCount;
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: RawCell[] = [];
    for (let column = 1; column <= columnCount; column += 1) cells.push(plainCell(row.getCell(column).value));
    rows.push({ rowNumber, cells });
  }
  return { source: sheet.name, rows, decimalComma: true };
}

async function loadWorkbook(buffer: Buffer, limits: ZipLimits): Promise<Workbook> {
  if (!isZip(buffer)) {
    throw new FormatError([
      formatProblem(WORKBOOK, 'not-a-workbook', 'ce fichier n’est pas un classeur .xlsx'),
    ]);
  }
  if (!listZipEntries(buffer, WORKBOOK, limits).includes('xl/workbook.xml')) {
    throw new FormatError([
      formatProblem(
        WORKBOOK,
        'not-a-workbook',
        'archive zip qui n’est pas un classeur .xlsx (des CSV zippés ?)',
      ),
    ]);
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FormatError([
      formatProblem(WORKBOOK, 'unreadable-workbook', `classeur .xlsx illisible (${reason})`),
    ]);
  }
  return workbook;
}

/** The dataset document of a workbook, with the row of each record. */
export async function parseWorkbookWithSource(
  buffer: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ParsedDataset> {
  const workbook = await loadWorkbook(buffer, limits);
  const sheet = (name: string): Worksheet | undefined =>
    workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === name);
  const missing = ['sites', 'flows'].filter((name) => sheet(name) === undefined);
  if (missing.length > 0) {
    throw new FormatError(
      missing.map((name) =>
        formatProblem(`${WORKBOOK}:${name}`, 'missing-sheet', `feuille « ${name} » absente du classeur`),
      ),
    );
  }
  const optional = (name: string): RawTable | undefined => {
    const found = sheet(name);
    return found === undefined ? undefined : sheetTable(found);
  };
  const tables: SourceTables = {
    territory: optional('territory'),
    zones: optional('zones'),
    sites: sheetTable(sheet('sites')!),
    flows: sheetTable(sheet('flows')!),
  };
  return assembleDataset(tables);
}

/** The dataset-shaped plain object of a workbook (validate it before use). */
export async function parseWorkbook(buffer: Buffer): Promise<unknown> {
  return (await parseWorkbookWithSource(buffer)).document;
}
