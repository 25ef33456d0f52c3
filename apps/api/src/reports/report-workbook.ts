// The report as a workbook (.xlsx): the dataset sheets exactly as the formats' datasetToWorkbook writes them
// (so the file re-imports as a dataset), plus `synergies`, `totaux` and `hypotheses`. Formula-like text is neutralised.

import type { Workbook } from 'exceljs';
import { neutraliseText } from '../formats/cell-values';
import { TABLE_COLUMNS } from '../formats/columns';
import { datasetToTables } from '../formats/dataset-tables';
import { addTableSheet } from '../formats/workbook-sheets';
import { newWorkbook, RECORD_TABLES, workbookBuffer } from '../formats/workbook-write';
import type { PreparedReport } from './prepare-report';
import type { ReportModel } from './report-model';

type Cell = string | number | undefined;

const text = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : neutraliseText(value);

export const SYNERGY_COLUMNS = [
  'id',
  'kind',
  'resource',
  'resourceLabel',
  'family',
  'supplierSiteId',
  'supplierName',
  'supplierFlowId',
  'consumerSiteId',
  'consumerName',
  'consumerFlowId',
  'members',
  'quantity',
  'unit',
  'distanceKm',
  'netValueEurPerYr',
  'co2AvoidedTPerYr',
  'rule',
  'transport',
  'explanation',
] as const;

/** One row per synergy, in the order of SYNERGY_COLUMNS (text neutralised). */
export function synergyRows(model: ReportModel): Cell[][] {
  return model.synergies.map((s) => [
    text(s.id),
    text(s.kind),
    text(s.resource),
    text(s.resourceLabel),
    text(s.family),
    text(s.supplier?.siteId),
    text(s.supplier?.name),
    text(s.supplier?.flowId),
    text(s.consumer?.siteId),
    text(s.consumer?.name),
    text(s.consumer?.flowId),
    s.members.length > 0 ? text(s.members.map((m) => `${m.siteId}:${m.flowId}`).join(';')) : undefined,
    s.quantity,
    text(s.unit),
    s.distanceKm,
    s.netValueEurPerYr,
    s.co2AvoidedTPerYr,
    text(s.ruleLabel),
    text(s.transport),
    text(s.explanation),
  ]);
}

function addPlainSheet(
  workbook: Workbook,
  name: string,
  header: readonly string[],
  rows: readonly Cell[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
  sheet.getRow(1).font = { bold: true };
  header.forEach((_, i) => {
    const width = Math.max(...[header, ...rows].map((r) => String(r[i] ?? '').length), 8);
    sheet.getColumn(i + 1).width = Math.min(width + 2, 60);
  });
}

export function totalsRows(model: ReportModel): Cell[][] {
  const t = model.totals;
  return [
    ['synergies', t.synergies, '', 'synergies proposées'],
    ['tonnesPerYr', t.tonnesPerYr, 't/yr', 'tonnes détournées par an'],
    ['mwhPerYr', t.mwhPerYr, 'MWh/yr', 'MWh valorisés par an'],
    ['m3PerYr', t.m3PerYr, 'm3/yr', 'm³ d’eau par an'],
    ['netValueEurPerYr', t.netValueEurPerYr, 'EUR/yr', 'valeur nette par an'],
    ['co2AvoidedTPerYr', t.co2AvoidedTPerYr, 'tCO2e/yr', 'tCO2e évitées par an'],
  ];
}

export async function reportWorkbook(report: PreparedReport): Promise<Buffer> {
  const workbook = newWorkbook();
  const tables = datasetToTables(report.dataset);
  addTableSheet(workbook, 'territory', tables.territory, [undefined, undefined]);
  for (const table of RECORD_TABLES) addTableSheet(workbook, table, tables[table], TABLE_COLUMNS[table]);
  const { model } = report;
  addPlainSheet(workbook, 'synergies', SYNERGY_COLUMNS, synergyRows(model));
  addPlainSheet(workbook, 'totaux', ['indicator', 'value', 'unit', 'label'], totalsRows(model));
  addPlainSheet(
    workbook,
    'hypotheses',
    ['group', 'name', 'value', 'unit', 'source', 'meaning'],
    model.assumptions.map((a) => [
      text(a.group),
      text(a.name),
      text(a.value),
      text(a.unit),
      text(a.source),
      text(a.meaning),
    ]),
  );
  if (model.meta.variant === 'public')
    addPlainSheet(
      workbook,
      'confidentialite',
      ['note'],
      model.confidentialityNotes.map((n) => [text(n)]),
    );
  return workbookBuffer(workbook);
}
