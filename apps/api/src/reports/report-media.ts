// The report formats: media type, file suffix and the writer of each, over a prepared report (pure writers;
// only the PDF and the workbook are asynchronous).

import type { PreparedReport } from './prepare-report';
import { renderReportPdf } from './pdf/render-report-pdf';
import { reportSynergiesCsv } from './report-csv';
import { reportGeoJson } from './report-geojson';
import { reportWorkbook } from './report-workbook';

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'geojson'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
};

/** The file a format is written as, e.g. `rapport-demo-estuaire-public.pdf`. */
export function reportFileName(territoryId: string, format: ReportFormat, variant: string): string {
  const base = format === 'csv' ? 'synergies' : 'rapport';
  return `${base}-${territoryId}${variant === 'public' ? '-public' : ''}.${format}`;
}

export async function writeReport(report: PreparedReport, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderReportPdf(report.model);
    case 'xlsx':
      return reportWorkbook(report);
    case 'csv':
      return Buffer.from(reportSynergiesCsv(report.model), 'utf8');
    case 'geojson':
      return Buffer.from(`${JSON.stringify(reportGeoJson(report.model), null, 1)}\n`, 'utf8');
  }
}
