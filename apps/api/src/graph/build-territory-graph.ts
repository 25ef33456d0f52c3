// buildTerritoryGraph: a territory's dataset (and optionally a toile.result/1) as graphology's serialized
// multi-graph: sites as nodes placed in Web Mercator, synergies as edges. Pure; the viewer's contract is graph.ts.

import {
  type Dataset,
  DEFAULT_CONFIDENTIALITY,
  type GraphFlowSummary,
  getResource,
  lookupNace,
  type MatchResult,
  normaliseFlow,
  type SerializedTerritoryGraph,
  type SiteNodeAttributes,
  type Synergy,
  type SynergyEdgeAttributes,
} from '@toile/flow-model';
import { toWebMercator } from './web-mercator';

type Edge = SerializedTerritoryGraph['edges'][number];

function flowSummary(
  flow: Dataset['flows'][number],
  siteConfidentiality: GraphFlowSummary['confidentiality'],
  unmatchedReason: string | undefined,
): GraphFlowSummary {
  const n = normaliseFlow(flow);
  return {
    id: flow.id,
    direction: flow.direction,
    ...(flow.resource !== undefined ? { resource: flow.resource } : {}),
    ...(flow.ewc !== undefined ? { ewc: flow.ewc } : {}),
    family: n.family,
    label: n.label,
    quantity: flow.quantity,
    unit: flow.unit,
    ...(n.quantityPerYr !== undefined
      ? { quantityCanonical: n.quantityPerYr, canonicalUnit: n.canonicalUnit }
      : {}),
    ...(flow.temperatureC !== undefined ? { temperatureC: flow.temperatureC } : {}),
    confidentiality: flow.confidentiality ?? siteConfidentiality,
    ...(unmatchedReason !== undefined ? { unmatchedReason } : {}),
  };
}

function edgeAttributes(
  synergy: Synergy,
  supplierFlowId?: string,
  consumerFlowId?: string,
): SynergyEdgeAttributes {
  const conversion = synergy.details?.conversion;
  return {
    kind: 'synergy',
    synergyId: synergy.id,
    synergyKind: synergy.kind,
    resource: synergy.resource,
    family: getResource(synergy.resource)?.family ?? 'waste',
    quantity: synergy.quantity,
    unit: synergy.unit,
    ...(synergy.distanceKm !== undefined ? { distanceKm: synergy.distanceKm } : {}),
    ...(synergy.netValueEurPerYr !== undefined ? { netValueEurPerYr: synergy.netValueEurPerYr } : {}),
    ...(synergy.co2AvoidedTPerYr !== undefined ? { co2AvoidedTPerYr: synergy.co2AvoidedTPerYr } : {}),
    ...(typeof conversion === 'string' ? { conversion } : {}),
    explanation: synergy.explanation,
    ...(supplierFlowId !== undefined ? { supplierFlowId } : {}),
    ...(consumerFlowId !== undefined ? { consumerFlowId } : {}),
  };
}

/**
 * The edges of one synergy: a substitution is one edge supplier → consumer; a mutualisation is one edge from its
 * first member to each other member (`supplierFlowId` is then the first member's flow, `consumerFlowId` the other's).
 * Edges to unknown sites and self-loops (both ends on one site) are left out.
 */
export function synergyEdges(synergy: Synergy, siteIds: ReadonlySet<string>): Edge[] {
  const pairs =
    synergy.kind === 'substitution'
      ? synergy.supplier && synergy.consumer
        ? [[synergy.supplier, synergy.consumer] as const]
        : []
      : (synergy.members ?? []).slice(1).map((member) => [synergy.members![0], member] as const);
  return pairs
    .filter(([from, to]) => from.siteId !== to.siteId && siteIds.has(from.siteId) && siteIds.has(to.siteId))
    .map(([from, to], i) => ({
      key: pairs.length === 1 && synergy.kind === 'substitution' ? synergy.id : `${synergy.id}#${i + 1}`,
      source: from.siteId,
      target: to.siteId,
      attributes: edgeAttributes(synergy, from.flowId, to.flowId),
    }));
}

/** The territory graph; with `result`, its synergies become edges and its unmatched reasons join the flows. */
export function buildTerritoryGraph(
  dataset: Dataset,
  result?: MatchResult,
  runId?: string,
): SerializedTerritoryGraph {
  const unmatched = new Map((result?.unmatched ?? []).map((u) => [u.flowId, u.reason]));
  const flowsBySite = new Map<string, Dataset['flows'][number][]>();
  for (const flow of dataset.flows)
    flowsBySite.set(flow.siteId, [...(flowsBySite.get(flow.siteId) ?? []), flow]);
  const nodes = dataset.sites.map((site) => {
    const confidentiality = site.confidentiality ?? DEFAULT_CONFIDENTIALITY;
    const flows = (flowsBySite.get(site.id) ?? []).map((f) =>
      flowSummary(f, confidentiality, unmatched.get(f.id)),
    );
    const nace = site.nace === undefined ? undefined : lookupNace(site.nace);
    const attributes: SiteNodeAttributes = {
      kind: 'site',
      label: site.name,
      lat: site.lat,
      lon: site.lon,
      ...toWebMercator(site.lat, site.lon),
      ...(site.zoneId !== undefined ? { zoneId: site.zoneId } : {}),
      ...(site.nace !== undefined ? { nace: site.nace } : {}),
      ...(nace !== undefined ? { naceSection: nace.section, sector: nace.sectionLabelFr } : {}),
      confidentiality,
      declaredVolume: flows.reduce((sum, f) => sum + (f.quantityCanonical ?? 0), 0),
      flows,
      unmatchedOutputs: flows.filter((f) => f.direction === 'output' && f.unmatchedReason !== undefined)
        .length,
    };
    return { key: site.id, attributes };
  });
  const siteIds = new Set(dataset.sites.map((s) => s.id));
  const edges = (result?.synergies ?? []).flatMap((synergy) => synergyEdges(synergy, siteIds));
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {
      territoryId: dataset.territory.id,
      name: dataset.territory.name,
      ...(runId !== undefined ? { runId } : {}),
      zones: dataset.zones.map((z) => ({
        id: z.id,
        name: z.name,
        ...(z.kind !== undefined ? { kind: z.kind } : {}),
      })),
    },
    nodes,
    edges,
  };
}
