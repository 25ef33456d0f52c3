// A match run as stored in the `match_runs` table: its parameters, pins, progress and, when done, its result.
// Timestamps are ISO 8601 UTC strings and JSON is text, so the same migration runs on SQLite and PostgreSQL.

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MatchResult, ResultTotals } from '@toile/flow-model';
import type { MatchScenario } from '../scenarios/match-scenario';
import type { MatchPin } from './match-pin';

export const MATCH_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type MatchRunStatus = (typeof MATCH_RUN_STATUSES)[number];

@Entity('match_runs')
@Index('idx_match_runs_territory_created', ['territoryId', 'createdAt'])
export class MatchRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: MatchRunStatus;

  /** The parameters as resolved at start (defaults filled in). */
  @Column({ type: 'simple-json' })
  parameters!: Record<string, unknown>;

  @Column({ type: 'simple-json' })
  pins!: MatchPin[];

  /** The variant of the territory the run used (sites left out, sites and flows added); null: as stored. */
  @Column({ type: 'simple-json', nullable: true })
  scenario!: MatchScenario | null;

  /** 0–1. */
  @Column({ type: 'double precision', default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  stage!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The toile.result/1 document, when done. */
  @Column({ type: 'simple-json', nullable: true })
  result!: MatchResult | null;

  /** A copy of result.totals, so that listing runs does not load every result. */
  @Column({ type: 'simple-json', nullable: true })
  totals!: ResultTotals | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'started_at', type: 'varchar', length: 32, nullable: true })
  startedAt!: string | null;

  @Column({ name: 'finished_at', type: 'varchar', length: 32, nullable: true })
  finishedAt!: string | null;
}
