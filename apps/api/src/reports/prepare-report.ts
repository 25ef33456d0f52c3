// prepareReport: the data a report shows in the chosen variant (pure): the full dataset and result, or their
// public variant (publicVariant), and the report model built from them.

import type { Dataset, MatchResult } from '@toile/flow-model';
import { buildReportModel } from './build-report-model';
import type { ReportInput, ReportModel, ReportVariant } from './report-model';
import { publicVariant } from './public-variant';

export interface PreparedReport {
  readonly model: ReportModel;
  /** The dataset shown (public: anonymised, private flows removed); still a valid toile.dataset/1. */
  readonly dataset: Dataset;
  readonly result: MatchResult;
}

export function prepareReport(input: ReportInput, variant: ReportVariant = 'full'): PreparedReport {
  if (variant === 'full')
    return { model: buildReportModel(input), dataset: input.dataset, result: input.result };
  const pub = publicVariant(input.dataset, input.result);
  const model = buildReportModel(
    { ...input, dataset: pub.dataset, result: pub.result },
    {
      variant: 'public',
      withheld: pub.withheld,
      confidentialityNotes: pub.notes,
      anonymisedSiteIds: pub.anonymisedSiteIds,
    },
  );
  return { model, dataset: pub.dataset, result: pub.result };
}
