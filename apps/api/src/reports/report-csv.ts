// The synergies of a report as CSV (one row per synergy, the workbook's `synergies` columns), text cells that a
// spreadsheet would run as a formula neutralised with a leading quote.

import { stringify } from 'csv-stringify/sync';
import type { ReportModel } from './report-model';
import { SYNERGY_COLUMNS, synergyRows } from './report-workbook';

export function reportSynergiesCsv(model: ReportModel): string {
  return stringify([[...SYNERGY_COLUMNS], ...synergyRows(model).map((row) => row.map((cell) => cell ?? ''))]);
}
