// Executes queued match runs: one at a time per territory (a few territories at once), each in a worker
// thread; persists progress (throttled) and the outcome, publishes every update, fails runs a restart cut off.

import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import { DataSource, In, Not, type Repository } from 'typeorm';
import type { Dataset, MatchResult } from '@toile/flow-model';
import { withSynergyKeys } from '../follow-up/synergy-key';
import { applyScenario } from '../scenarios/match-scenario';
import { MatchRunDataset } from './match-run-dataset';
import { MatchRunEntity } from './match-run.entity';
import { overallProgress } from './match-run-progress';
import { MATCH_RUN_SETTINGS, type MatchRunSettings } from './match-run.settings';
import { type LiveProgress, type MatchRunSummary, toSummary } from './match-run.views';
import { type MatchWorkerHandle, startMatchWorker } from './match-worker-runner';

export const INTERRUPTED_MESSAGE = 'interrompu par un redémarrage';
export const SHUTDOWN_MESSAGE = 'interrompu par l’arrêt du serveur';

interface ActiveRun {
  readonly run: MatchRunEntity;
  live: LiveProgress;
  lastPersistedAt: number;
  /** Every write of this run, in order: the final one lands after the last progress write. */
  writes: Promise<unknown>;
  handle?: MatchWorkerHandle;
  timer?: NodeJS.Timeout;
  /** Settles once the final state is written and the run has left the active set. */
  readonly finished: Promise<void>;
  readonly markFinished: () => void;
}

type Outcome = { readonly result: MatchResult } | { readonly error: string };

@Injectable()
export class MatchRunQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MatchRuns');
  private readonly runs: Repository<MatchRunEntity>;
  /** Active runs by territory id. */
  private readonly active = new Map<string, ActiveRun>();
  /** Every change of every run, as a summary (never the result). */
  readonly updates = new Subject<MatchRunSummary>();
  private scheduling: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly datasets: MatchRunDataset,
    @Inject(MATCH_RUN_SETTINGS) private readonly settings: MatchRunSettings,
  ) {
    this.runs = dataSource.getRepository(MatchRunEntity);
  }

  /** Runs left queued or running by a crash cannot resume: they fail, with the reason. */
  async onApplicationBootstrap(): Promise<void> {
    await this.runs.update(
      { status: In(['queued', 'running']) },
      { status: 'failed', error: INTERRUPTED_MESSAGE, finishedAt: new Date().toISOString() },
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.scheduling;
    await Promise.all(
      [...this.active.values()].map(async (active) => {
        await active.handle?.terminate(SHUTDOWN_MESSAGE);
        await active.finished;
      }),
    );
    this.updates.complete();
  }

  /** The live progress of a running run (fresher than its throttled copy in the database). */
  liveOf(run: MatchRunEntity): LiveProgress | undefined {
    const active = this.active.get(run.territoryId);
    return active?.run.id === run.id ? active.live : undefined;
  }

  /** Looks for queued runs that can start now. */
  schedule(): void {
    this.scheduling = this.scheduling
      .then(() => this.startQueued())
      .catch((error: unknown) => this.logger.error(`file des calculs : ${describe(error)}`));
  }

  private async startQueued(): Promise<void> {
    while (!this.closing && this.active.size < this.settings.maxConcurrentRuns) {
      const busy = [...this.active.keys()];
      const next = await this.runs.findOne({
        where: { status: 'queued', ...(busy.length > 0 ? { territoryId: Not(In(busy)) } : {}) },
        order: { createdAt: 'ASC' },
      });
      if (!next) return;
      await this.begin(next);
    }
  }

  private async begin(run: MatchRunEntity): Promise<void> {
    let markFinished = (): void => undefined;
    const finished = new Promise<void>((resolve) => (markFinished = resolve));
    const live = { progress: 0, stage: null };
    const active: ActiveRun = {
      run,
      live,
      lastPersistedAt: 0,
      writes: Promise.resolve(),
      finished,
      markFinished,
    };
    this.active.set(run.territoryId, active);
    try {
      Object.assign(run, { status: 'running', startedAt: new Date().toISOString() });
      await this.runs.update(run.id, { status: 'running', startedAt: run.startedAt });
      this.emit(run, active.live);
      const dataset = await this.scenarioDataset(run);
      const handle = startMatchWorker(
        { dataset, parameters: run.parameters, pins: run.pins, timeLimitMs: this.settings.timeLimitMs },
        ({ stage, done, total }) => this.onProgress(active, stage, done, total),
      );
      active.handle = handle;
      const limitMs = this.settings.timeLimitMs + this.settings.graceMs;
      active.timer = setTimeout(() => void handle.terminate(`délai dépassé (${limitMs} ms)`), limitMs);
      active.timer.unref();
      handle.result.then(
        (result) => this.finish(active, { result }),
        (error: unknown) => this.finish(active, { error: describe(error) }),
      );
    } catch (error) {
      this.finish(active, { error: `démarrage du calcul impossible : ${describe(error)}` });
    }
  }

  /** The stored dataset, or its variant when the run has a scenario (checked again: the data may have moved). */
  private async scenarioDataset(run: MatchRunEntity): Promise<Dataset> {
    const stored = await this.datasets.export(run.territoryId);
    if (!run.scenario) return stored;
    const { dataset, problems } = applyScenario(stored, run.scenario);
    if (problems.length === 0) return dataset;
    throw new Error(`scénario invalide : ${problems.map((p) => `${p.path} (${p.reason})`).join(' ; ')}`);
  }

  private onProgress(active: ActiveRun, stage: string, done: number, total: number): void {
    const progress = overallProgress(this.settings.stageShares, active.live.progress, stage, done, total);
    const stageChanged = stage !== active.live.stage;
    active.live = { progress, stage };
    this.emit(active.run, active.live);
    const now = Date.now();
    if (!stageChanged && now - active.lastPersistedAt < this.settings.progressPersistIntervalMs) return;
    active.lastPersistedAt = now;
    const id = active.run.id;
    active.writes = active.writes.then(() => this.runs.update(id, { progress, stage }).catch(this.logWrite));
  }

  private finish(active: ActiveRun, outcome: Outcome): void {
    const { run } = active;
    clearTimeout(active.timer);
    const changes: Partial<MatchRunEntity> =
      'result' in outcome
        ? {
            status: 'done',
            progress: 1,
            stage: null,
            result: withSynergyKeys(outcome.result),
            totals: outcome.result.totals,
            error: null,
          }
        : {
            status: 'failed',
            progress: active.live.progress,
            stage: active.live.stage,
            error: outcome.error,
          };
    Object.assign(run, changes, { finishedAt: new Date().toISOString() });
    if ('error' in outcome)
      this.logger.warn(`calcul ${run.id} (${run.territoryId}) en échec : ${outcome.error}`);
    active.writes = active.writes
      .then(() => this.runs.save(run))
      .catch(this.logWrite)
      .then(() => {
        this.active.delete(run.territoryId);
        this.emit(run);
        active.markFinished();
        this.schedule();
      });
  }

  private emit(run: MatchRunEntity, live?: LiveProgress): void {
    this.updates.next(toSummary({ ...run, result: null }, live));
  }

  private readonly logWrite = (error: unknown): void => {
    this.logger.error(`écriture d’un calcul impossible : ${describe(error)}`);
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
