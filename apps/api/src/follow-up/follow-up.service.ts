// Owns the follow-up of a territory's synergies: records a status step (validated, append-only), reads a
// synergy's history, lists a run's synergies with their current status, and sums realised against potential.

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { MatchResult, Problem, Synergy } from '@toile/flow-model';
import { statusAudit } from '../audit/audit-inputs';
import { appendAudit } from '../audit/record-audit';
import { TerritoryEntity } from '../database/entities';
import { inTransaction } from '../database/serialized';
import { NotFoundError, ValidationFailedError } from '../errors/domain-errors';
import { MatchRunEntity } from '../match-runs/match-run.entity';
import { MatchRunsService } from '../match-runs/match-runs.service';
import { NoDoneRunError, SynergyNotFoundError } from './follow-up.errors';
import {
  FOLLOW_UP_LABELS_FR,
  INITIAL_STATUS,
  transitionProblems,
  type FollowUpStatus,
} from './follow-up-status';
import { followUpTotals } from './follow-up-totals';
import {
  type FollowUpListView,
  type FollowUpTotalsView,
  type StatusEventView,
  type SynergyHistoryView,
  toEventView,
} from './follow-up.views';
import { SynergyStatusEventEntity } from './synergy-status-event.entity';
import { synergiesByKey, synergyKeyOf } from './synergy-key';

export interface RecordStatusInput {
  readonly status: FollowUpStatus;
  readonly reason?: string;
  readonly note?: string;
  readonly at?: string;
  readonly author?: string;
}

/** A back-dated step is fine; one dated in the future beyond this clock skew is refused. */
const FUTURE_SKEW_MS = 5 * 60 * 1000;

@Injectable()
export class FollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: MatchRunsService,
  ) {}

  async record(territoryId: string, synergyKey: string, input: RecordStatusInput): Promise<StatusEventView> {
    await this.assertTerritory(territoryId);
    const synergy = await this.assertKnownKey(territoryId, synergyKey);
    const now = new Date();
    return inTransaction(this.dataSource, async (manager) => {
      const events = manager.getRepository(SynergyStatusEventEntity);
      const last = await events.findOne({ where: { territoryId, synergyKey }, order: { seq: 'DESC' } });
      const at = input.at === undefined ? now.toISOString() : new Date(input.at).toISOString();
      const problems: Problem[] = [
        ...transitionProblems({
          from: last?.status ?? INITIAL_STATUS,
          to: input.status,
          reason: input.reason,
        }),
        ...dateProblems(at, input.at, last?.at, now),
      ];
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const event = events.create({
        id: randomUUID(),
        territoryId,
        synergyKey,
        seq: (last?.seq ?? 0) + 1,
        status: input.status,
        reason: blankToNull(input.reason),
        note: blankToNull(input.note),
        at,
        author: blankToNull(input.author),
        createdAt: now.toISOString(),
      });
      await events.insert(event);
      const view = toEventView(event);
      const from = last?.status ?? INITIAL_STATUS;
      await appendAudit(
        manager,
        statusAudit(territoryId, {
          synergyKey,
          from,
          fromLabel: FOLLOW_UP_LABELS_FR[from],
          to: input.status,
          toLabel: FOLLOW_UP_LABELS_FR[input.status],
          siteIds: sitesOf(synergy),
          event: { ...view },
        }),
      );
      return view;
    });
  }

  async history(territoryId: string, synergyKey: string): Promise<SynergyHistoryView> {
    await this.assertTerritory(territoryId);
    const events = await this.dataSource
      .getRepository(SynergyStatusEventEntity)
      .find({ where: { territoryId, synergyKey }, order: { seq: 'ASC' } });
    if (events.length === 0) await this.assertKnownKey(territoryId, synergyKey);
    const last = events.at(-1);
    const status = last?.status ?? INITIAL_STATUS;
    return {
      territoryId,
      synergyKey,
      status,
      statusLabel: FOLLOW_UP_LABELS_FR[status],
      since: last?.at ?? null,
      events: events.map(toEventView),
    };
  }

  /** The run's synergies (default: the latest done run), one per key, each with its current status. */
  async list(territoryId: string, runId?: string): Promise<FollowUpListView> {
    const run = await this.resultOf(territoryId, runId);
    const current = await this.currentEvents(territoryId);
    const items = [...synergiesByKey(run.result.synergies)].map(([synergyKey, synergy]) => {
      const last = current.get(synergyKey);
      const status = last?.status ?? INITIAL_STATUS;
      return {
        synergyKey,
        status,
        statusLabel: FOLLOW_UP_LABELS_FR[status],
        since: last?.at ?? null,
        ...(last?.reason ? { reason: last.reason } : {}),
        synergy,
      };
    });
    return { territoryId, runId: run.runId, items };
  }

  async totals(territoryId: string, runId?: string): Promise<FollowUpTotalsView> {
    const run = await this.resultOf(territoryId, runId);
    const current = await this.currentEvents(territoryId);
    const totals = followUpTotals(run.result.synergies, (key) => current.get(key)?.status);
    return {
      territoryId,
      runId: run.runId,
      ...totals,
      byStatus: totals.byStatus.map((entry) => ({ ...entry, totals: { ...entry.totals } })),
    };
  }

  private async resultOf(
    territoryId: string,
    runId?: string,
  ): Promise<{ runId: string; result: MatchResult }> {
    await this.assertTerritory(territoryId);
    const found = await this.runs.resultFor(territoryId, runId);
    if (found === undefined) throw new NoDoneRunError(territoryId);
    return found;
  }

  /** The latest event of every synergy of the territory that has one. */
  private async currentEvents(territoryId: string): Promise<Map<string, SynergyStatusEventEntity>> {
    const events = await this.dataSource
      .getRepository(SynergyStatusEventEntity)
      .find({ where: { territoryId }, order: { seq: 'ASC' } });
    return new Map(events.map((event) => [event.synergyKey, event]));
  }

  private async assertTerritory(territoryId: string): Promise<void> {
    const exists = await this.dataSource.getRepository(TerritoryEntity).existsBy({ id: territoryId });
    if (!exists) throw new NotFoundError('territory', territoryId);
  }

  /** 404 unless some done run of the territory proposes the synergy (newest runs looked at first). */
  private async assertKnownKey(territoryId: string, synergyKey: string): Promise<Synergy> {
    const runs = this.dataSource.getRepository(MatchRunEntity);
    const ids = await runs.find({
      where: { territoryId, status: 'done' },
      order: { createdAt: 'DESC' },
      select: ['id'],
    });
    for (const { id } of ids) {
      const run = await runs.findOne({ where: { id }, select: ['id', 'result'] });
      const found = run?.result?.synergies.find((synergy) => synergyKeyOf(synergy) === synergyKey);
      if (found !== undefined) return found;
    }
    throw new SynergyNotFoundError(territoryId, synergyKey);
  }
}

/** The sites of a synergy's flows (supplier, consumer, members), for the audit log's site filter. */
function sitesOf(synergy: Synergy): string[] {
  return [synergy.supplier, synergy.consumer, ...(synergy.members ?? [])]
    .filter((ref) => ref !== undefined)
    .map((ref) => ref.siteId);
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}

function dateProblems(
  at: string,
  given: string | undefined,
  previous: string | undefined,
  now: Date,
): Problem[] {
  if (given === undefined) return [];
  if (Date.parse(at) > now.getTime() + FUTURE_SKEW_MS) {
    return [
      { path: '$.at', value: given, code: 'in-the-future', reason: 'la date de l’étape est dans le futur' },
    ];
  }
  if (previous !== undefined && at < previous) {
    return [
      {
        path: '$.at',
        value: given,
        code: 'before-previous-step',
        reason: `la date de l’étape précède celle de l’étape précédente (${previous})`,
      },
    ];
  }
  return [];
}
