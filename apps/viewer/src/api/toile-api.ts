// The viewer's only door to the Toile API (same origin): territories, their graph and match runs, every call
// through the session's fetch (Bearer token, refresh on 401). The shapes the viewer expects are written here.

import type { MatchResult, ResultTotals, SerializedTerritoryGraph } from '@toile/flow-model';
import type { Session } from './session';
import { SseParser } from './sse-parser';

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
  constructor(
    readonly session: Session,
    private readonly base = '',
  ) {}

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const url = `${this.base}/api${path}`;
    const response = await this.session.fetch(url, {
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
   * Follows a run until it ends: the server-sent event stream, read with the session's fetch so it carries
   * the token (EventSource cannot send headers), or polling every `pollMs` when the stream fails.
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
    const abort = new AbortController();
    const finished = (e: MatchRunEvent) => e.status === 'done' || e.status === 'failed';
    const deliver = (event: MatchRunEvent) => {
      if (ended || stopped) return;
      if (finished(event)) ended = true;
      onEvent(event);
    };
    const poll = async () => {
      if (stopped || ended) return;
      try {
        const run = await this.getMatchRun(territoryId, runId);
        deliver({ status: run.status, progress: run.progress, stage: run.stage, error: run.error });
        if (!finished(run)) timer = setTimeout(() => void poll(), pollMs);
      } catch (error) {
        deliver({ status: 'failed', progress: 0, error: (error as Error).message });
      }
    };
    const stream = async () => {
      const url = `${this.base}/api/territories/${encodeURIComponent(territoryId)}/match-runs/${encodeURIComponent(runId)}/events`;
      const response = await this.session.fetch(url, {
        headers: { Accept: 'text/event-stream' },
        signal: abort.signal,
      });
      if (!response.ok || response.body === null) throw new ApiError(response.status, url, 'no event stream');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parser = new SseParser();
      while (!ended && !stopped) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const data of parser.push(value)) deliver(JSON.parse(data) as MatchRunEvent);
      }
      if (ended || stopped) abort.abort();
    };
    stream()
      .catch(() => undefined)
      .finally(() => {
        if (!ended && !stopped) void poll();
      });
    return () => {
      stopped = true;
      abort.abort();
      if (timer !== undefined) clearTimeout(timer);
    };
  }
}
