// Runs a match from the page: the match panel, its reducer state, starting the run and following it until
// the finished run's graph is shown; the start button is enabled only for roles that may run a match.

import { ApiError, type ToileApi } from '../api/toile-api';
import { matchRunPermission } from '../api/permissions';
import { INITIAL_MATCH_RUN_STATE, matchRunReducer, type MatchRunAction } from '../match/match-run-state';
import { MatchPanel } from '../ui/match-panel';
import { byId } from '../ui/dom';

/** What the controller needs of the application. */
export interface MatchHost {
  readonly api: ToileApi;
  readonly territoryId: string;
  /** Shows the finished run `runId` (graph, then the list of runs). */
  showRun(runId: string): Promise<void>;
}

export class MatchController {
  private state = INITIAL_MATCH_RUN_STATE;
  private stopFollowing: (() => void) | null = null;
  private readonly panel: MatchPanel;

  constructor(private readonly host: MatchHost) {
    this.panel = new MatchPanel(byId('match-body'), (parameters) => void this.start(parameters));
  }

  /** A territory is shown (or the user changed): forget the run being followed, update the permission. */
  reset(territoryId: string): void {
    this.panel.setPermission(matchRunPermission(this.host.api.session.user, territoryId));
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.dispatch({ type: 'reset' });
  }

  private dispatch(action: MatchRunAction): void {
    this.state = matchRunReducer(this.state, action);
    this.panel.update(this.state);
  }

  async start(parameters: Record<string, number>): Promise<void> {
    const { api, territoryId } = this.host;
    this.dispatch({ type: 'start' });
    let runId: string;
    try {
      runId = (await api.startMatchRun(territoryId, parameters)).id;
    } catch (error) {
      const httpStatus = error instanceof ApiError ? error.status : undefined;
      this.dispatch({ type: 'start-failed', httpStatus, message: (error as Error).message });
      return;
    }
    this.dispatch({ type: 'started', runId });
    this.stopFollowing?.();
    this.stopFollowing = api.followMatchRun(territoryId, runId, (event) => {
      if (territoryId !== this.host.territoryId) return;
      this.dispatch({ type: 'event', event });
      if (event.status === 'done') void this.host.showRun(runId);
    });
  }
}
