// The TypeORM entities of accounts: users, their territories and sites, refresh tokens, API keys, the
// instance's settings (its secret) and firms' consents to be introduced. Kept inside the auth services.

import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  /** argon2id, PHC string. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200, nullable: true })
  displayName!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}

@Entity('user_territories')
export class UserTerritoryEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @PrimaryColumn({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;
}

@Entity('user_sites')
export class UserSiteEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @PrimaryColumn({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;

  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 200 })
  siteId!: string;
}

@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  /** SHA-256 (hex) of the token: the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 32 })
  expiresAt!: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 32, nullable: true })
  revokedAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}

@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  /** SHA-256 (hex) of the key: the key itself is shown once and never stored. */
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'last_used_at', type: 'varchar', length: 32, nullable: true })
  lastUsedAt!: string | null;
}

@Entity('instance_settings')
export class InstanceSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}

@Entity('site_introductions')
export class SiteIntroductionEntity {
  @PrimaryColumn({ name: 'territory_id', type: 'varchar', length: 200 })
  territoryId!: string;

  @PrimaryColumn({ name: 'synergy_key', type: 'varchar', length: 1000 })
  synergyKey!: string;

  @PrimaryColumn({ name: 'site_id', type: 'varchar', length: 200 })
  siteId!: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}

export const ACCOUNT_ENTITIES = [
  UserEntity,
  UserTerritoryEntity,
  UserSiteEntity,
  RefreshTokenEntity,
  ApiKeyEntity,
  InstanceSettingEntity,
  SiteIntroductionEntity,
];
