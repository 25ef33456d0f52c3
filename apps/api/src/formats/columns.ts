// The tables of the spreadsheet and CSV forms of toile.dataset/1 — one per sheet or CSV file — and the
// look-up of a header cell to its column. The column lists live in place-columns.ts and flow-columns.ts.

import type { ColumnSpec, TableName } from './column-spec';
import { FLOW_COLUMNS } from './flow-columns';
import { SITE_COLUMNS, TERRITORY_COLUMNS, ZONE_COLUMNS } from './place-columns';

export * from './column-spec';
export { FLOW_COLUMNS } from './flow-columns';
export { SITE_COLUMNS, TERRITORY_COLUMNS, ZONE_COLUMNS } from './place-columns';

export const TABLE_COLUMNS: Readonly<Record<TableName, readonly ColumnSpec[]>> = {
  territory: TERRITORY_COLUMNS,
  zones: ZONE_COLUMNS,
  sites: SITE_COLUMNS,
  flows: FLOW_COLUMNS,
};

/** The column of `table` named `header` (case and surrounding spaces ignored). */
export function findColumn(table: TableName, header: string): ColumnSpec | undefined {
  const wanted = header.trim().toLowerCase();
  return TABLE_COLUMNS[table].find((column) => column.name.toLowerCase() === wanted);
}
