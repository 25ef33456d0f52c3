// The viewer's only door to the Toile API (same origin): territories, their graph and match runs.
// Every shape the viewer expects from the server is written here, so adjusting to the API happens in one file.

import type { MatchResult, ResultTotals, SerializedTerritoryGraph } from '@toile/flow-model';

export interface TerritorySummary {
  readonly id: string;
  readonly name: string;
  readonly kind?: string;
}

export type MatchRunStatus = 'queued' | 'running' | 'done' | 'failed';

export interface MatchRunStarted {
  readonly id: string;
  readonly status: MatchRunStatus;
}

export interface MatchRunSummary {
  readonly id: string;
  readonly status: MatchRunStatus;
  readonly progress: number;
  readonly stage?: string | null;
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly createdAt?: string;
  readonly finishedAt?: string | null;
  readonly error?: string;
  readonly totals?: ResultTotals;
}

export interface MatchRunDetail extends MatchRunSummary {
  readonly result?: MatchResult;
}

export interface MatchRunEvent {
  readonly status: MatchRunStatus;
  readonly progress: number;
  readonly stage?: string | null;
  readonly error?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    detail: string,
  ) {
    super(`@toile/viewer: ${url} answered ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'ApiError';
  }
}

export class ToileApi {
  constructor(private readonly base = '') {}

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const url = `${this.base}/api${path}`;
    const response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) },
    });
    if (!response.ok) {
      let detail = '';
      try {
        const body = (await response.json()) as { message?: unknown };
        detail = Array.isArray(body.message) ? body.message.join(' ; ') : String(body.message ?? '');
      } catch {
        detail = response.statusText;
      }
      throw new ApiError(response.status, url, detail);
    }
    return (await response.json()) as T;
  }

  listTerritories(): Promise<TerritorySummary[]> {
    return this.request('/territories');
  }

  /** The territory graph; with `runId`, the synergies and unmatched flows of that match run. */
  getGraph(territoryId: string, runId?: string): Promise<SerializedTerritoryGraph> {
    const query = runId ? `?runId=${encodeURIComponent(runId)}` : '';
    return this.request(`/territories/${encodeURIComponent(territoryId)}/graph${query}`);
  }

  startMatchRun(
    territoryId: string,
    parameters: Readonly<Record<string, unknown>>,
  ): Promise<MatchRunStarted> {
    return this.request(`/territories/${encodeURIComponent(territoryId)}/match-runs`, {
      method: 'POST',
      body: JSON.stringify({ parameters }),
    });
  }

  listMatchRuns(territoryId: string): Promise<MatchRunSummary[]> {
    return this.request(`/territories/${encodeURIComponent(territoryId)}/match-runs`);
  }

  getMatchRun(territoryId: string, runId: string): Promise<MatchRunDetail> {
    return this.request(
      `/territories/${encodeURIComponent(territoryId)}/match-runs/${encodeURIComponent(runId)}`,
    );
  }

  /**
   * Follows a run until it ends: server-sent events when the stream opens, polling every `pollMs` otherwise.
   * Returns a function that stops following.
   */
  followMatchRun(
    territoryId: string,
    runId: string,
    onEvent: (event: MatchRunEvent) => void,
    pollMs = 1000,
  ): () => void {
    let stopped = false;
    let ended = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let source: EventSource | undefined;
    const finished = (e: MatchRunEvent) => e.status === 'done' || e.status === 'failed';
    const poll = async () => {
      if (stopped) return;
      try {
        const run = await this.getMatchRun(territoryId, runId);
        if (stopped || ended) return;
        if (finished(run)) ended = true;
        onEvent({ status: run.status, progress: run.progress, stage: run.stage, error: run.error });
        if (!finished(run)) timer = setTimeout(poll, pollMs);
      } catch (error) {
        if (stopped) return;
        onEvent({ status: 'failed', progress: 0, error: (error as Error).message });
      }
    };
    const url = `${this.base}/api/territories/${encodeURIComponent(territoryId)}/match-runs/${encodeURIComponent(runId)}/events`;
    if (typeof EventSource === 'function') {
      source = new EventSource(url);
      source.onmessage = (message) => {
        const event = JSON.parse(message.data as string) as MatchRunEvent;
        if (ended || stopped) return;
        if (finished(event)) {
          ended = true;
          source?.close();
        }
        onEvent(event);
      };
      source.onerror = () => {
        source?.close();
        if (ended || stopped) return;
        source = undefined;
        void poll();
      };
    } else {
      void poll();
    }
    return () => {
      stopped = true;
      source?.close();
      if (timer !== undefined) clearTimeout(timer);
    };
  }
}
