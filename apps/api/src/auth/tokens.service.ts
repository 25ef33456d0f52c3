// Credentials other than passwords: short-lived access tokens (JWT HS256 over the instance secret), rotating
// refresh tokens and API keys — both random, stored as SHA-256, the plain value shown once.

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { NotFoundError, UnauthenticatedError } from '../errors/domain-errors';
import { ApiKeyEntity, RefreshTokenEntity } from './account.entities';
import type { ApiKeyView, NewApiKeyView } from './account.dto';
import { InstanceSecretService } from './instance-secret.service';
import { newApiKey, newRefreshToken, sha256Hex } from './secrets';

const ISSUER = 'toile';

interface AccessClaims {
  readonly sub: string;
}

@Injectable()
export class TokensService {
  private jwtService: JwtService | null = null;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly instance: InstanceSecretService,
  ) {}

  private get jwt(): JwtService {
    this.jwtService ??= new JwtService({ secret: this.instance.secret });
    return this.jwtService;
  }

  signAccess(userId: string): { token: string; expiresAt: string } {
    const ttl = this.config.auth.accessTokenTtlS;
    const token = this.jwt.sign({ sub: userId } satisfies AccessClaims, {
      algorithm: 'HS256',
      expiresIn: ttl,
      issuer: ISSUER,
    });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000).toISOString() };
  }

  /** The account id of a valid access token; UnauthenticatedError when expired, forged or malformed. */
  verifyAccess(token: string): string {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, { algorithms: ['HS256'], issuer: ISSUER });
      if (typeof claims.sub !== 'string') throw new Error('no subject');
      return claims.sub;
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? 'jeton expiré, reconnectez-vous' : 'jeton invalide');
    }
  }

  async issueRefresh(userId: string): Promise<{ token: string; expiresAt: string }> {
    const token = newRefreshToken();
    const now = Date.now();
    const expiresAt = new Date(now + this.config.auth.refreshTokenTtlS * 1000).toISOString();
    await this.ds.getRepository(RefreshTokenEntity).insert({
      id: randomUUID(),
      userId,
      tokenHash: sha256Hex(token),
      expiresAt,
      revokedAt: null,
      createdAt: new Date(now).toISOString(),
    });
    return { token, expiresAt };
  }

  /** Revokes a valid refresh token and answers its account id (rotation); UnauthenticatedError otherwise. */
  async consumeRefresh(token: string): Promise<string> {
    const repo = this.ds.getRepository(RefreshTokenEntity);
    const row = await repo.findOneBy({ tokenHash: sha256Hex(token) });
    if (!row || row.revokedAt !== null || row.expiresAt <= new Date().toISOString()) {
      throw new UnauthenticatedError('jeton de renouvellement invalide ou expiré, reconnectez-vous');
    }
    const revoked = await repo.update(
      { id: row.id, revokedAt: IsNull() },
      { revokedAt: new Date().toISOString() },
    );
    if (!revoked.affected) throw new UnauthenticatedError('jeton de renouvellement déjà utilisé');
    return row.userId;
  }

  async revokeRefresh(token: string): Promise<void> {
    await this.ds
      .getRepository(RefreshTokenEntity)
      .update({ tokenHash: sha256Hex(token), revokedAt: IsNull() }, { revokedAt: new Date().toISOString() });
  }

  async createApiKey(userId: string, label: string): Promise<NewApiKeyView> {
    const key = newApiKey();
    const row = {
      id: randomUUID(),
      userId,
      label: label.trim(),
      keyHash: sha256Hex(key),
      createdAt: new Date().toISOString(),
      lastUsedAt: null,
    };
    await this.ds.getRepository(ApiKeyEntity).insert(row);
    return { id: row.id, label: row.label, createdAt: row.createdAt, lastUsedAt: null, key };
  }

  async listApiKeys(userId: string): Promise<ApiKeyView[]> {
    const rows = await this.ds
      .getRepository(ApiKeyEntity)
      .find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => ({ id: r.id, label: r.label, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt }));
  }

  async deleteApiKey(userId: string, id: string): Promise<void> {
    const result = await this.ds.getRepository(ApiKeyEntity).delete({ id, userId });
    if (!result.affected) throw new NotFoundError('api-key', id);
  }

  /** The account id of an API key; UnauthenticatedError when unknown or revoked. */
  async resolveApiKey(key: string): Promise<string> {
    const repo = this.ds.getRepository(ApiKeyEntity);
    const row = await repo.findOneBy({ keyHash: sha256Hex(key) });
    if (!row) throw new UnauthenticatedError('clé d’API inconnue ou révoquée');
    const today = new Date().toISOString().slice(0, 10);
    if (row.lastUsedAt?.slice(0, 10) !== today) {
      await repo.update({ id: row.id }, { lastUsedAt: new Date().toISOString() });
    }
    return row.userId;
  }
}
