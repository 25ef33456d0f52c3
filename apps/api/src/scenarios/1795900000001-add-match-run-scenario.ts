// Migration: the `scenario` column of `match_runs` (JSON text: label, sites left out, sites and flows added),
// null for a run on the stored territory as it is. Portable SQL (SQLite and PostgreSQL).

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMatchRunScenario1795900000001 implements MigrationInterface {
  readonly name = 'AddMatchRunScenario1795900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_runs" ADD COLUMN "scenario" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_runs" DROP COLUMN "scenario"`);
  }
}
