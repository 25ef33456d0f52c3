// Lays a dataset out as the tables of its spreadsheet and CSV forms (pure): a header row of column names
// then one row per record; the territory as key/value rows. Exactly what table-reader reads back.

import type { Dataset, Flow } from '@toile/flow-model';
import { writeCell } from './cell-values';
import { DATASET_NOTE_KEY, MONTH_COLUMNS, TABLE_COLUMNS, type ColumnSpec, type TableName } from './columns';

export type OutCell = string | number | boolean | undefined;
export type OutTable = readonly (readonly OutCell[])[];

export const KEY_VALUE_HEADER: readonly string[] = ['key', 'value'];

function flowField(flow: Flow, column: ColumnSpec): unknown {
  const month = MONTH_COLUMNS.indexOf(column.name);
  if (month >= 0) return flow.months?.[month];
  if (column.name === 'price') return flow.price?.value;
  if (column.name === 'priceUnit') return flow.price?.unit;
  return (flow as unknown as Record<string, unknown>)[column.name];
}

function recordTable(table: TableName, records: readonly object[]): OutTable {
  const columns = TABLE_COLUMNS[table];
  const field = (record: object, column: ColumnSpec): unknown =>
    table === 'flows' ? flowField(record as Flow, column) : (record as Record<string, unknown>)[column.name];
  return [
    columns.map((column) => column.name),
    ...records.map((record) => columns.map((column) => writeCell(field(record, column), column.kind))),
  ];
}

export interface DatasetTables {
  readonly territory: OutTable;
  readonly zones: OutTable;
  readonly sites: OutTable;
  readonly flows: OutTable;
}

export function datasetToTables(dataset: Dataset): DatasetTables {
  const territory: Record<string, unknown> = {
    ...dataset.territory,
    [DATASET_NOTE_KEY]: (dataset as { note?: unknown }).note,
  };
  return {
    territory: [
      KEY_VALUE_HEADER,
      ...TABLE_COLUMNS.territory.map((column) => [
        column.name,
        writeCell(territory[column.name], column.kind),
      ]),
    ],
    zones: recordTable('zones', dataset.zones),
    sites: recordTable('sites', dataset.sites),
    flows: recordTable('flows', dataset.flows),
  };
}
