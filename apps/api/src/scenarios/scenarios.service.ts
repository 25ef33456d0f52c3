// Compares two done match runs of a territory: reads both (404 unknown, 409 not done) and hands their results
// and parameters to the pure compareRuns.

import { Injectable } from '@nestjs/common';
import type { MatchResult } from '@toile/flow-model';
import { MatchRunNotDoneError } from '../match-runs/match-run.errors';
import type { MatchRunDetail } from '../match-runs/match-run.views';
import { MatchRunsService } from '../match-runs/match-runs.service';
import { compareRuns } from './compare-runs';
import type { ScenarioComparisonView } from './scenario-comparison.views';

@Injectable()
export class ScenariosService {
  constructor(private readonly runs: MatchRunsService) {}

  async compare(territoryId: string, baseRunId: string, otherRunId: string): Promise<ScenarioComparisonView> {
    const base = await this.doneRun(territoryId, baseRunId);
    const other = await this.doneRun(territoryId, otherRunId);
    const comparison = compareRuns(base.result, other.result, base.parameters, other.parameters);
    const side = (run: DoneRun, totals: MatchResult['totals']) => ({
      runId: run.id,
      parameters: { ...run.parameters },
      ...(run.scenario ? { scenario: run.scenario } : {}),
      totals,
    });
    return {
      territoryId,
      ...comparison,
      base: side(base, comparison.base.totals),
      other: side(other, comparison.other.totals),
    } as ScenarioComparisonView;
  }

  private async doneRun(territoryId: string, runId: string): Promise<DoneRun> {
    const run = await this.runs.get(territoryId, runId);
    if (run.status !== 'done' || run.result === undefined) throw new MatchRunNotDoneError(runId, run.status);
    return run as DoneRun;
  }
}

type DoneRun = MatchRunDetail & { readonly result: MatchResult };
