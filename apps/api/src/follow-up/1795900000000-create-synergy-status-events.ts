// Migration: the `synergy_status_events` table, the append-only follow-up history of synergies by stable key,
// deleted with its territory. Portable SQL: the same statements run on SQLite and PostgreSQL.

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSynergyStatusEvents1795900000000 implements MigrationInterface {
  readonly name = 'CreateSynergyStatusEvents1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "synergy_status_events" (
        "id" varchar(36) NOT NULL PRIMARY KEY,
        "territory_id" varchar(200) NOT NULL,
        "synergy_key" varchar(1000) NOT NULL,
        "seq" integer NOT NULL,
        "status" varchar(16) NOT NULL,
        "reason" text,
        "note" text,
        "at" varchar(32) NOT NULL,
        "author" varchar(200),
        "created_at" varchar(32) NOT NULL,
        CONSTRAINT "fk_synergy_status_events_territory" FOREIGN KEY ("territory_id") REFERENCES "territories" ("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idx_synergy_status_events_key_seq" ON "synergy_status_events" ("territory_id", "synergy_key", "seq")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_synergy_status_events_key_seq"`);
    await queryRunner.query(`DROP TABLE "synergy_status_events"`);
  }
}
