// Where the graph finds a match run's result to draw synergies: implemented by MatchRunsService.
// A token, so the graph does not depend on how runs are stored.

import type { MatchResult } from '@toile/flow-model';

export interface MatchResults {
  /** The given run's result (error if not done), or the latest done run's, or undefined when none. */
  resultFor(territoryId: string, runId?: string): Promise<{ runId: string; result: MatchResult } | undefined>;
}

export const MATCH_RESULTS = Symbol('MATCH_RESULTS');
