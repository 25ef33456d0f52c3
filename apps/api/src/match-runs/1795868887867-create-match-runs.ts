// Migration: the `match_runs` table (one row per matcher run, result kept as JSON text, deleted with its
// territory). Portable SQL: the same statements run on SQLite and PostgreSQL.

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMatchRuns1795868887867 implements MigrationInterface {
  readonly name = 'CreateMatchRuns1795868887867';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_runs" (
        "id" varchar(36) NOT NULL PRIMARY KEY,
        "territory_id" varchar(200) NOT NULL,
        "status" varchar(16) NOT NULL,
        "parameters" text NOT NULL,
        "pins" text NOT NULL,
        "progress" double precision NOT NULL DEFAULT 0,
        "stage" varchar(100),
        "error" text,
        "result" text,
        "totals" text,
        "created_at" varchar(32) NOT NULL,
        "started_at" varchar(32),
        "finished_at" varchar(32),
        CONSTRAINT "fk_match_runs_territory" FOREIGN KEY ("territory_id") REFERENCES "territories" ("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_match_runs_territory_created" ON "match_runs" ("territory_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_match_runs_territory_created"`);
    await queryRunner.query(`DROP TABLE "match_runs"`);
  }
}
