// The blank workbook a facilitator fills in during a workshop, in French: a « lisez-moi » sheet, the
// territory/zones/sites/flows sheets with annotated headers and drop-down lists, the vocabulary sheets.

import type { Workbook, Worksheet } from 'exceljs';
import { TABLE_COLUMNS, type TableName } from './columns';
import { KEY_VALUE_HEADER } from './dataset-tables';
import {
  COLUMN_DOC_HEADER_FR,
  columnDocRows,
  INTRO_FR,
  RESOURCE_HEADER_FR,
  resourceRows,
  UNIT_HEADER_FR,
  unitRows,
} from './template-texts';
import { addTableSheet } from './workbook-sheets';
import { newWorkbook, workbookBuffer } from './workbook-write';

/** Rows of the record sheets that carry the drop-down lists. */
export const TEMPLATE_ROWS = 1000;

interface ListValidation {
  readonly type: 'list';
  readonly allowBlank: true;
  readonly formulae: readonly string[];
  readonly showErrorMessage: true;
  readonly errorStyle: 'stop' | 'warning';
  readonly errorTitle: string;
  readonly error: string;
}

function listOf(formula: string, error: string, errorStyle: 'stop' | 'warning' = 'stop'): ListValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle,
    errorTitle: 'Valeur hors liste',
    error,
  };
}

/** exceljs supports range addresses in worksheet.dataValidations, but does not type them. */
function addValidation(
  sheet: Worksheet,
  table: TableName,
  columnName: string,
  validation: ListValidation,
): void {
  const index = TABLE_COLUMNS[table].findIndex((column) => column.name === columnName);
  const letter = sheet.getColumn(index + 1).letter;
  const validations = (
    sheet as unknown as { dataValidations: { add(address: string, v: ListValidation): void } }
  ).dataValidations;
  validations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, validation);
}

function addTextSheet(
  workbook: Workbook,
  name: string,
  header: readonly string[],
  rows: string[][],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  rows.forEach((row) => sheet.addRow(row));
  header.forEach((_, index) => {
    const width = Math.max(...[header, ...rows].map((row) => String(row[index] ?? '').length));
    sheet.getColumn(index + 1).width = Math.min(width + 2, 70);
  });
  return sheet;
}

function addReadMe(workbook: Workbook): void {
  const sheet = workbook.addWorksheet('lisez-moi');
  INTRO_FR.forEach((line) => sheet.addRow([line]));
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow([...COLUMN_DOC_HEADER_FR]).font = { bold: true };
  columnDocRows().forEach((row) => sheet.addRow(row));
  [12, 18, 90, 16, 28, 30].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
}

function addTerritorySheet(workbook: Workbook): void {
  const rows = [
    [...KEY_VALUE_HEADER, 'aide'],
    ...TABLE_COLUMNS.territory.map((column) => [
      column.name,
      undefined,
      `${column.meaningFr} (ex. ${column.example})`,
    ]),
  ];
  addTableSheet(workbook, 'territory', rows, [undefined, undefined, undefined]);
}

function addValidations(workbook: Workbook, resourceCount: number, unitCount: number): void {
  const sites = workbook.getWorksheet('sites')!;
  const flows = workbook.getWorksheet('flows')!;
  const confidentiality = listOf('"public,territory,private"', 'public, territory ou private');
  addValidation(sites, 'sites', 'confidentiality', confidentiality);
  addValidation(
    sites,
    'sites',
    'zoneId',
    listOf(`zones!$A$2:$A$${TEMPLATE_ROWS}`, 'zone inconnue', 'warning'),
  );
  addValidation(
    flows,
    'flows',
    'siteId',
    listOf(`sites!$A$2:$A$${TEMPLATE_ROWS}`, 'site inconnu', 'warning'),
  );
  addValidation(flows, 'flows', 'direction', listOf('"output,input"', 'output ou input'));
  addValidation(
    flows,
    'flows',
    'resource',
    listOf(`ressources!$A$2:$A$${resourceCount + 1}`, 'clé absente de la feuille ressources'),
  );
  addValidation(
    flows,
    'flows',
    'unit',
    listOf(`unites!$A$2:$A$${unitCount + 1}`, 'unité non reconnue', 'warning'),
  );
  addValidation(flows, 'flows', 'hazardous', listOf('"oui,non"', 'oui ou non'));
  addValidation(flows, 'flows', 'confidentiality', confidentiality);
}

export async function templateWorkbook(): Promise<Buffer> {
  const workbook = newWorkbook();
  addReadMe(workbook);
  addTerritorySheet(workbook);
  for (const table of ['zones', 'sites', 'flows'] as const) {
    const columns = TABLE_COLUMNS[table];
    addTableSheet(workbook, table, [columns.map((column) => column.name)], columns);
  }
  const resources = resourceRows();
  const units = unitRows();
  addTextSheet(workbook, 'ressources', RESOURCE_HEADER_FR, resources);
  addTextSheet(workbook, 'unites', UNIT_HEADER_FR, units);
  addValidations(workbook, resources.length, units.length);
  return workbookBuffer(workbook);
}
