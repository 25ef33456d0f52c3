// The access contract of apps/api/src/auth/README.md as pure functions: each role's level on each territory,
// and which sites and flows a level shows. The matrix (authz-matrix.ts) derives every expected status from here.

import type { Flow, Site } from '@toile/flow-model';
import { T1, T1_DATASET, T2, T2_DATASET } from './authz-datasets';
import { FIRM_SITES, type RoleName } from './authz-world';

export type TerritoryKey = 'T1' | 'T2';
export type Level = 'everything' | 'firm' | 'public' | null;

export const TERRITORY_ID: Readonly<Record<TerritoryKey, string>> = { T1, T2 };
const DATASETS = { T1: T1_DATASET, T2: T2_DATASET } as const;

/** The account a role acts as (the API key acts as its owner). */
export function accountOf(role: RoleName): RoleName {
  return role === 'keyF1' ? 'firmF1' : role;
}

/** T1 has a public page, T2 has none. */
export function levelOf(role: RoleName, territory: TerritoryKey): Level {
  const who = accountOf(role);
  if (who === 'admin') return 'everything';
  if (who === 'facT1' && territory === 'T1') return 'everything';
  if (who === 'facT2' && territory === 'T2') return 'everything';
  if ((who === 'firmF1' || who === 'firmF2') && territory === 'T1') return 'firm';
  if (who === 'firmG' && territory === 'T2') return 'firm';
  return territory === 'T1' ? 'public' : null;
}

export function isFirm(role: RoleName): boolean {
  const who = accountOf(role);
  return who === 'firmF1' || who === 'firmF2' || who === 'firmG';
}

/** The site ids a firm role holds in a territory. */
export function ownSites(role: RoleName, territory: TerritoryKey): readonly string[] {
  const who = accountOf(role);
  if (who !== 'firmF1' && who !== 'firmF2' && who !== 'firmG') return [];
  const claim = FIRM_SITES[who];
  return claim.territoryId === TERRITORY_ID[territory] ? [claim.siteId] : [];
}

export function siteOf(territory: TerritoryKey, siteId: string): Site {
  const site = DATASETS[territory].sites.find((s) => s.id === siteId);
  if (!site) throw new Error(`no site ${siteId} in ${territory}`);
  return site;
}

export function flowOf(territory: TerritoryKey, flowId: string): Flow {
  const flow = DATASETS[territory].flows.find((f) => f.id === flowId);
  if (!flow) throw new Error(`no flow ${flowId} in ${territory}`);
  return flow;
}

/** A flow's own confidentiality, else its site's, else `territory` (dataset spec). */
function effective(flow: Flow, site: Site): string {
  return flow.confidentiality ?? site.confidentiality ?? 'territory';
}

/** Whether the site is shown under its real id (anonymised sites are shown under a pseudonym only). */
export function showsSiteByRealId(role: RoleName, territory: TerritoryKey, siteId: string): boolean {
  const level = levelOf(role, territory);
  if (level === null) return false;
  if (level === 'everything') return true;
  if (ownSites(role, territory).includes(siteId)) return true;
  return siteOf(territory, siteId).confidentiality === 'public';
}

/** Whether the flow is shown at all (projection rules of the README). */
export function showsFlow(role: RoleName, territory: TerritoryKey, flowId: string): boolean {
  const level = levelOf(role, territory);
  if (level === null) return false;
  if (level === 'everything') return true;
  const flow = flowOf(territory, flowId);
  const site = siteOf(territory, flow.siteId);
  if (ownSites(role, territory).includes(flow.siteId)) return true;
  const conf = effective(flow, site);
  if (level === 'public') return conf === 'public';
  // firm: a public site with its public flows; a territory site with public and territory flows.
  if (site.confidentiality === 'public') return conf === 'public';
  if (site.confidentiality === 'private') return false;
  return conf === 'public' || conf === 'territory';
}

/** Whether the site is shown anonymised, so found under its pseudonym (`anon-…`) by this role. */
export function showsSiteByPseudonym(role: RoleName, territory: TerritoryKey, siteId: string): boolean {
  const level = levelOf(role, territory);
  if (level === null || level === 'everything' || showsSiteByRealId(role, territory, siteId)) return false;
  const site = siteOf(territory, siteId);
  if (site.confidentiality === 'private') return false;
  if (level === 'firm') return true;
  const flows = (territory === 'T1' ? T1_DATASET : T2_DATASET).flows.filter((f) => f.siteId === siteId);
  return flows.some((f) => showsFlow(role, territory, f.id));
}

/** Whether the flow is found under its real id: shown, on a site shown under its real id (the flows of an
 *  anonymised site are shown under pseudonymous ids too). */
export function showsFlowByRealId(role: RoleName, territory: TerritoryKey, flowId: string): boolean {
  const siteId = flowOf(territory, flowId).siteId;
  return showsFlow(role, territory, flowId) && showsSiteByRealId(role, territory, siteId);
}

/** The status a `manage` route answers: 404 unreadable, 401 anonymous, 403 readable but refused. */
export function manageStatus(role: RoleName, territory: TerritoryKey, ok: number): number {
  const level = levelOf(role, territory);
  if (level === null) return 404;
  if (level === 'everything') return ok;
  return role === 'public' ? 401 : 403;
}

/** The status a `read` route answers when the object is shown (or not). */
export function readStatus(role: RoleName, territory: TerritoryKey, shown = true): number {
  if (levelOf(role, territory) === null) return 404;
  return shown ? 200 : 404;
}

/** `staff` routes (accounts, creating territories): 401 anonymous, 403 firms. */
export function staffStatus(role: RoleName, ok: number): number {
  if (role === 'public') return 401;
  return isFirm(role) ? 403 : ok;
}

export function managesTerritory(role: RoleName, territory: TerritoryKey): boolean {
  return levelOf(role, territory) === 'everything';
}
