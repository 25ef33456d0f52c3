// Writes one table (header row + rows) into a worksheet the way both the export and the template want it:
// bold frozen header with a French note per column, text format on text columns, readable widths.

import type { Workbook, Worksheet } from 'exceljs';
import type { ColumnSpec } from './columns';
import type { OutTable } from './dataset-tables';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

/** The French note of a column header: meaning, unit, whether it is required, an example. */
export function columnNote(column: ColumnSpec): string {
  const lines = [column.meaningFr];
  if (column.unit !== undefined) lines.push(`Unité : ${column.unit}`);
  lines.push(`Obligatoire : ${column.requiredFr}`);
  lines.push(`Exemple : ${column.example}`);
  return lines.join('\n');
}

export function addTableSheet(
  workbook: Workbook,
  name: string,
  table: OutTable,
  columns: readonly (ColumnSpec | undefined)[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  table.forEach((cells) => sheet.addRow(cells.map((cell) => cell ?? null)));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    const width = Math.max(...table.map((cells) => String(cells[index] ?? '').length), 8);
    sheetColumn.width = Math.min(width + 2, 60);
    if (column === undefined) return;
    if (column.kind !== 'number' && column.kind !== 'boolean') sheetColumn.numFmt = '@';
    const cell = header.getCell(index + 1);
    cell.fill = HEADER_FILL;
    cell.note = columnNote(column);
  });
  return sheet;
}
