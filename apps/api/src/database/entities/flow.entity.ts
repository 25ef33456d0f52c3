// A flow of a site (`flows` table): every field of toile.dataset/1, as declared (units not converted).
// Months and accepted EWC codes are JSON text, the price is two columns; `position` keeps the document order.

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('flows')
export class FlowEntity {
  @PrimaryColumn({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  id!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'site_id', type: 'varchar', length: 200 })
  siteId!: string;

  @Column({ type: 'varchar', length: 8 })
  direction!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  resource!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  ewc!: string | null;

  @Column({ type: 'double precision' })
  quantity!: number;

  @Column({ type: 'varchar', length: 32 })
  unit!: string;

  @Column({ name: 'hours_per_year', type: 'double precision', nullable: true })
  hoursPerYear!: number | null;

  @Column({ name: 'temperature_c', type: 'double precision', nullable: true })
  temperatureC!: number | null;

  @Column({ name: 'pressure_bar', type: 'double precision', nullable: true })
  pressureBar!: number | null;

  @Column({ name: 'purity_pct', type: 'double precision', nullable: true })
  purityPct!: number | null;

  @Column({ name: 'dry_matter_pct', type: 'double precision', nullable: true })
  dryMatterPct!: number | null;

  @Column({ name: 'moisture_pct', type: 'double precision', nullable: true })
  moisturePct!: number | null;

  @Column({ type: 'boolean', nullable: true })
  hazardous!: boolean | null;

  @Column({ name: 'price_value', type: 'double precision', nullable: true })
  priceValue!: number | null;

  @Column({ name: 'price_unit', type: 'varchar', length: 32, nullable: true })
  priceUnit!: string | null;

  /** 12 monthly shares as JSON text. */
  @Column({ type: 'text', nullable: true })
  months!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  confidentiality!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Accepted hazardous EWC codes (inputs) as JSON text. */
  @Column({ name: 'accepts_ewc', type: 'text', nullable: true })
  acceptsEwc!: string | null;
}
