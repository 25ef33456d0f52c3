// A territory as stored in the `territories` table (the study area a dataset describes).
// Its zones, sites and flows are deleted with it (ON DELETE CASCADE).

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('territories')
export class TerritoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id!: string;

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  kind!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The `note` of the dataset document itself (distinct from the territory's). */
  @Column({ name: 'dataset_note', type: 'text', nullable: true })
  datasetNote!: string | null;

  /** Shown to anyone, through its public projection (only `public` data, the rest anonymised or absent). */
  @Column({ name: 'public_page', type: 'boolean', default: false })
  publicPage!: boolean;

  /** ISO 8601 UTC, set on creation. */
  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  /** ISO 8601 UTC, set on every change of the territory or of its dataset. */
  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;
}
