// What the interpretation knows beyond the LP: names of sites and flows for the sentences, the territory id.
// Built from the dataset by match(); tests may build it by hand (names then fall back to ids).

import type { Dataset } from '@toile/flow-model';
import { getResource } from '@toile/flow-model';
import { shortLabelFr } from './format-fr';

export interface InterpretationContext {
  readonly territoryId: string;
  readonly siteNames: ReadonlyMap<string, string>;
  /** French label of each flow's resource (or its EWC code). */
  readonly flowLabels: ReadonlyMap<string, string>;
}

export function interpretationContext(dataset: Dataset): InterpretationContext {
  const siteNames = new Map(dataset.sites.map((site) => [site.id, site.name]));
  const flowLabels = new Map<string, string>();
  for (const flow of dataset.flows) {
    const label = flow.resource
      ? (getResource(flow.resource)?.labelFr ?? flow.resource)
      : `déchet ${flow.ewc ?? ''}`;
    flowLabels.set(flow.id, shortLabelFr(label.trim()));
  }
  return { territoryId: dataset.territory.id, siteNames, flowLabels };
}

export function siteName(context: InterpretationContext, siteId: string): string {
  return context.siteNames.get(siteId) ?? siteId;
}

export function flowLabel(context: InterpretationContext, flowId: string, resource: string): string {
  return context.flowLabels.get(flowId) ?? shortLabelFr(getResource(resource)?.labelFr ?? resource);
}
