// What of a match run a viewer may see: everything, a firm's own synergies with counterparts named only when
// public or introduced, or the public variant of the reports (pure).

import type { Dataset, FlowRef, MatchResult, Synergy } from '@toile/flow-model';
import { publicVariant, totalsOf } from '../reports/public-variant';
import { eurosFr, numberFr, quantityFr, transportLabelFr } from '../reports/report-format-fr';
import { ANONYMOUS_SITE_NAME } from './project-dataset';
import { indexConfidentiality } from './confidentiality';
import type { Viewer } from './viewer';

export interface ProjectResultOptions {
  /** The pseudonym of a site (`anon-xxxxxxxx`), see pseudonymFor. */
  readonly pseudonym: (siteId: string) => string;
  /** Whether the firms of siteA (the viewer's) and siteB (the counterpart) agreed to be introduced. */
  readonly introduced: (synergyKey: string, siteA: string, siteB: string) => boolean;
  /** The stable key of a synergy (follow-up/synergy-key.ts, synergyKeyOf). */
  readonly synergyKey: (synergy: Synergy) => string;
}

/** Where an anonymised synergy carries an opaque, stable reference to its key (for introductions). */
export const SYNERGY_REF_DETAIL = 'synergyRef';
/** Details that name nobody and may stay on a synergy with an anonymised counterpart. */
const NEUTRAL_DETAILS = ['ruleLabel', 'transport'] as const;

function refsOf(synergy: Synergy): FlowRef[] {
  return [synergy.supplier, synergy.consumer, ...(synergy.members ?? [])].filter(
    (r): r is FlowRef => r !== undefined,
  );
}

function neutralExplanationFr(synergy: Synergy, name: (ref: FlowRef) => string): string {
  const value =
    `Valeur nette ${eurosFr(synergy.netValueEurPerYr ?? 0)}/an, ` +
    `${numberFr(synergy.co2AvoidedTPerYr ?? 0)} tCO2e évitées par an.`;
  if (synergy.kind === 'mutualisation' || !synergy.supplier || !synergy.consumer) {
    const members = refsOf(synergy);
    return `Mutualisation entre ${members.length} sites (${members.map(name).join(', ')}) : ${quantityFr(synergy.quantity, synergy.unit)} au total. ${value}`;
  }
  const mode = synergy.details?.transport;
  const transport = transportLabelFr(typeof mode === 'string' ? mode : undefined);
  const distance = synergy.distanceKm !== undefined ? `, à ${numberFr(synergy.distanceKm)} km` : '';
  return (
    `${name(synergy.supplier)} fournit ${quantityFr(synergy.quantity, synergy.unit)} à ${name(synergy.consumer)}` +
    `${distance}${transport ? ` (${transport})` : ''}. ${value}`
  );
}

/** The assumptions that name no site (the same subset as the public variant). */
function neutralAssumptions(result: MatchResult): MatchResult['assumptions'] {
  const { model, parameters, avoidedCo2TPerUnit, purchasePriceEurPerUnit, disposalCostEurPerUnit } =
    result.assumptions;
  const solve = result.assumptions.solve as { method?: unknown } | undefined;
  return {
    model,
    parameters,
    avoidedCo2TPerUnit,
    purchasePriceEurPerUnit,
    disposalCostEurPerUnit,
    ...(typeof solve?.method === 'string' ? { solve: { method: solve.method } } : {}),
  };
}

function firmResult(
  result: MatchResult,
  dataset: Dataset,
  own: ReadonlySet<string>,
  options: ProjectResultOptions,
): MatchResult {
  const index = indexConfidentiality(dataset, options.pseudonym);
  const synergies: Synergy[] = [];
  for (const synergy of result.synergies) {
    const refs = refsOf(synergy);
    const mine = refs.filter((r) => own.has(r.siteId));
    if (mine.length === 0) continue;
    const key = options.synergyKey(synergy);
    const named = (ref: FlowRef): boolean =>
      own.has(ref.siteId) ||
      index.siteLevel(ref.siteId) === 'public' ||
      mine.some((m) => options.introduced(key, m.siteId, ref.siteId));
    const introduced = (ref: FlowRef): boolean =>
      mine.some((m) => own.has(ref.siteId) || options.introduced(key, m.siteId, ref.siteId));
    const project = (ref: FlowRef): FlowRef => {
      if (own.has(ref.siteId)) return ref;
      if (introduced(ref)) return ref;
      if (named(ref)) {
        const shown = index.flowLevel(ref.flowId) === 'public';
        return { siteId: ref.siteId, flowId: shown ? ref.flowId : `${ref.siteId}-flux-confidentiel` };
      }
      return { siteId: options.pseudonym(ref.siteId), flowId: index.anonymousFlowId(ref.flowId) };
    };
    const nameOf = (ref: FlowRef): string =>
      named(ref) ? (index.site(ref.siteId)?.name ?? ref.siteId) : ANONYMOUS_SITE_NAME;
    const open = refs.every(introduced);
    const projected: Synergy = {
      id: synergy.id,
      kind: synergy.kind,
      resource: synergy.resource,
      ...(synergy.supplier ? { supplier: project(synergy.supplier) } : {}),
      ...(synergy.consumer ? { consumer: project(synergy.consumer) } : {}),
      ...(synergy.members ? { members: synergy.members.map(project) } : {}),
      quantity: synergy.quantity,
      unit: synergy.unit,
      ...(synergy.distanceKm !== undefined ? { distanceKm: synergy.distanceKm } : {}),
      ...(synergy.netValueEurPerYr !== undefined ? { netValueEurPerYr: synergy.netValueEurPerYr } : {}),
      ...(synergy.co2AvoidedTPerYr !== undefined ? { co2AvoidedTPerYr: synergy.co2AvoidedTPerYr } : {}),
      explanation: open ? synergy.explanation : neutralExplanationFr(synergy, nameOf),
      details: open
        ? { ...(synergy.details ?? {}), [SYNERGY_REF_DETAIL]: options.pseudonym(`synergy:${key}`) }
        : {
            ...Object.fromEntries(
              NEUTRAL_DETAILS.filter((k) => synergy.details?.[k] !== undefined).map((k) => [
                k,
                synergy.details![k],
              ]),
            ),
            [SYNERGY_REF_DETAIL]: options.pseudonym(`synergy:${key}`),
          },
    };
    synergies.push(projected);
  }
  const ownFlows = new Set(dataset.flows.filter((f) => own.has(f.siteId)).map((f) => f.id));
  return {
    format: result.format,
    territoryId: result.territoryId,
    status: result.status,
    synergies,
    totals: totalsOf(synergies),
    unmatched: result.unmatched.filter((u) => ownFlows.has(u.flowId)),
    assumptions: neutralAssumptions(result),
  };
}

/**
 * The dataset with every flow that is not effectively `public` marked `private`: the reports' public variant
 * withholds `private` flows only, while the public projection shows `public` flows only.
 */
export function publicFlowsOnly(dataset: Dataset): Dataset {
  const index = indexConfidentiality(dataset, (siteId) => siteId);
  return {
    ...dataset,
    flows: dataset.flows.map((f) =>
      index.flowLevel(f.id) === 'public' ? f : { ...f, confidentiality: 'private' as const },
    ),
  };
}

/**
 * The run as `viewer` may see it: as stored (everything); a firm's synergies (one of its sites supplier,
 * consumer or member), totals recomputed over them, unmatched of its own flows; or the reports' public variant.
 */
export function projectResult(
  result: MatchResult,
  dataset: Dataset,
  viewer: Viewer,
  options: ProjectResultOptions,
): MatchResult {
  if (viewer.kind === 'everything') return result;
  if (viewer.kind === 'public') return publicVariant(publicFlowsOnly(dataset), result).result;
  return firmResult(result, dataset, viewer.ownSiteIds, options);
}
