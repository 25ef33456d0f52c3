// A zone of a territory (`zones` table): id scoped by territory, optional GeoJSON outline kept as JSON text.
// `position` keeps the order of the imported document.

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('zones')
export class ZoneEntity {
  @PrimaryColumn({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  id!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  kind!: string | null;

  /** GeoJSON Polygon (WGS84) as JSON text. */
  @Column({ type: 'text', nullable: true })
  polygon!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
