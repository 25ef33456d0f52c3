// Migration: accounts (users, their territories and sites), refresh tokens, API keys, the instance secret,
// firms' consents to be introduced, and the `public_page` flag of territories. Portable SQL (SQLite, PostgreSQL).

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1795950000000 implements MigrationInterface {
  readonly name = 'CreateAccounts1795950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" (
        "id" varchar(36) NOT NULL PRIMARY KEY,
        "email" varchar(320) NOT NULL,
        "password_hash" varchar(200) NOT NULL,
        "role" varchar(16) NOT NULL,
        "display_name" varchar(200),
        "created_at" varchar(32) NOT NULL
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_users_email" ON "users" ("email")`);
    await queryRunner.query(
      `CREATE TABLE "user_territories" (
        "user_id" varchar(36) NOT NULL,
        "territory_id" varchar(200) NOT NULL,
        CONSTRAINT "pk_user_territories" PRIMARY KEY ("user_id", "territory_id"),
        CONSTRAINT "fk_user_territories_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_user_territories_territory" FOREIGN KEY ("territory_id") REFERENCES "territories" ("id") ON DELETE CASCADE
      )`,
    );
    // No foreign key to sites: a dataset import replaces a territory's sites, the firm's claim on a site id stays.
    await queryRunner.query(
      `CREATE TABLE "user_sites" (
        "user_id" varchar(36) NOT NULL,
        "territory_id" varchar(200) NOT NULL,
        "site_id" varchar(200) NOT NULL,
        CONSTRAINT "pk_user_sites" PRIMARY KEY ("user_id", "territory_id", "site_id"),
        CONSTRAINT "fk_user_sites_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_user_sites_territory" FOREIGN KEY ("territory_id") REFERENCES "territories" ("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" (
        "id" varchar(36) NOT NULL PRIMARY KEY,
        "user_id" varchar(36) NOT NULL,
        "token_hash" varchar(64) NOT NULL,
        "expires_at" varchar(32) NOT NULL,
        "revoked_at" varchar(32),
        "created_at" varchar(32) NOT NULL,
        CONSTRAINT "fk_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idx_refresh_tokens_hash" ON "refresh_tokens" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" (
        "id" varchar(36) NOT NULL PRIMARY KEY,
        "user_id" varchar(36) NOT NULL,
        "label" varchar(200) NOT NULL,
        "key_hash" varchar(64) NOT NULL,
        "created_at" varchar(32) NOT NULL,
        "last_used_at" varchar(32),
        CONSTRAINT "fk_api_keys_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_api_keys_hash" ON "api_keys" ("key_hash")`);
    await queryRunner.query(
      `CREATE TABLE "instance_settings" (
        "key" varchar(100) NOT NULL PRIMARY KEY,
        "value" text NOT NULL
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "site_introductions" (
        "territory_id" varchar(200) NOT NULL,
        "synergy_key" varchar(1000) NOT NULL,
        "site_id" varchar(200) NOT NULL,
        "user_id" varchar(36),
        "created_at" varchar(32) NOT NULL,
        CONSTRAINT "pk_site_introductions" PRIMARY KEY ("territory_id", "synergy_key", "site_id"),
        CONSTRAINT "fk_site_introductions_territory" FOREIGN KEY ("territory_id") REFERENCES "territories" ("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "territories" ADD COLUMN "public_page" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "territories" DROP COLUMN "public_page"`);
    for (const table of [
      'site_introductions',
      'instance_settings',
      'api_keys',
      'refresh_tokens',
      'user_sites',
      'user_territories',
      'users',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
