// buildReportModel: the report of a run (pure) from the dataset, the toile.result/1 and the run's parameters:
// context tables, synergy portfolio, totals (the run's, unchanged), assumptions with sources, unmatched flows.

import { getResource, lookupNace, normaliseFlow, type Dataset, type Synergy } from '@toile/flow-model';
import { toWebMercator } from '../graph/web-mercator';
import { assumptionRows, modelSentences, parameterSummary } from './report-assumptions';
import { familyLabelFr } from './report-format-fr';
import type {
  FamilyRow,
  ReportInput,
  ReportModel,
  ReportPartner,
  ReportSite,
  ReportSynergy,
  ReportVariant,
  SectionRow,
  UnmatchedRow,
  WithheldRow,
} from './report-model';
import { unmatchedLeverFr } from './unmatched-levers';

export interface ReportModelOptions {
  readonly variant?: ReportVariant;
  readonly withheld?: readonly WithheldRow[];
  readonly confidentialityNotes?: readonly string[];
  /** Site ids shown anonymised (public variant). */
  readonly anonymisedSiteIds?: ReadonlySet<string>;
  /** Aggregates covering fewer firms than this are withheld (« secret statistique »); 0 shows everything. */
  readonly minFirms?: number;
}

/** A firm is its SIREN (first 9 digits of the SIRET) when known, else the site itself. */
export function firmOf(site: Dataset['sites'][number]): string {
  return site.siret !== undefined && site.siret.length >= 9
    ? `siren:${site.siret.slice(0, 9)}`
    : `site:${site.id}`;
}

export function familyOfResource(resource: string): string {
  return getResource(resource)?.family ?? 'waste';
}

function isFictional(dataset: Dataset): boolean {
  const note = (dataset as { note?: unknown }).note;
  const text = `${dataset.territory.name} ${typeof note === 'string' ? note : ''}`.toLowerCase();
  return /fictif|fictive|fictional/u.test(text);
}

function secret<T>(value: T, firms: number, minFirms: number): T | 'secret' {
  return firms > 0 && firms < minFirms ? 'secret' : value;
}

function sectionRows(dataset: Dataset, minFirms: number): SectionRow[] {
  const bySection = new Map<string, { label: string; sites: number; firms: Set<string> }>();
  for (const site of dataset.sites) {
    const nace = site.nace === undefined ? undefined : lookupNace(site.nace);
    const key = nace?.section ?? '?';
    const row = bySection.get(key) ?? {
      label: nace?.sectionLabelFr ?? 'Activité non renseignée',
      sites: 0,
      firms: new Set(),
    };
    row.sites += 1;
    row.firms.add(firmOf(site));
    bySection.set(key, row);
  }
  return [...bySection.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([section, row]) => ({
      section,
      label: row.label,
      sites: secret(row.sites, row.firms.size, minFirms),
    }));
}

function familyRows(dataset: Dataset, minFirms: number): FamilyRow[] {
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  type Acc = {
    outputs: number;
    inputs: number;
    out: Record<string, number>;
    in: Record<string, number>;
    firmsOut: Set<string>;
    firmsIn: Set<string>;
  };
  const byFamily = new Map<string, Acc>();
  for (const flow of dataset.flows) {
    const n = normaliseFlow(flow);
    const acc = byFamily.get(n.family) ?? {
      outputs: 0,
      inputs: 0,
      out: {},
      in: {},
      firmsOut: new Set(),
      firmsIn: new Set(),
    };
    const firm = sites.has(flow.siteId) ? firmOf(sites.get(flow.siteId)!) : `site:${flow.siteId}`;
    const side = flow.direction === 'output' ? acc.out : acc.in;
    if (flow.direction === 'output') {
      acc.outputs += 1;
      acc.firmsOut.add(firm);
    } else {
      acc.inputs += 1;
      acc.firmsIn.add(firm);
    }
    if (n.quantityPerYr !== undefined) side[n.canonicalUnit] = (side[n.canonicalUnit] ?? 0) + n.quantityPerYr;
    byFamily.set(n.family, acc);
  }
  return [...byFamily.entries()]
    .sort(([a], [b]) => familyLabelFr(a).localeCompare(familyLabelFr(b), 'fr'))
    .map(([family, acc]) => ({
      family,
      label: familyLabelFr(family),
      outputs: secret(acc.outputs, acc.firmsOut.size, minFirms),
      inputs: secret(acc.inputs, acc.firmsIn.size, minFirms),
      outputQuantities: secret(acc.out, acc.firmsOut.size, minFirms),
      inputQuantities: secret(acc.in, acc.firmsIn.size, minFirms),
    }));
}

function reportSites(dataset: Dataset, anonymised: ReadonlySet<string>): ReportSite[] {
  const zones = new Map(dataset.zones.map((z) => [z.id, z.name]));
  return dataset.sites.map((site) => {
    const nace = site.nace === undefined ? undefined : lookupNace(site.nace);
    const flows = dataset.flows.filter((f) => f.siteId === site.id);
    return {
      id: site.id,
      name: site.name,
      lat: site.lat,
      lon: site.lon,
      ...toWebMercator(site.lat, site.lon),
      ...(site.nace !== undefined ? { nace: site.nace } : {}),
      ...(nace !== undefined ? { section: nace.section, sectionLabel: nace.sectionLabelFr } : {}),
      ...(site.zoneId !== undefined
        ? { zoneId: site.zoneId, zoneName: zones.get(site.zoneId) ?? site.zoneId }
        : {}),
      outputs: flows.filter((f) => f.direction === 'output').length,
      inputs: flows.filter((f) => f.direction === 'input').length,
      anonymised: anonymised.has(site.id),
    };
  });
}

function reportSynergy(synergy: Synergy, siteName: (id: string) => string): ReportSynergy {
  const partner = (ref: { siteId: string; flowId: string }): ReportPartner => ({
    ...ref,
    name: siteName(ref.siteId),
  });
  const details = synergy.details ?? {};
  const text = (key: string): string | undefined =>
    typeof details[key] === 'string' ? (details[key] as string) : undefined;
  const breakdown = details.breakdown;
  const resource = getResource(synergy.resource);
  return {
    id: synergy.id,
    kind: synergy.kind,
    resource: synergy.resource,
    resourceLabel:
      resource?.labelFr.replace(/\s*\(.*\)\s*$/u, '') ?? synergy.resource.replace(/^ewc:/u, 'déchet CED '),
    family: familyOfResource(synergy.resource),
    ...(synergy.supplier ? { supplier: partner(synergy.supplier) } : {}),
    ...(synergy.consumer ? { consumer: partner(synergy.consumer) } : {}),
    members: (synergy.members ?? []).map(partner),
    quantity: synergy.quantity,
    unit: synergy.unit,
    ...(synergy.distanceKm !== undefined ? { distanceKm: synergy.distanceKm } : {}),
    netValueEurPerYr: synergy.netValueEurPerYr ?? 0,
    co2AvoidedTPerYr: synergy.co2AvoidedTPerYr ?? 0,
    ...(text('ruleLabel') !== undefined ? { ruleLabel: text('ruleLabel') } : {}),
    ...(text('transport') !== undefined ? { transport: text('transport') } : {}),
    ...(breakdown !== null && typeof breakdown === 'object'
      ? { breakdown: breakdown as Record<string, number> }
      : {}),
    ...(text('limitedBy') !== undefined ? { limitedBy: text('limitedBy') } : {}),
    explanation: synergy.explanation,
  };
}

function unmatchedRows(input: ReportInput, siteName: (id: string) => string): UnmatchedRow[] {
  const flows = new Map(input.dataset.flows.map((f) => [f.id, f]));
  return input.result.unmatched.map((u) => {
    const flow = flows.get(u.flowId);
    const n = flow === undefined ? undefined : normaliseFlow(flow);
    return {
      flowId: u.flowId,
      siteName: flow === undefined ? '?' : siteName(flow.siteId),
      direction: flow?.direction ?? '?',
      label: n?.label ?? u.flowId,
      family: n?.family ?? 'unknown',
      ...(n?.quantityPerYr !== undefined ? { quantity: n.quantityPerYr, unit: n.canonicalUnit } : {}),
      ...(u.code !== undefined ? { code: u.code } : {}),
      reason: u.reason,
      lever: unmatchedLeverFr(u.code),
    };
  });
}

export function buildReportModel(input: ReportInput, options: ReportModelOptions = {}): ReportModel {
  const { dataset, result } = input;
  const variant = options.variant ?? 'full';
  const minFirms = options.minFirms ?? (variant === 'public' ? 3 : 0);
  const names = new Map(dataset.sites.map((s) => [s.id, s.name]));
  const siteName = (id: string): string => names.get(id) ?? id;
  const sites = reportSites(dataset, options.anonymisedSiteIds ?? new Set());
  return {
    meta: {
      title: `Étude d’écologie industrielle et territoriale — ${dataset.territory.name}`,
      territoryId: dataset.territory.id,
      territoryName: dataset.territory.name,
      ...(input.runId !== undefined ? { runId: input.runId } : {}),
      date: input.date ?? new Date().toISOString(),
      variant,
      fictional: isFictional(dataset),
      status: result.status,
    },
    parameterSummary: parameterSummary(input.parameters ?? {}, result.assumptions),
    zones: dataset.zones.map((z) => ({
      id: z.id,
      name: z.name,
      ...(z.kind !== undefined ? { kind: z.kind } : {}),
      sites: secret(
        dataset.sites.filter((s) => s.zoneId === z.id).length,
        new Set(dataset.sites.filter((s) => s.zoneId === z.id).map(firmOf)).size,
        minFirms,
      ),
    })),
    sections: sectionRows(dataset, minFirms),
    families: familyRows(dataset, minFirms),
    sites,
    siteCount: dataset.sites.length,
    flowCount: dataset.flows.length,
    synergies: result.synergies.map((s) => reportSynergy(s, siteName)),
    totals: result.totals,
    model: modelSentences(result.assumptions),
    assumptions: assumptionRows(result.assumptions),
    unmatched: unmatchedRows(input, siteName),
    withheld: options.withheld ?? [],
    confidentialityNotes: options.confidentialityNotes ?? [],
  };
}
