// What a caller sees of a territory: the stored dataset and match results, projected for its level
// (everything, firm, public) by the pure functions of ../access. Controllers of read endpoints go through here.

import { Injectable } from '@nestjs/common';
import type { Dataset, MatchResult } from '@toile/flow-model';
import { projectDataset } from '../access/project-dataset';
import { projectResult, publicFlowsOnly, SYNERGY_REF_DETAIL } from '../access/project-result';
import { pseudonymFor } from '../access/pseudonym';
import type { Viewer } from '../access/viewer';
import { synergyKeyOf } from '../follow-up/synergy-key';
import { IntroductionsService } from '../introductions/introductions.service';
import { MatchRunNotFoundError } from '../match-runs/match-run.errors';
import { MatchRunsService } from '../match-runs/match-runs.service';
import { publicVariant } from '../reports/public-variant';
import { InstanceSecretService } from './instance-secret.service';
import { ownSiteIds } from './principal';
import type { RequestAccess } from './territory-access';

export { SYNERGY_REF_DETAIL };

@Injectable()
export class TerritoryViewService {
  constructor(
    private readonly instance: InstanceSecretService,
    private readonly introductions: IntroductionsService,
    private readonly runs: MatchRunsService,
  ) {}

  /**
   * Scenario runs are the facilitators' working hypotheses (sites that may not exist, or left out): everyone
   * else is answered as if they did not exist, whatever the endpoint (synergies, reports, graph).
   */
  async assertRunVisible(access: RequestAccess, territoryId: string, runId: string): Promise<void> {
    if (this.seesEverything(access)) return;
    if ((await this.runs.get(territoryId, runId)).scenario !== undefined)
      throw new MatchRunNotFoundError(runId);
  }

  viewerOf(access: RequestAccess): Viewer {
    const territory = access.territory;
    if (!territory) throw new Error('@toile/api: viewerOf outside a :territoryId route');
    if (territory.level === 'everything') return { kind: 'everything' };
    if (territory.level === 'firm')
      return { kind: 'firm', ownSiteIds: ownSiteIds(access.principal, territory.id) };
    return { kind: 'public' };
  }

  /** True when the caller sees the territory as stored. */
  seesEverything(access: RequestAccess): boolean {
    return access.territory?.level === 'everything';
  }

  dataset(access: RequestAccess, dataset: Dataset): Dataset {
    const viewer = this.viewerOf(access);
    if (viewer.kind === 'everything') return dataset;
    return projectDataset(dataset, viewer, this.pseudonym(dataset.territory.id));
  }

  async result(access: RequestAccess, dataset: Dataset, result: MatchResult): Promise<MatchResult> {
    const viewer = this.viewerOf(access);
    if (viewer.kind === 'everything') return result;
    const territoryId = dataset.territory.id;
    const agreed = await this.introductions.agreedPairs(territoryId);
    return projectResult(result, dataset, viewer, {
      pseudonym: this.pseudonym(territoryId),
      synergyKey: synergyKeyOf,
      introduced: (key, siteA, siteB) =>
        agreed.has(`${key}\u0000${siteA}`) && agreed.has(`${key}\u0000${siteB}`),
    });
  }

  /**
   * The dataset and result of one graph, with the same site ids on both sides: for the public, the reports'
   * public variant of both (its « Entreprise A » names); for a firm, the two projections (same pseudonyms).
   */
  async graphInputs(
    access: RequestAccess,
    dataset: Dataset,
    result: MatchResult | undefined,
  ): Promise<{ dataset: Dataset; result: MatchResult | undefined }> {
    const viewer = this.viewerOf(access);
    if (viewer.kind === 'everything') return { dataset, result };
    if (viewer.kind === 'public' && result !== undefined) {
      const variant = publicVariant(publicFlowsOnly(dataset), result);
      // The variant lists every site, anonymised; the public graph keeps only what it has to show: public sites
      // and sites with a public flow.
      const named = new Set(dataset.sites.filter((s) => s.confidentiality === 'public').map((s) => s.id));
      const withFlows = new Set(variant.dataset.flows.map((f) => f.siteId));
      const sites = variant.dataset.sites.filter((s) => named.has(s.id) || withFlows.has(s.id));
      return { dataset: { ...variant.dataset, sites }, result: variant.result };
    }
    return {
      dataset: this.dataset(access, dataset),
      result: result === undefined ? undefined : await this.result(access, dataset, result),
    };
  }

  /** The opaque reference of a synergy shown to firms (`details.synergyRef`), from its real key. */
  synergyRef(territoryId: string, synergyKey: string): string {
    return this.pseudonym(territoryId)(`synergy:${synergyKey}`);
  }

  private pseudonym(territoryId: string): (siteId: string) => string {
    const secret = this.instance.secret;
    return (siteId) => pseudonymFor(secret, territoryId, siteId);
  }
}
