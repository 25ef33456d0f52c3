// Reports of a done match run as the API serves them: the stored dataset of the territory (as it is now), the
// run's result and parameters, the chosen variant, written in the asked format. The building is pure (see prepareReport).

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { exportDataset } from '../datasets/dataset-store';
import { MatchRunNotDoneError } from '../match-runs/match-run.errors';
import { MatchRunsService } from '../match-runs/match-runs.service';
import { prepareReport } from './prepare-report';
import { writeReport, type ReportFormat } from './report-media';
import type { ReportVariant } from './report-model';

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly runs: MatchRunsService,
  ) {}

  async write(
    territoryId: string,
    runId: string,
    format: ReportFormat,
    variant: ReportVariant,
  ): Promise<Buffer> {
    const run = await this.runs.get(territoryId, runId);
    if (run.status !== 'done' || run.result === undefined) throw new MatchRunNotDoneError(runId, run.status);
    const dataset = await exportDataset(this.ds, territoryId);
    const report = prepareReport(
      {
        dataset,
        result: run.result,
        parameters: run.parameters,
        runId: run.id,
        date: run.finishedAt ?? run.createdAt,
      },
      variant,
    );
    return writeReport(report, format);
  }
}
