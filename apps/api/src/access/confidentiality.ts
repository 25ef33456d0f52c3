// Effective confidentiality of sites and flows (a flow's own, else its site's, else `territory`) and the
// pseudonymous flow ids of anonymised sites, shared by the dataset and result projections (pure).

import { type Confidentiality, type Dataset, type Flow, type Site } from '@toile/flow-model';

/** The default of the dataset spec. */
export const DEFAULT_LEVEL: Confidentiality = 'territory';

export interface ConfidentialityIndex {
  readonly site: (siteId: string) => Site | undefined;
  readonly siteLevel: (siteId: string) => Confidentiality;
  readonly flow: (flowId: string) => Flow | undefined;
  readonly flowLevel: (flowId: string) => Confidentiality;
  /** `<site pseudonym>-flux-<n>` for a non-private flow (n over the site's non-private flows, dataset order). */
  readonly anonymousFlowId: (flowId: string) => string;
}

export function indexConfidentiality(
  dataset: Dataset,
  pseudonym: (siteId: string) => string,
): ConfidentialityIndex {
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const flows = new Map(dataset.flows.map((f) => [f.id, f]));
  const siteLevel = (siteId: string): Confidentiality => sites.get(siteId)?.confidentiality ?? DEFAULT_LEVEL;
  const flowLevel = (flowId: string): Confidentiality => {
    const flow = flows.get(flowId);
    if (flow === undefined) return 'private';
    return flow.confidentiality ?? siteLevel(flow.siteId);
  };
  const numbers = new Map<string, number>();
  const counters = new Map<string, number>();
  for (const flow of dataset.flows) {
    if (flowLevel(flow.id) === 'private') continue;
    const n = (counters.get(flow.siteId) ?? 0) + 1;
    counters.set(flow.siteId, n);
    numbers.set(flow.id, n);
  }
  const anonymousFlowId = (flowId: string): string => {
    const flow = flows.get(flowId);
    const site = pseudonym(flow?.siteId ?? flowId);
    const n = numbers.get(flowId);
    return n === undefined ? `${site}-flux-confidentiel` : `${site}-flux-${n}`;
  };
  return { site: (id) => sites.get(id), siteLevel, flow: (id) => flows.get(id), flowLevel, anonymousFlowId };
}

/** Degrees of the grid anonymised sites are placed on (≈ 1 km). */
export const ANONYMOUS_GRID_DEG = 0.01;

/** A coordinate on the 0.01° grid, without floating-point tails (49.4431 → 49.44). */
export function toGrid(valueDeg: number): number {
  return Math.round(valueDeg / ANONYMOUS_GRID_DEG) / Math.round(1 / ANONYMOUS_GRID_DEG);
}
