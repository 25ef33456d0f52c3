// The one guard of the API (global): who is calling (AuthService), then whether the route's access policy lets
// them in. For `:territoryId` routes it also decides how much of the territory they see (TerritoryLevel).
// A territory the caller may not read answers 404; a readable one where the action is refused, 401 or 403.

import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TerritoryEntity } from '../database/entities';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors/domain-errors';
import { ACCESS_POLICY_KEY, type AccessPolicy } from './access-policy';
import { AuthService, type CredentialHeaders } from './auth.service';
import type { RequestWithAccess } from './current-access.decorator';
import type { Principal } from './principal';
import { setRequestPrincipal } from './request-actor';
import { territoryLevel, type TerritoryLevel } from './territory-access';

interface GuardedRequest extends RequestWithAccess {
  headers: CredentialHeaders;
  params?: Record<string, string | undefined>;
}

function refuse(principal: Principal, reason: string): never {
  if (principal.kind === 'public') throw new UnauthenticatedError();
  throw new ForbiddenError(reason);
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const principal = await this.auth.authenticate(request.headers);
    request.access = { principal };
    setRequestPrincipal(principal);
    const policy =
      this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'admin';
    const isAdmin = principal.kind === 'user' && principal.role === 'admin';
    switch (policy) {
      case 'public':
        return true;
      case 'user':
        if (principal.kind !== 'user') throw new UnauthenticatedError();
        return true;
      case 'admin':
        if (!isAdmin) refuse(principal, 'réservé aux administrateurs');
        return true;
      case 'staff':
        if (!(isAdmin || (principal.kind === 'user' && principal.role === 'facilitator'))) {
          refuse(principal, 'réservé aux administrateurs et animateurs');
        }
        return true;
      case 'read':
      case 'manage': {
        const territoryId = request.params?.territoryId;
        if (territoryId === undefined)
          throw new Error(`@toile/api: policy ${policy} on a route without :territoryId`);
        const level = await this.levelOn(principal, territoryId);
        if (policy === 'manage' && level !== 'everything') {
          refuse(principal, 'réservé aux animateurs de ce territoire');
        }
        request.access = { principal, territory: { id: territoryId, level } };
        return true;
      }
    }
  }

  private async levelOn(principal: Principal, territoryId: string): Promise<TerritoryLevel> {
    const row = await this.ds
      .getRepository(TerritoryEntity)
      .findOne({ where: { id: territoryId }, select: { id: true, publicPage: true } });
    // An admin may address a territory that does not exist yet (PUT of a dataset creates it; reads answer 404);
    // everyone else cannot tell a missing territory from one they may not read.
    const level = row
      ? territoryLevel(principal, { id: row.id, publicPage: Boolean(row.publicPage) })
      : principal.kind === 'user' && principal.role === 'admin'
        ? 'everything'
        : null;
    if (level === null) throw new NotFoundError('territory', territoryId);
    return level;
  }
}
