// A site (établissement) of a territory (`sites` table): id scoped by territory, WGS84 position, codes.
// `position` keeps the order of the imported document; its flows are deleted with it.

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('sites')
export class SiteEntity {
  @PrimaryColumn({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  id!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  siret!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  nace!: string | null;

  @Column({ name: 'zone_id', type: 'varchar', length: 200, nullable: true })
  zoneId!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  confidentiality!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
