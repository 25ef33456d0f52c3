// The match-runs feature: queue, worker threads, persistence, HTTP endpoints and event stream.
// Global so that the graph endpoint finds MATCH_RESULTS (the synergies of a chosen or the latest done run).

import { Global, Module } from '@nestjs/common';
import { MATCH_RESULTS } from '../graph/match-results';
import { MatchRunDataset } from './match-run-dataset';
import { MatchRunQueue } from './match-run-queue';
import { DEFAULT_MATCH_RUN_SETTINGS, MATCH_RUN_SETTINGS } from './match-run.settings';
import { MatchRunsController } from './match-runs.controller';
import { MatchRunsService } from './match-runs.service';

@Global()
@Module({
  controllers: [MatchRunsController],
  providers: [
    MatchRunsService,
    MatchRunQueue,
    MatchRunDataset,
    { provide: MATCH_RUN_SETTINGS, useValue: DEFAULT_MATCH_RUN_SETTINGS },
    { provide: MATCH_RESULTS, useExisting: MatchRunsService },
  ],
  exports: [MatchRunsService, MATCH_RESULTS],
})
export class MatchRunsModule {}
