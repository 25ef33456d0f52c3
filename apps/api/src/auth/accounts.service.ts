// Accounts: create (who may create whom), list, delete, and the principal of an account with its territories
// and sites. Passwords go through password.ts; e-mails are compared lower-cased.

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Problem } from '@toile/flow-model';
import { SiteEntity, TerritoryEntity } from '../database/entities';
import { ConflictError, ForbiddenError, NotFoundError, ValidationFailedError } from '../errors/domain-errors';
import { UserEntity, UserSiteEntity, UserTerritoryEntity } from './account.entities';
import type { CreateUserDto, UserView } from './account.dto';
import { hashPassword, passwordProblem } from './password';
import { managesTerritory, type Principal, type SiteClaim, type UserPrincipal } from './principal';
import { isRole, ROLE_LABELS_FR, type Role } from './roles';

export interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName?: string | null;
  readonly territoryIds?: readonly string[];
  readonly sites?: readonly SiteClaim[];
}

const problem = (path: string, value: unknown, reason: string): Problem => ({
  path: `$.${path}`,
  value,
  code: 'invalid-account',
  reason,
});

@Injectable()
export class AccountsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async count(): Promise<number> {
    return this.ds.getRepository(UserEntity).count();
  }

  /** Creates an account as `actor` (null: the system — first start, CLI). */
  async create(input: NewAccount | CreateUserDto, actor: Principal | null): Promise<UserView> {
    const email = input.email.trim().toLowerCase();
    const territoryIds = [...new Set(input.territoryIds ?? [])];
    const sites = dedupeSites(input.sites ?? []);
    this.checkActorMayCreate(actor, input.role, sites);
    await this.checkShape(input.role, input.password, territoryIds, sites);
    const id = randomUUID();
    const passwordHash = await hashPassword(input.password);
    await this.ds.transaction(async (em) => {
      if (await em.getRepository(UserEntity).existsBy({ email })) {
        throw new ConflictError(`un compte existe déjà pour « ${email} »`);
      }
      await em.getRepository(UserEntity).insert({
        id,
        email,
        passwordHash,
        role: input.role,
        displayName: input.displayName?.trim() || null,
        createdAt: new Date().toISOString(),
      });
      if (territoryIds.length > 0)
        await em
          .getRepository(UserTerritoryEntity)
          .insert(territoryIds.map((territoryId) => ({ userId: id, territoryId })));
      if (sites.length > 0)
        await em.getRepository(UserSiteEntity).insert(sites.map((s) => ({ userId: id, ...s })));
    });
    return this.view(id);
  }

  /** Admin: every account; facilitator: itself and the firm accounts of its territories. */
  async list(actor: UserPrincipal): Promise<UserView[]> {
    const users = await this.ds.getRepository(UserEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const views = await Promise.all(users.map((u) => this.view(u.id)));
    if (actor.role === 'admin') return views;
    return views.filter((v) => v.id === actor.userId || this.facilitatorOversees(actor, v));
  }

  async remove(id: string, actor: UserPrincipal): Promise<void> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('user', id);
    const view = await this.view(id);
    if (actor.role !== 'admin' && !this.facilitatorOversees(actor, view)) {
      if (actor.role === 'facilitator')
        throw new ForbiddenError('ce compte ne relève pas de vos territoires');
      throw new NotFoundError('user', id);
    }
    if (id === actor.userId) throw new ForbiddenError('vous ne pouvez pas supprimer votre propre compte');
    if (user.role === 'admin' && (await this.ds.getRepository(UserEntity).countBy({ role: 'admin' })) <= 1) {
      throw new ConflictError('le dernier compte administrateur ne peut pas être supprimé');
    }
    await this.ds.getRepository(UserEntity).delete({ id });
  }

  async findByEmail(email: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  /** The principal of an account, or null when it no longer exists. */
  async principalOf(userId: string, via: UserPrincipal['via']): Promise<UserPrincipal | null> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user || !isRole(user.role)) return null;
    const [territories, sites] = await Promise.all([
      this.ds.getRepository(UserTerritoryEntity).findBy({ userId }),
      this.ds.getRepository(UserSiteEntity).findBy({ userId }),
    ]);
    return Object.freeze({
      kind: 'user',
      userId,
      email: user.email,
      role: user.role,
      displayName: user.displayName,
      territoryIds: Object.freeze(territories.map((t) => t.territoryId).sort()),
      sites: Object.freeze(sites.map((s) => ({ territoryId: s.territoryId, siteId: s.siteId }))),
      via,
    });
  }

  /** A facilitator who creates a territory becomes one of its facilitators. */
  async grantTerritory(userId: string, territoryId: string): Promise<void> {
    await this.ds
      .getRepository(UserTerritoryEntity)
      .upsert({ userId, territoryId }, ['userId', 'territoryId']);
  }

  async view(id: string): Promise<UserView> {
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('user', id);
    const principal = (await this.principalOf(id, 'token'))!;
    return {
      id,
      email: user.email,
      role: principal.role,
      roleLabel: ROLE_LABELS_FR[principal.role],
      displayName: user.displayName,
      territoryIds: [...principal.territoryIds],
      sites: principal.sites.map((s) => ({ ...s })),
      createdAt: user.createdAt,
    };
  }

  private facilitatorOversees(actor: UserPrincipal, target: UserView): boolean {
    return (
      actor.role === 'facilitator' &&
      target.role === 'firm' &&
      target.sites.length > 0 &&
      target.sites.every((s) => managesTerritory(actor, s.territoryId))
    );
  }

  private checkActorMayCreate(actor: Principal | null, role: Role, sites: readonly SiteClaim[]): void {
    if (actor === null) return;
    if (actor.kind !== 'user' || actor.role === 'firm')
      throw new ForbiddenError('réservé aux administrateurs et animateurs');
    if (actor.role === 'admin') return;
    if (role !== 'firm') throw new ForbiddenError('un·e animateur·rice ne crée que des comptes d’entreprise');
    const foreign = sites.find((s) => !managesTerritory(actor, s.territoryId));
    if (foreign) throw new ForbiddenError(`le territoire « ${foreign.territoryId} » n’est pas le vôtre`);
  }

  private async checkShape(
    role: Role,
    password: string,
    territoryIds: readonly string[],
    sites: readonly SiteClaim[],
  ): Promise<void> {
    const problems: Problem[] = [];
    const weak = passwordProblem(password);
    if (weak) problems.push(problem('password', undefined, weak));
    if (role !== 'facilitator' && territoryIds.length > 0)
      problems.push(problem('territoryIds', territoryIds, 'seul un compte animateur·rice a des territoires'));
    if (role !== 'firm' && sites.length > 0)
      problems.push(problem('sites', sites, 'seul un compte entreprise a des sites'));
    if (role === 'firm' && sites.length === 0)
      problems.push(problem('sites', sites, 'un compte entreprise a au moins un site'));
    const known = new Set(
      (await this.ds.getRepository(TerritoryEntity).findBy({ id: In([...territoryIds]) })).map((t) => t.id),
    );
    territoryIds.forEach((id, i) => {
      if (!known.has(id)) problems.push(problem(`territoryIds[${i}]`, id, 'territoire inconnu'));
    });
    for (const [i, s] of sites.entries()) {
      const exists = await this.ds
        .getRepository(SiteEntity)
        .existsBy({ territoryId: s.territoryId, id: s.siteId });
      if (!exists)
        problems.push(problem(`sites[${i}]`, s, `site « ${s.siteId} » inconnu dans « ${s.territoryId} »`));
    }
    if (problems.length > 0) throw new ValidationFailedError(problems, '@toile/api: compte invalide');
  }
}

function dedupeSites(sites: readonly SiteClaim[]): SiteClaim[] {
  const seen = new Map<string, SiteClaim>();
  for (const s of sites)
    seen.set(JSON.stringify([s.territoryId, s.siteId]), { territoryId: s.territoryId, siteId: s.siteId });
  return [...seen.values()];
}
