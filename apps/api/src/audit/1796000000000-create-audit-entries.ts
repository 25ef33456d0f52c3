// Migration: the `audit_entries` table, the append-only log of changes to declarations and synergy statuses.
// No foreign key to `territories` on purpose: deleting a territory keeps its history. Portable SQL.

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEntries1796000000000 implements MigrationInterface {
  readonly name = 'CreateAuditEntries1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" (
        "id" varchar(36) NOT NULL PRIMARY KEY,
        "seq" integer NOT NULL,
        "territory_id" varchar(200) NOT NULL,
        "action" varchar(40) NOT NULL,
        "target_id" varchar(1000) NOT NULL,
        "site_ids" text NOT NULL,
        "at" varchar(32) NOT NULL,
        "actor_user_id" varchar(36),
        "actor_label" varchar(320) NOT NULL,
        "actor_via" varchar(16) NOT NULL,
        "summary" text NOT NULL,
        "details" text NOT NULL
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entries_territory_at" ON "audit_entries" ("territory_id", "at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_audit_entries_territory_at"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
  }
}
