// What the API answers about match runs: the response shapes and their mappers from the entity
// (entities never leave the service layer).

import type { MatchResult, ResultTotals } from '@toile/flow-model';
import { withSynergyKeys } from '../follow-up/synergy-key';
import type { MatchScenario } from '../scenarios/match-scenario';
import type { MatchPin } from './match-pin';
import type { MatchRunEntity, MatchRunStatus } from './match-run.entity';

export interface MatchRunStarted {
  readonly id: string;
  readonly territoryId: string;
  readonly status: MatchRunStatus;
  readonly progress: number;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  /** The variant of the territory (label, sites left out, sites and flows added), when the run has one. */
  readonly scenario?: MatchScenario;
}

export interface MatchRunSummary {
  readonly id: string;
  readonly territoryId: string;
  readonly status: MatchRunStatus;
  readonly progress: number;
  readonly stage: string | null;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** The variant of the territory, when the run has one. */
  readonly scenario?: MatchScenario;
  readonly error?: string;
  /** Present when done. */
  readonly totals?: ResultTotals;
}

export interface MatchRunDetail extends MatchRunSummary {
  readonly pins: readonly MatchPin[];
  /** The toile.result/1 document, when done. */
  readonly result?: MatchResult;
}

export interface MatchRunEvent {
  readonly status: MatchRunStatus;
  readonly progress: number;
  readonly stage: string | null;
  readonly error?: string;
}

/** Live progress of a running run, fresher than the throttled copy in the database. */
export interface LiveProgress {
  readonly progress: number;
  readonly stage: string | null;
}

export function toStarted(run: MatchRunEntity): MatchRunStarted {
  return {
    id: run.id,
    territoryId: run.territoryId,
    status: run.status,
    progress: run.progress,
    parameters: run.parameters,
    createdAt: run.createdAt,
    ...(run.scenario ? { scenario: run.scenario } : {}),
  };
}

export function toSummary(run: MatchRunEntity, live?: LiveProgress): MatchRunSummary {
  return {
    id: run.id,
    territoryId: run.territoryId,
    status: run.status,
    progress: live && run.status === 'running' ? live.progress : run.progress,
    stage: live && run.status === 'running' ? live.stage : run.stage,
    parameters: run.parameters,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    ...(run.scenario ? { scenario: run.scenario } : {}),
    ...(run.error !== null ? { error: run.error } : {}),
    ...(run.totals !== null ? { totals: run.totals } : {}),
  };
}

export function toDetail(run: MatchRunEntity, live?: LiveProgress): MatchRunDetail {
  return {
    ...toSummary(run, live),
    pins: run.pins,
    // Keys are stored with results since the follow-up; added here for runs stored before it.
    ...(run.result !== null ? { result: withSynergyKeys(run.result) } : {}),
  };
}

export function toEvent(run: MatchRunSummary): MatchRunEvent {
  return {
    status: run.status,
    progress: run.progress,
    stage: run.stage,
    ...(run.error !== undefined ? { error: run.error } : {}),
  };
}

/** What a caller who does not manage the territory learns of a run: its state, nothing of its inputs or result. */
export interface MatchRunStatusView {
  readonly id: string;
  readonly territoryId: string;
  readonly status: MatchRunStatus;
  readonly progress: number;
  readonly stage: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly error?: string;
}

export function statusOnly(run: MatchRunSummary): MatchRunStatusView {
  return {
    id: run.id,
    territoryId: run.territoryId,
    status: run.status,
    progress: run.progress,
    stage: run.stage,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    ...(run.error === undefined ? {} : { error: run.error }),
  };
}
