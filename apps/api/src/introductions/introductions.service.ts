// Firms' consents to be introduced to the counterpart of a synergy: when both sides of a synergy have agreed,
// each sees the other named. A firm consents for its own sites in the synergy, found in the latest done run
// by its real key or by the opaque reference it was shown (`details.synergyRef`, see ../access/project-result).

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Synergy } from '@toile/flow-model';
import { SiteIntroductionEntity } from '../auth/account.entities';
import { pseudonymFor } from '../access/pseudonym';
import { InstanceSecretService } from '../auth/instance-secret.service';
import { ownSiteIds, type Principal } from '../auth/principal';
import { NoDoneRunError, SynergyNotFoundError } from '../follow-up/follow-up.errors';
import { synergyKeyOf } from '../follow-up/synergy-key';
import { MATCH_RESULTS, type MatchResults } from '../graph/match-results';

export interface IntroductionView {
  readonly synergyKey: string;
  /** The caller's sites in the synergy that agreed. */
  readonly siteIds: readonly string[];
  /** True when every firm of the synergy agreed: the names are shown both ways. */
  readonly introduced: boolean;
}

function sitesOf(synergy: Synergy): string[] {
  return [synergy.supplier, synergy.consumer, ...(synergy.members ?? [])]
    .filter((ref) => ref !== undefined)
    .map((ref) => ref.siteId);
}

@Injectable()
export class IntroductionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MATCH_RESULTS) private readonly results: MatchResults,
    private readonly instance: InstanceSecretService,
  ) {}

  async agree(principal: Principal, territoryId: string, key: string): Promise<IntroductionView> {
    const { realKey, own, all } = await this.resolve(principal, territoryId, key);
    const now = new Date().toISOString();
    const userId = principal.kind === 'user' ? principal.userId : null;
    await this.ds.getRepository(SiteIntroductionEntity).upsert(
      own.map((siteId) => ({ territoryId, synergyKey: realKey, siteId, userId, createdAt: now })),
      ['territoryId', 'synergyKey', 'siteId'],
    );
    return this.view(territoryId, key, realKey, own, all);
  }

  async withdraw(principal: Principal, territoryId: string, key: string): Promise<IntroductionView> {
    const { realKey, own, all } = await this.resolve(principal, territoryId, key);
    for (const siteId of own) {
      await this.ds
        .getRepository(SiteIntroductionEntity)
        .delete({ territoryId, synergyKey: realKey, siteId });
    }
    return this.view(territoryId, key, realKey, own, all);
  }

  /** (real key, site) pairs that agreed, for the projections: `introduced(key, a, b)`. */
  async agreedPairs(territoryId: string): Promise<ReadonlySet<string>> {
    const rows = await this.ds.getRepository(SiteIntroductionEntity).findBy({ territoryId });
    return new Set(rows.map((row) => `${row.synergyKey}\u0000${row.siteId}`));
  }

  private async view(
    territoryId: string,
    shownKey: string,
    realKey: string,
    own: readonly string[],
    all: readonly string[],
  ): Promise<IntroductionView> {
    const agreed = await this.agreedPairs(territoryId);
    const has = (siteId: string): boolean => agreed.has(`${realKey}\u0000${siteId}`);
    return { synergyKey: shownKey, siteIds: own.filter(has), introduced: all.every(has) };
  }

  private async resolve(
    principal: Principal,
    territoryId: string,
    key: string,
  ): Promise<{ realKey: string; own: string[]; all: string[] }> {
    const latest = await this.results.resultFor(territoryId);
    if (!latest) throw new NoDoneRunError(territoryId);
    const mine = ownSiteIds(principal, territoryId);
    for (const synergy of latest.result.synergies) {
      const realKey = synergyKeyOf(synergy);
      const ref = pseudonymFor(this.instance.secret, territoryId, `synergy:${realKey}`);
      if (realKey !== key && ref !== key) continue;
      const all = [...new Set(sitesOf(synergy))];
      const own = all.filter((siteId) => mine.has(siteId));
      if (own.length === 0) continue;
      return { realKey, own, all };
    }
    // Not found, or not one of the caller's synergies: the same answer, so keys of others cannot be probed.
    throw new SynergyNotFoundError(territoryId, key);
  }
}
