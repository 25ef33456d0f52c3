// Migration: the tables of a territory's dataset (territories, zones, sites, flows), ids scoped by territory.
// Portable SQL: the same statements run on SQLite and PostgreSQL (varchar, text, integer, double precision, boolean).

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDatasets1795860000000 implements MigrationInterface {
  readonly name = 'CreateDatasets1795860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "territories" (
        "id" varchar(200) NOT NULL PRIMARY KEY,
        "name" varchar(500) NOT NULL,
        "kind" varchar(100),
        "note" text,
        "dataset_note" text,
        "created_at" varchar(32) NOT NULL,
        "updated_at" varchar(32) NOT NULL
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "zones" (
        "territory_id" varchar(200) NOT NULL,
        "id" varchar(200) NOT NULL,
        "position" integer NOT NULL,
        "name" varchar(500) NOT NULL,
        "kind" varchar(100),
        "polygon" text,
        "note" text,
        CONSTRAINT "pk_zones" PRIMARY KEY ("territory_id", "id"),
        CONSTRAINT "fk_zones_territory" FOREIGN KEY ("territory_id") REFERENCES "territories" ("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "sites" (
        "territory_id" varchar(200) NOT NULL,
        "id" varchar(200) NOT NULL,
        "position" integer NOT NULL,
        "name" varchar(500) NOT NULL,
        "lat" double precision NOT NULL,
        "lon" double precision NOT NULL,
        "siret" varchar(32),
        "nace" varchar(16),
        "zone_id" varchar(200),
        "confidentiality" varchar(16),
        "note" text,
        CONSTRAINT "pk_sites" PRIMARY KEY ("territory_id", "id"),
        CONSTRAINT "fk_sites_territory" FOREIGN KEY ("territory_id") REFERENCES "territories" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_sites_zone" FOREIGN KEY ("territory_id", "zone_id") REFERENCES "zones" ("territory_id", "id")
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "flows" (
        "territory_id" varchar(200) NOT NULL,
        "id" varchar(200) NOT NULL,
        "position" integer NOT NULL,
        "site_id" varchar(200) NOT NULL,
        "direction" varchar(8) NOT NULL,
        "resource" varchar(100),
        "ewc" varchar(32),
        "quantity" double precision NOT NULL,
        "unit" varchar(32) NOT NULL,
        "hours_per_year" double precision,
        "temperature_c" double precision,
        "pressure_bar" double precision,
        "purity_pct" double precision,
        "dry_matter_pct" double precision,
        "moisture_pct" double precision,
        "hazardous" boolean,
        "price_value" double precision,
        "price_unit" varchar(32),
        "months" text,
        "confidentiality" varchar(16),
        "note" text,
        "accepts_ewc" text,
        CONSTRAINT "pk_flows" PRIMARY KEY ("territory_id", "id"),
        CONSTRAINT "fk_flows_territory" FOREIGN KEY ("territory_id") REFERENCES "territories" ("id") ON DELETE CASCADE,
        CONSTRAINT "fk_flows_site" FOREIGN KEY ("territory_id", "site_id") REFERENCES "sites" ("territory_id", "id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE INDEX "idx_sites_zone" ON "sites" ("territory_id", "zone_id")`);
    await queryRunner.query(`CREATE INDEX "idx_flows_site" ON "flows" ("territory_id", "site_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_flows_site"`);
    await queryRunner.query(`DROP INDEX "idx_sites_zone"`);
    await queryRunner.query(`DROP TABLE "flows"`);
    await queryRunner.query(`DROP TABLE "sites"`);
    await queryRunner.query(`DROP TABLE "zones"`);
    await queryRunner.query(`DROP TABLE "territories"`);
  }
}
