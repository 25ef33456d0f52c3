// The public variant of a run (pure): what may be shown to anyone. Private flows are removed; sites that are not
// `public`, or that take part in a synergy with a private flow, are anonymised; such synergies are only counted.

import {
  DEFAULT_CONFIDENTIALITY,
  lookupNace,
  type Dataset,
  type FlowRef,
  type MatchResult,
  type Synergy,
  type Unmatched,
} from '@toile/flow-model';
import { familyOfResource, firmOf } from './build-report-model';
import { eurosFr, familyLabelFr, numberFr, quantityFr, transportLabelFr } from './report-format-fr';
import type { WithheldRow } from './report-model';
import { neutralReasonFr } from './unmatched-levers';

export interface PublicVariant {
  readonly dataset: Dataset;
  readonly result: MatchResult;
  readonly anonymisedSiteIds: ReadonlySet<string>;
  readonly withheld: readonly WithheldRow[];
  readonly notes: readonly string[];
}

/** Fewest distinct firms an aggregate may cover in a public document (« secret statistique »). */
export const PUBLIC_MIN_FIRMS = 3;
/** Anonymised sites are placed on a grid of this step (degrees, ≈ 1 km), not at their address. */
export const PUBLIC_GRID_DEG = 0.01;

function letters(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

function refs(synergy: Synergy): FlowRef[] {
  return [synergy.supplier, synergy.consumer, ...(synergy.members ?? [])].filter(
    (r): r is FlowRef => r !== undefined,
  );
}

const round = (value: number): number => Math.round(value / PUBLIC_GRID_DEG) * PUBLIC_GRID_DEG;

function neutralExplanation(synergy: Synergy, name: (siteId: string) => string): string {
  const details = synergy.details ?? {};
  const value = `Valeur nette ${eurosFr(synergy.netValueEurPerYr ?? 0)}/an, ${numberFr(synergy.co2AvoidedTPerYr ?? 0)} tCO2e évitées par an.`;
  if (synergy.kind === 'mutualisation') {
    return `Mutualisation entre ${(synergy.members ?? []).length} sites (${(synergy.members ?? []).map((m) => name(m.siteId)).join(', ')}) : ${quantityFr(synergy.quantity, synergy.unit)} au total. ${value}`;
  }
  const transport = transportLabelFr(typeof details.transport === 'string' ? details.transport : undefined);
  const rule = typeof details.ruleLabel === 'string' ? ` Règle : ${details.ruleLabel}.` : '';
  return (
    `${name(synergy.supplier!.siteId)} fournit ${quantityFr(synergy.quantity, synergy.unit)} à ${name(synergy.consumer!.siteId)}` +
    `${synergy.distanceKm !== undefined ? `, à ${numberFr(synergy.distanceKm)} km` : ''}${transport ? ` (${transport})` : ''}.${rule} ${value}`
  );
}

const PUBLIC_DETAILS = ['ruleLabel', 'transport', 'breakdown', 'limitedBy', 'conversion'] as const;

export function publicVariant(
  dataset: Dataset,
  result: MatchResult,
  minFirms = PUBLIC_MIN_FIRMS,
): PublicVariant {
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const siteConf = (id: string) => sites.get(id)?.confidentiality ?? DEFAULT_CONFIDENTIALITY;
  const privateFlows = new Set(
    dataset.flows.filter((f) => (f.confidentiality ?? siteConf(f.siteId)) === 'private').map((f) => f.id),
  );
  const withheld = result.synergies.filter((s) => refs(s).some((r) => privateFlows.has(r.flowId)));
  const touched = new Set([
    ...withheld.flatMap((s) => refs(s).map((r) => r.siteId)),
    ...dataset.flows.filter((f) => privateFlows.has(f.id)).map((f) => f.siteId),
  ]);
  const anonymous = dataset.sites.filter((s) => siteConf(s.id) !== 'public' || touched.has(s.id));
  const sectionOf = (s: Dataset['sites'][number]) => (s.nace === undefined ? undefined : lookupNace(s.nace));
  const renamed = new Map<string, { id: string; name: string }>();
  anonymous.forEach((site, i) => {
    const label = sectionOf(site)?.sectionLabelFr.toLowerCase() ?? 'activité non renseignée';
    renamed.set(site.id, {
      id: `entreprise-${letters(i).toLowerCase()}`,
      name: `Entreprise ${letters(i)} (${label})`,
    });
  });
  const siteId = (id: string) => renamed.get(id)?.id ?? id;
  const siteName = (id: string) => renamed.get(id)?.name ?? sites.get(id)?.name ?? id;
  const flowIds = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const flow of dataset.flows) {
    if (privateFlows.has(flow.id)) continue;
    const anon = renamed.get(flow.siteId);
    if (anon === undefined) flowIds.set(flow.id, flow.id);
    else {
      const n = (counters.get(anon.id) ?? 0) + 1;
      counters.set(anon.id, n);
      flowIds.set(flow.id, `${anon.id}-flux-${n}`);
    }
  }
  const ref = (r: FlowRef): FlowRef => ({
    siteId: siteId(r.siteId),
    flowId: flowIds.get(r.flowId) ?? r.flowId,
  });

  const publicSites = dataset.sites.map((site) => {
    const anon = renamed.get(site.id);
    if (anon === undefined) return site;
    const section = sectionOf(site)?.section;
    return {
      id: anon.id,
      name: anon.name,
      lat: round(site.lat),
      lon: round(site.lon),
      ...(section !== undefined ? { nace: section } : {}),
      ...(site.zoneId !== undefined ? { zoneId: site.zoneId } : {}),
      confidentiality: 'territory' as const,
    };
  });
  const publicFlows = dataset.flows
    .filter((f) => !privateFlows.has(f.id))
    .map((flow) => {
      if (!renamed.has(flow.siteId)) return flow;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { note, ...rest } = flow;
      return { ...rest, id: flowIds.get(flow.id)!, siteId: siteId(flow.siteId) };
    });
  const note = (dataset as { note?: unknown }).note;
  const publicDataset = {
    format: dataset.format,
    territory: dataset.territory,
    ...(typeof note === 'string' ? { note } : {}),
    zones: dataset.zones,
    sites: publicSites,
    flows: publicFlows,
  } as Dataset;

  const kept = result.synergies
    .filter((s) => !withheld.includes(s))
    .map((s): Synergy => {
      const details = Object.fromEntries(
        PUBLIC_DETAILS.filter((k) => s.details?.[k] !== undefined).map((k) => [k, s.details![k]]),
      );
      return {
        id: s.id,
        kind: s.kind,
        resource: s.resource,
        ...(s.supplier ? { supplier: ref(s.supplier) } : {}),
        ...(s.consumer ? { consumer: ref(s.consumer) } : {}),
        ...(s.members ? { members: s.members.map(ref) } : {}),
        quantity: s.quantity,
        unit: s.unit,
        ...(s.distanceKm !== undefined ? { distanceKm: s.distanceKm } : {}),
        ...(s.netValueEurPerYr !== undefined ? { netValueEurPerYr: s.netValueEurPerYr } : {}),
        ...(s.co2AvoidedTPerYr !== undefined ? { co2AvoidedTPerYr: s.co2AvoidedTPerYr } : {}),
        explanation: neutralExplanation(s, siteName),
        details,
      };
    });
  const unmatched = result.unmatched
    .filter((u) => !privateFlows.has(u.flowId))
    .map((u): Unmatched => ({
      flowId: flowIds.get(u.flowId) ?? u.flowId,
      ...(u.code ? { code: u.code } : {}),
      reason: neutralReasonFr(u.code),
    }));
  const { model, parameters, avoidedCo2TPerUnit, purchasePriceEurPerUnit, disposalCostEurPerUnit } =
    result.assumptions;
  const solve = result.assumptions.solve as { method?: unknown } | undefined;

  const byFamily = new Map<string, { synergies: number; firms: Set<string> }>();
  for (const s of withheld) {
    const family = familyOfResource(s.resource);
    const row = byFamily.get(family) ?? { synergies: 0, firms: new Set<string>() };
    row.synergies += 1;
    for (const r of refs(s)) row.firms.add(sites.has(r.siteId) ? firmOf(sites.get(r.siteId)!) : r.siteId);
    byFamily.set(family, row);
  }
  const shown = [...byFamily.entries()].filter(([, row]) => row.firms.size >= minFirms);
  const dropped = [...byFamily.values()]
    .filter((row) => row.firms.size < minFirms)
    .reduce((n, row) => n + row.synergies, 0);
  const notes = [
    `Version publique : les flux déclarés confidentiels (${privateFlows.size}) ne figurent pas dans ce document, ni leurs quantités.`,
    `Seuls les sites qui ont accepté une diffusion publique sont nommés ; les autres (${anonymous.length}) apparaissent sous la forme « Entreprise X (secteur) », placés à environ 1 km près.`,
    `${withheld.length} synergie(s) impliquant un flux confidentiel ne sont pas détaillées ni comptées dans les totaux ; elles sont seulement dénombrées par famille lorsque le groupe réunit au moins ${minFirms} entreprises${dropped > 0 ? ` (${dropped} autre(s) omise(s) : groupe trop petit)` : ''}.`,
    `Tout agrégat (zone, secteur, famille) couvrant moins de ${minFirms} entreprises est remplacé par « s » (secret statistique).`,
  ];
  return {
    dataset: publicDataset,
    result: {
      format: result.format,
      territoryId: result.territoryId,
      status: result.status,
      synergies: kept,
      totals: totalsOf(kept),
      unmatched,
      assumptions: {
        model,
        parameters,
        avoidedCo2TPerUnit,
        purchasePriceEurPerUnit,
        disposalCostEurPerUnit,
        ...(typeof solve?.method === 'string' ? { solve: { method: solve.method } } : {}),
      },
    },
    anonymisedSiteIds: new Set(anonymous.map((s) => siteId(s.id))),
    withheld: shown.map(([family, row]) => ({
      family,
      label: familyLabelFr(family),
      synergies: row.synergies,
      firms: row.firms.size,
    })),
    notes,
  };
}

/** The totals of the shown synergies (same sums as the matcher's totals). */
export function totalsOf(synergies: readonly Synergy[]): MatchResult['totals'] {
  const sum = (unit: string) => synergies.filter((s) => s.unit === unit).reduce((t, s) => t + s.quantity, 0);
  return {
    synergies: synergies.length,
    tonnesPerYr: sum('t/yr'),
    mwhPerYr: sum('MWh/yr'),
    m3PerYr: sum('m3/yr'),
    netValueEurPerYr: synergies.reduce((t, s) => t + (s.netValueEurPerYr ?? 0), 0),
    co2AvoidedTPerYr: synergies.reduce((t, s) => t + (s.co2AvoidedTPerYr ?? 0), 0),
  };
}
