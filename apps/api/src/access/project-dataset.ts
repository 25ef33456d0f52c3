// What of a territory's dataset a viewer may see (auth README, « Projections »): everything, a firm's view
// (own sites in full, others named/anonymised/absent by confidentiality) or the public view (pure).

import type { Dataset, Flow, Site } from '@toile/flow-model';
import { indexConfidentiality, toGrid, type ConfidentialityIndex } from './confidentiality';
import type { Viewer } from './viewer';

/** The name every anonymised site carries. */
export const ANONYMOUS_SITE_NAME = 'Site anonyme';

/**
 * Fields an anonymised flow keeps: technical characteristics only. `note` (free text) and `price` (a firm's
 * commercial figure) go; id and siteId are replaced by pseudonyms.
 */
const ANONYMOUS_FLOW_FIELDS = [
  'direction',
  'resource',
  'ewc',
  'quantity',
  'unit',
  'hoursPerYear',
  'temperatureC',
  'pressureBar',
  'purityPct',
  'dryMatterPct',
  'moisturePct',
  'hazardous',
  'months',
  'confidentiality',
  'acceptsEwc',
] as const satisfies readonly (keyof Flow)[];

/** How one site appears to a viewer: in full, named (public flows only), anonymised, or not at all. */
export type SiteShow = 'full' | 'named' | 'anonymised' | 'absent';

export function siteShow(
  siteId: string,
  viewer: Viewer,
  index: ConfidentialityIndex,
  hasVisibleFlow: boolean,
) {
  if (viewer.kind === 'everything') return 'full';
  if (viewer.kind === 'firm' && viewer.ownSiteIds.has(siteId)) return 'full';
  const level = index.siteLevel(siteId);
  if (level === 'public') return 'named';
  if (viewer.kind === 'firm' && level === 'territory') return 'anonymised';
  return hasVisibleFlow ? 'anonymised' : 'absent';
}

/** Whether a flow of a site shown as `show` is visible to the viewer. */
export function flowVisible(
  flow: Flow,
  show: SiteShow,
  viewer: Viewer,
  index: ConfidentialityIndex,
): boolean {
  if (show === 'full') return true;
  if (show === 'absent') return false;
  const level = index.flowLevel(flow.id);
  if (level === 'public') return true;
  return viewer.kind === 'firm' && show === 'anonymised' && level === 'territory';
}

export function anonymousSite(site: Site, pseudonymId: string): Site {
  return {
    id: pseudonymId,
    name: ANONYMOUS_SITE_NAME,
    lat: toGrid(site.lat),
    lon: toGrid(site.lon),
    ...(site.nace !== undefined ? { nace: site.nace } : {}),
    ...(site.zoneId !== undefined ? { zoneId: site.zoneId } : {}),
    confidentiality: site.confidentiality ?? 'territory',
  };
}

function anonymousFlow(flow: Flow, id: string, siteId: string): Flow {
  const kept = Object.fromEntries(
    ANONYMOUS_FLOW_FIELDS.filter((k) => flow[k] !== undefined).map((k) => [k, flow[k]]),
  );
  return { ...kept, id, siteId } as Flow;
}

/**
 * The dataset as `viewer` may see it. Anonymised sites get `pseudonym(siteId)` as id and their visible flows
 * `<pseudonym>-flux-<n>`; flows keep referencing the (possibly pseudonymous) site id; zones are kept.
 */
export function projectDataset(
  dataset: Dataset,
  viewer: Viewer,
  pseudonym: (siteId: string) => string,
): Dataset {
  if (viewer.kind === 'everything') return dataset;
  const index = indexConfidentiality(dataset, pseudonym);
  const publicFlowSites = new Set(
    dataset.flows.filter((f) => index.flowLevel(f.id) !== 'private').map((f) => f.siteId),
  );
  const publicOnly = new Set(
    dataset.flows.filter((f) => index.flowLevel(f.id) === 'public').map((f) => f.siteId),
  );
  const shows = new Map<string, SiteShow>(
    dataset.sites.map((s) => [
      s.id,
      siteShow(
        s.id,
        viewer,
        index,
        viewer.kind === 'firm' ? publicFlowSites.has(s.id) : publicOnly.has(s.id),
      ),
    ]),
  );
  const sites: Site[] = [];
  for (const site of dataset.sites) {
    const show = shows.get(site.id)!;
    if (show === 'full' || show === 'named') sites.push(site);
    else if (show === 'anonymised') sites.push(anonymousSite(site, pseudonym(site.id)));
  }
  const flows: Flow[] = [];
  for (const flow of dataset.flows) {
    const show = shows.get(flow.siteId) ?? 'absent';
    if (!flowVisible(flow, show, viewer, index)) continue;
    flows.push(
      show === 'anonymised'
        ? anonymousFlow(flow, index.anonymousFlowId(flow.id), pseudonym(flow.siteId))
        : flow,
    );
  }
  return { format: dataset.format, territory: dataset.territory, zones: dataset.zones, sites, flows };
}
