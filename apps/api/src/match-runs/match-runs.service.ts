// Owns the match runs of a territory as the API sees them: validates and queues a run, lists and reads runs,
// follows one as a stream of updates, queries a result's synergies, and hands results to the graph.

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import {
  concat,
  distinctUntilChanged,
  filter,
  finalize,
  of,
  ReplaySubject,
  takeWhile,
  type Observable,
} from 'rxjs';
import { DataSource, IsNull, type Repository } from 'typeorm';
import { getResource, type MatchResult } from '@toile/flow-model';
import { resolveMatchParameters, validateMatchParameters } from '@toile/matcher';
import { ValidationFailedError } from '../errors/domain-errors';
import { withSynergyKeys } from '../follow-up/synergy-key';
import type { MatchResults } from '../graph/match-results';
import { applyScenario, type MatchScenario, normaliseScenario } from '../scenarios/match-scenario';
import type { MatchPin } from './match-pin';
import { MatchRunDataset } from './match-run-dataset';
import { MatchRunEntity } from './match-run.entity';
import { MatchParametersError, MatchRunNotDoneError, MatchRunNotFoundError } from './match-run.errors';
import { MatchRunQueue } from './match-run-queue';
import {
  type MatchRunDetail,
  type MatchRunStarted,
  type MatchRunSummary,
  toDetail,
  toStarted,
  toSummary,
} from './match-run.views';
import { querySynergies, type SynergyPage, type SynergyQuery } from './synergy-query';

export interface MatchRunSynergies extends SynergyPage {
  readonly runId: string;
}

export interface StartMatchRunInput {
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly pins?: readonly MatchPin[];
  /** A variant of the territory for this run only. */
  readonly scenario?: MatchScenario;
}

/** Every column but the result, for lists. */
/** Parsed results of done runs kept in memory (most recently loaded). */
const RESULT_CACHE_SIZE = 8;

const SUMMARY_COLUMNS: (keyof MatchRunEntity)[] = [
  'id',
  'territoryId',
  'status',
  'parameters',
  'pins',
  'scenario',
  'progress',
  'stage',
  'error',
  'totals',
  'createdAt',
  'startedAt',
  'finishedAt',
];

@Injectable()
export class MatchRunsService implements MatchResults {
  private readonly runs: Repository<MatchRunEntity>;

  private readonly resultCache = new Map<string, MatchResult>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly datasets: MatchRunDataset,
    private readonly queue: MatchRunQueue,
  ) {
    this.runs = dataSource.getRepository(MatchRunEntity);
  }

  async start(territoryId: string, input: StartMatchRunInput): Promise<MatchRunStarted> {
    const partial = input.parameters ?? {};
    const problems = validateMatchParameters(partial);
    if (problems.length > 0) throw new MatchParametersError(problems);
    await this.datasets.assertTerritory(territoryId);
    const scenario = normaliseScenario(input.scenario);
    if (scenario !== null) {
      const scenarioProblems = applyScenario(await this.datasets.export(territoryId), scenario).problems;
      if (scenarioProblems.length > 0) throw new ValidationFailedError(scenarioProblems);
    }
    const run = this.runs.create({
      id: randomUUID(),
      territoryId,
      status: 'queued',
      parameters: { ...resolveMatchParameters(partial) },
      pins: (input.pins ?? []).map(({ supplyFlowId, demandFlowId, pin }) => ({
        supplyFlowId,
        demandFlowId,
        pin,
      })),
      scenario,
      progress: 0,
      stage: null,
      error: null,
      result: null,
      totals: null,
      createdAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
    });
    await this.runs.save(run);
    this.queue.schedule();
    return toStarted(run);
  }

  /** Newest first, without the results. */
  async list(territoryId: string): Promise<MatchRunSummary[]> {
    await this.datasets.assertTerritory(territoryId);
    const rows = await this.runs.find({
      where: { territoryId },
      order: { createdAt: 'DESC' },
      select: SUMMARY_COLUMNS,
    });
    return rows.map((row) => toSummary({ ...row, result: null }, this.queue.liveOf(row)));
  }

  async get(territoryId: string, runId: string): Promise<MatchRunDetail> {
    const run = await this.find(territoryId, runId);
    return toDetail(run, this.queue.liveOf(run));
  }

  /**
   * The given run's result (error if not done), else the latest done run's on the stored territory (scenario runs
   * are only used when asked for by id), else undefined (for the graph, the follow-up, the reports).
   */
  async resultFor(
    territoryId: string,
    runId?: string,
  ): Promise<{ runId: string; result: MatchResult } | undefined> {
    if (runId !== undefined) {
      const run = await this.find(territoryId, runId);
      if (run.status !== 'done' || run.result === null) throw new MatchRunNotDoneError(runId, run.status);
      return { runId: run.id, result: run.result };
    }
    const latest = await this.runs.findOne({
      where: { territoryId, status: 'done', scenario: IsNull() },
      order: { finishedAt: 'DESC' },
      select: { id: true },
    });
    const result = latest === null ? null : await this.doneResult(latest.id);
    return latest !== null && result !== null ? { runId: latest.id, result } : undefined;
  }

  /** `project` narrows the result to what the caller may see (role projections) before the query runs. */
  async synergies(
    territoryId: string,
    runId: string,
    query: SynergyQuery,
    project?: (result: MatchResult) => Promise<MatchResult>,
  ): Promise<MatchRunSynergies> {
    const run = await this.find(territoryId, runId);
    if (run.status !== 'done' || run.result === null) throw new MatchRunNotDoneError(runId, run.status);
    const familyOf = (resource: string): string | undefined => getResource(resource)?.family;
    const result = project === undefined ? withSynergyKeys(run.result) : await project(run.result);
    return { runId: run.id, ...querySynergies(result.synergies, query, familyOf) };
  }

  /**
   * The run's state now, then each update, ending with (and including) its final state.
   * Updates are listened to before the run is read, so none falls between the two.
   */
  async follow(territoryId: string, runId: string): Promise<Observable<MatchRunSummary>> {
    const buffered = new ReplaySubject<MatchRunSummary>();
    const listening = this.queue.updates.pipe(filter((update) => update.id === runId)).subscribe(buffered);
    try {
      const run = await this.find(territoryId, runId);
      return concat(of(toSummary(run, this.queue.liveOf(run))), buffered).pipe(
        distinctUntilChanged(
          (a, b) =>
            a.status === b.status && a.progress === b.progress && a.stage === b.stage && a.error === b.error,
        ),
        takeWhile((update) => update.status === 'queued' || update.status === 'running', true),
        finalize(() => listening.unsubscribe()),
      );
    } catch (error) {
      listening.unsubscribe();
      throw error;
    }
  }

  private async find(territoryId: string, runId: string): Promise<MatchRunEntity> {
    const run = await this.runs.findOne({ where: { id: runId, territoryId }, select: SUMMARY_COLUMNS });
    if (run) return { ...run, result: run.status === 'done' ? await this.doneResult(run.id) : null };
    await this.datasets.assertTerritory(territoryId);
    throw new MatchRunNotFoundError(runId);
  }

  /**
   * A done run's result: immutable, so the last few are kept parsed (a 10,000-site result is megabytes of JSON
   * that every graph, synergy and report request would otherwise read and parse again). Shared: never mutate.
   */
  private async doneResult(runId: string): Promise<MatchResult | null> {
    const cached = this.resultCache.get(runId);
    if (cached !== undefined) return cached;
    const row = await this.runs.findOne({ where: { id: runId }, select: { id: true, result: true } });
    const result = row?.result ?? null;
    if (result !== null) {
      this.resultCache.set(runId, result);
      if (this.resultCache.size > RESULT_CACHE_SIZE) {
        this.resultCache.delete(this.resultCache.keys().next().value!);
      }
    }
    return result;
  }
}
