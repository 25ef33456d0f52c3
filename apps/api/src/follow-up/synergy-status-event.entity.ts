// One recorded follow-up step of a synergy (append-only: rows are inserted, never updated or deleted but with
// their territory). The current status of a synergy is its event with the highest `seq`.

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FollowUpStatus } from './follow-up-status';

@Entity('synergy_status_events')
@Index('idx_synergy_status_events_key_seq', ['territoryId', 'synergyKey', 'seq'], { unique: true })
export class SynergyStatusEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;

  @Column({ name: 'synergy_key', type: 'varchar', length: 1000 })
  synergyKey!: string;

  /** 1, 2, 3… per synergy: the order of the events (their `at` never goes backwards). */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: FollowUpStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** When it happened (ISO 8601 UTC), possibly back-dated; not before the previous event's. */
  @Column({ type: 'varchar', length: 32 })
  at!: string;

  /** Who recorded it, free text until accounts exist. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  author!: string | null;

  /** When it was recorded (ISO 8601 UTC). */
  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
