// Fills the blank workshop templates the way a facilitator would: one row per record under the template's own
// header row (the column names), territory as key/value rows. Used to test template → import → export.

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Workbook } from 'exceljs';
import type { Dataset } from '@toile/flow-model';

type Cell = string | number | boolean | undefined;

/** The cell of column `header` for a record of the dataset. */
export function cellOf(header: string, record: Readonly<Record<string, unknown>>): Cell {
  const month = /^m(\d\d)$/u.exec(header);
  if (month) return (record.months as number[] | undefined)?.[Number(month[1]) - 1];
  const price = record.price as { value: number; unit: string } | undefined;
  if (header === 'price') return price?.value;
  if (header === 'priceUnit') return price?.unit;
  const value = record[header];
  if (Array.isArray(value)) return value.join(';');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value as Cell;
}

const TABLES = ['zones', 'sites', 'flows'] as const;

function records(dataset: Dataset, table: (typeof TABLES)[number]): readonly Record<string, unknown>[] {
  return dataset[table] as unknown as readonly Record<string, unknown>[];
}

export async function fillTemplateWorkbook(template: Buffer, dataset: Dataset): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load(template as never);
  const territory = workbook.getWorksheet('territory')!;
  territory.eachRow((row, n) => {
    const key = row.getCell(1).value;
    if (n > 1 && typeof key === 'string')
      row.getCell(2).value = cellOf(key, dataset.territory as never) ?? null;
  });
  for (const table of TABLES) {
    const sheet = workbook.getWorksheet(table)!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    records(dataset, table).forEach((record, i) => {
      const row = sheet.getRow(i + 2);
      headers.forEach((header, c) => {
        row.getCell(c + 1).value = cellOf(header, record) ?? null;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvCell(cell: Cell): string {
  if (cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : String(cell);
  return /[;"\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Fills the `;` CSV files of the template zip (decimal commas, as French Excel writes them). */
export function fillTemplateCsvZip(template: Buffer, dataset: Dataset): Buffer {
  const files = unzipSync(template);
  const out: Record<string, Uint8Array> = { ...files };
  const lines = (name: string) =>
    strFromU8(files[name])
      .replace(/^\uFEFF/u, '')
      .split(/\r?\n/u)
      .filter((l) => l !== '');
  const territoryRows = lines('territory.csv').map((line, n) => {
    if (n === 0) return line;
    const key = line.split(';')[0];
    return `${key};${csvCell(cellOf(key, dataset.territory as never))}`;
  });
  out['territory.csv'] = strToU8(`${territoryRows.join('\n')}\n`);
  for (const table of TABLES) {
    const [header] = lines(`${table}.csv`);
    const headers = header.split(';');
    const rows = records(dataset, table).map((record) =>
      headers.map((h) => csvCell(cellOf(h, record))).join(';'),
    );
    out[`${table}.csv`] = strToU8(`${[header, ...rows].join('\n')}\n`);
  }
  return Buffer.from(zipSync(out));
}
