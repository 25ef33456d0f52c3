// A flow resolved for computation: resource or EWC entry, family, canonical unit, yearly and monthly
// quantities, hazardous flag and price per canonical unit. Pure; used by the matcher and the API's graph.

import type { Dataset, Flow } from './dataset';
import { lookupEwc, type EwcEntry } from './ewc';
import { monthlyQuantities, monthShares } from './monthly';
import { pricePerCanonicalUnit } from './price';
import type { Problem } from './problem';
import { getResource, type CanonicalUnit, type ResourceFamily } from './resources';
import { EWC_CANONICAL_UNIT, toCanonical } from './unit-conversion';

/** A resource family, `waste` for a flow known only by its EWC code, `unknown` when neither resolves. */
export type FlowFamily = ResourceFamily | 'waste' | 'unknown';

export interface NormalisedFlow {
  readonly flow: Flow;
  /** The flow's `resource` when it is a known key; undefined for an EWC-only flow. */
  readonly resource?: string;
  /** The List of Waste entry of the flow's `ewc`, when known. */
  readonly ewc?: EwcEntry;
  readonly family: FlowFamily;
  /** French label: the resource's, else the EWC description with its code. */
  readonly label: string;
  readonly canonicalUnit: CanonicalUnit;
  /** Yearly quantity in the canonical unit; undefined when the unit cannot be converted (see problems). */
  readonly quantityPerYr?: number;
  /** 12 monthly quantities in the canonical unit, January first (flat when no profile). */
  readonly monthly?: readonly number[];
  /** Normalised month shares (sum 1) when the flow declares a usable profile; undefined means flat. */
  readonly monthShares?: readonly number[];
  /** The flow's `hazardous`, else the EWC entry's flag, else false. */
  readonly hazardous: boolean;
  /** Price in EUR per canonical unit (EUR/t, EUR/MWh, EUR/m3), when given and convertible. */
  readonly priceEurPerUnit?: number;
  /** Ids of the physical factors used by the quantity and price conversions. */
  readonly factorsUsed: readonly string[];
  /** Why a value above is missing (unknown resource, incompatible unit…); empty for a valid flow. */
  readonly problems: readonly Problem[];
}

export interface NormalisedDataset {
  readonly dataset: Dataset;
  readonly flows: readonly NormalisedFlow[];
  readonly problems: readonly Problem[];
}

/** Normalises one flow; `path` prefixes the problems' JSON paths (default `$.flows[?]`). */
export function normaliseFlow(flow: Flow, path = '$.flows[?]'): NormalisedFlow {
  const problems: Problem[] = [];
  const resource = flow.resource === undefined ? undefined : getResource(flow.resource);
  if (flow.resource !== undefined && resource === undefined)
    problems.push({
      path: `${path}.resource`,
      value: flow.resource,
      code: 'unknown-resource',
      reason: 'resource is not a key of the vocabulary',
    });
  const ewc = flow.ewc === undefined ? undefined : lookupEwc(flow.ewc);
  if (flow.ewc !== undefined && ewc === undefined)
    problems.push({
      path: `${path}.ewc`,
      value: flow.ewc,
      code: 'unknown-ewc',
      reason: 'ewc is not a List of Waste code',
    });
  const family: FlowFamily = resource?.family ?? (ewc !== undefined ? 'waste' : 'unknown');
  const label =
    resource?.labelFr ??
    (ewc !== undefined ? `${ewc.display} ${ewc.description}` : (flow.resource ?? flow.id));
  const canonicalUnit = resource?.canonicalUnit ?? EWC_CANONICAL_UNIT;
  const resolvable = resource !== undefined || (flow.resource === undefined && ewc !== undefined);
  const factorsUsed = new Set<string>();
  let quantityPerYr: number | undefined;
  if (resolvable) {
    const q = toCanonical(flow, resource?.key);
    if (q.ok) {
      quantityPerYr = q.value;
      q.factorsUsed.forEach((f) => factorsUsed.add(f));
    } else problems.push({ path: `${path}.unit`, value: flow.unit, code: q.code, reason: q.reason });
  }
  let priceEurPerUnit: number | undefined;
  const price = resolvable
    ? pricePerCanonicalUnit({ price: flow.price, resource: resource?.key })
    : undefined;
  if (price?.ok === true) {
    priceEurPerUnit = price.value;
    price.factorsUsed.forEach((f) => factorsUsed.add(f));
  } else if (price !== undefined)
    problems.push({ path: `${path}.price`, value: flow.price, code: price.code, reason: price.reason });
  const shares = monthShares(flow.months);
  return Object.freeze({
    flow,
    ...(resource !== undefined ? { resource: resource.key } : {}),
    ...(ewc !== undefined ? { ewc } : {}),
    family,
    label,
    canonicalUnit,
    ...(quantityPerYr !== undefined
      ? { quantityPerYr, monthly: monthlyQuantities(flow, quantityPerYr) }
      : {}),
    ...(shares !== undefined ? { monthShares: shares } : {}),
    hazardous: typeof flow.hazardous === 'boolean' ? flow.hazardous : (ewc?.hazardous ?? false),
    ...(priceEurPerUnit !== undefined ? { priceEurPerUnit } : {}),
    factorsUsed: Object.freeze([...factorsUsed]),
    problems: Object.freeze(problems),
  });
}

/** Normalises every flow of a (validated) dataset; problems of all flows gathered with their paths. */
export function normaliseDataset(dataset: Dataset): NormalisedDataset {
  const flows = dataset.flows.map((f, i) => normaliseFlow(f, `$.flows[${i}]`));
  return Object.freeze({
    dataset,
    flows: Object.freeze(flows),
    problems: Object.freeze(flows.flatMap((f) => f.problems)),
  });
}
