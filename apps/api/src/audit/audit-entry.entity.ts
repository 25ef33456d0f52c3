// One entry of the audit log: who changed what of a territory, and when (append-only: inserted with the change,
// in its transaction, never updated or deleted; no foreign key, so a deleted territory keeps its entries).

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('audit_entries')
@Index('idx_audit_entries_territory_at', ['territoryId', 'at'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** 1, 2, 3… over the whole log: the order of insertion, to break ties between equal `at`. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;

  /** `dataset.import`, `site.update`, `synergy.status`… (see audit-actions.ts). */
  @Column({ type: 'varchar', length: 40 })
  action!: string;

  /** The changed object: a site, flow or territory id, or a synergy key. */
  @Column({ name: 'target_id', type: 'varchar', length: 1000 })
  targetId!: string;

  /** The sites concerned, written `|a|b|` so that a site filter is one LIKE; empty for none. */
  @Column({ name: 'site_ids', type: 'text' })
  siteIds!: string;

  /** When it was recorded (ISO 8601 UTC). */
  @Column({ type: 'varchar', length: 32 })
  at!: string;

  /** The account's id; null for the system (CLI, first start) or the public. */
  @Column({ name: 'actor_user_id', type: 'varchar', length: 36, nullable: true })
  actorUserId!: string | null;

  /** The account's e-mail, or `cli`, `premier démarrage`, `système`. */
  @Column({ name: 'actor_label', type: 'varchar', length: 320 })
  actorLabel!: string;

  @Column({ name: 'actor_via', type: 'varchar', length: 16 })
  actorVia!: string;

  /** One French sentence. */
  @Column({ type: 'text' })
  summary!: string;

  /** JSON: before/after of the changed fields, counts of an import, the status step. */
  @Column({ type: 'text' })
  details!: string;
}
