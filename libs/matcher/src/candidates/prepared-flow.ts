// Flows made ready for pairing: normalised by flow-model (canonical quantity, price, hazard), placed at their
// site, with the disposal cost (outputs) or purchase price (inputs) per canonical unit, default when absent.

import {
  ewcDigits,
  getResource,
  normaliseDataset,
  rulesFromOutput,
  type Dataset,
  type Flow,
  type NormalisedFlow,
} from '@toile/flow-model';
import type { Endpoint } from '../types';
import {
  defaultDisposalCostEurPerUnit,
  defaultPurchasePriceEurPerUnit,
  type MatchParameters,
} from '../parameters';

export interface PreparedFlow {
  /** Position in the prepared array. */
  readonly index: number;
  readonly flow: Flow;
  readonly normalised: NormalisedFlow;
  readonly siteId: string;
  readonly lat: number;
  readonly lon: number;
  /** Endpoint resource: the resource key, else `ewc:XXXXXX`. */
  readonly key: string;
  readonly resource?: string;
  readonly ewcCode?: string;
  /** Resource family; for an EWC-only output, the family of what its first rule makes of it. */
  readonly family: string;
  readonly quantityPerYr: number;
  readonly hazardous: boolean;
  /** Outputs: disposal cost avoided; inputs: purchase price avoided (EUR per canonical unit). */
  readonly priceEurPerUnit: number;
  readonly priceIsDefault: boolean;
}

export interface PreparedDataset {
  readonly flows: readonly PreparedFlow[];
  readonly outputs: readonly PreparedFlow[];
  readonly inputs: readonly PreparedFlow[];
  readonly endpoints: readonly Endpoint[];
  /** Flows left out (unknown site, resource or unit), with why. */
  readonly skipped: readonly { readonly flowId: string; readonly detail: string }[];
  /** Largest |latitude| of any site, for the grid's longitude cells. */
  readonly maxAbsLat: number;
}

function familyOf(normalised: NormalisedFlow, flow: Flow): string {
  if (normalised.family !== 'waste') return normalised.family;
  if (flow.direction !== 'output') return 'waste';
  const first = rulesFromOutput(flow)[0];
  return (first === undefined ? undefined : getResource(first.to)?.family) ?? 'waste';
}

/** Normalises and prices every usable flow of the dataset (pure). */
export function prepareFlows(dataset: Dataset, params: MatchParameters): PreparedDataset {
  const sites = new Map(dataset.sites.map((site) => [site.id, site]));
  const normalised = normaliseDataset(dataset).flows;
  const flows: PreparedFlow[] = [];
  const skipped: { flowId: string; detail: string }[] = [];
  let maxAbsLat = 0;
  for (const site of dataset.sites) maxAbsLat = Math.max(maxAbsLat, Math.abs(site.lat));
  for (const nf of normalised) {
    const flow = nf.flow;
    const site = sites.get(flow.siteId);
    if (site === undefined) {
      skipped.push({ flowId: flow.id, detail: `site « ${flow.siteId} » inconnu` });
      continue;
    }
    if (
      nf.quantityPerYr === undefined ||
      !(nf.quantityPerYr > 0) ||
      (nf.resource === undefined && nf.ewc === undefined)
    ) {
      const why = nf.problems.map((p) => p.reason).join('; ') || 'quantité ou ressource non exploitable';
      skipped.push({ flowId: flow.id, detail: why });
      continue;
    }
    const ewcCode = nf.ewc?.code ?? ewcDigits(flow.ewc);
    const key = nf.resource ?? `ewc:${ewcCode}`;
    const family = familyOf(nf, flow);
    const declared = nf.priceEurPerUnit;
    const fallback =
      flow.direction === 'output'
        ? defaultDisposalCostEurPerUnit(nf.resource ?? ewcCode, family, nf.hazardous, params)
        : nf.resource === undefined
          ? 0
          : defaultPurchasePriceEurPerUnit(nf.resource, params);
    flows.push({
      index: flows.length,
      flow,
      normalised: nf,
      siteId: site.id,
      lat: site.lat,
      lon: site.lon,
      key,
      ...(nf.resource !== undefined ? { resource: nf.resource } : {}),
      ...(ewcCode !== undefined ? { ewcCode } : {}),
      family,
      quantityPerYr: nf.quantityPerYr,
      hazardous: nf.hazardous,
      priceEurPerUnit: declared ?? fallback,
      priceIsDefault: declared === undefined,
    });
  }
  const endpoints: Endpoint[] = flows.map((p) => ({
    flowId: p.flow.id,
    siteId: p.siteId,
    direction: p.flow.direction,
    resource: p.key,
    canonicalUnit: p.normalised.canonicalUnit,
    quantityPerYr: p.quantityPerYr,
    ...(p.normalised.monthShares !== undefined ? { monthShares: p.normalised.monthShares } : {}),
  }));
  return {
    flows,
    outputs: flows.filter((p) => p.flow.direction === 'output'),
    inputs: flows.filter((p) => p.flow.direction === 'input'),
    endpoints,
    skipped,
    maxAbsLat,
  };
}
