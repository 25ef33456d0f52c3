// Writes a dataset as a workbook (.xlsx) with sheets territory, zones, sites and flows: exactly the
// layout parseWorkbook reads back, so dataset → workbook → dataset is the identity.

import { Workbook } from 'exceljs';
import type { Dataset } from '@toile/flow-model';
import { TABLE_COLUMNS, type TableName } from './columns';
import { datasetToTables } from './dataset-tables';
import { addTableSheet } from './workbook-sheets';

export const RECORD_TABLES: readonly Exclude<TableName, 'territory'>[] = ['zones', 'sites', 'flows'];

export async function workbookBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'Toile';
  return workbook;
}

export async function datasetToWorkbook(dataset: Dataset): Promise<Buffer> {
  const workbook = newWorkbook();
  const tables = datasetToTables(dataset);
  addTableSheet(workbook, 'territory', tables.territory, [undefined, undefined]);
  for (const table of RECORD_TABLES) addTableSheet(workbook, table, tables[table], TABLE_COLUMNS[table]);
  return workbookBuffer(workbook);
}
