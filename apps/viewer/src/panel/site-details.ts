// The side panel's model for one site: identity, declared flows, synergies (with partner, explanation,
// € and tCO2e per year) and the flows left without a partner with their reason. Pure; the DOM is in ui/.

import type { GraphFlowSummary } from '@toile/flow-model';
import { naceSectionLabel } from '../style/nace-palette';
import { FAMILY_COLORS, FAMILY_LABELS_FR, displayFamily } from '../style/families';
import { SYNERGY_STATUS_LABELS_FR } from '../graph/synergy-status';
import { flowLabelFr, resourceLabelFr } from '../style/resource-label';
import type { ViewerGraph } from '../graph/viewer-graph';

export interface FlowLine {
  readonly id: string;
  readonly direction: 'output' | 'input';
  readonly label: string;
  readonly quantity: number;
  readonly unit: string;
  readonly temperatureC?: number;
  readonly familyLabel: string;
  readonly familyColor: string;
  readonly confidential: boolean;
}

export interface SynergyLine {
  readonly edgeKey: string;
  /** `supplies` when this site gives, `receives` when it takes. */
  readonly role: 'supplies' | 'receives';
  readonly partnerId: string;
  readonly partner: string;
  readonly resource: string;
  readonly familyColor: string;
  readonly status: string;
  /** Drawn dashed: mutualisation or conversion needed. */
  readonly dashed: boolean;
  readonly quantity: number;
  readonly unit: string;
  readonly netValueEurPerYr?: number;
  readonly co2AvoidedTPerYr?: number;
  readonly distanceKm?: number;
  readonly conversion?: string;
  readonly explanation: string;
}

export interface UnmatchedLine {
  readonly flowId: string;
  readonly label: string;
  readonly reason: string;
}

export interface SiteDetails {
  readonly id: string;
  readonly name: string;
  readonly sector: string;
  readonly nace?: string;
  readonly zone?: string;
  readonly flows: readonly FlowLine[];
  readonly synergies: readonly SynergyLine[];
  readonly unmatched: readonly UnmatchedLine[];
  readonly unmatchedOutputs: number;
  readonly totalNetValueEurPerYr: number;
  readonly totalCo2AvoidedTPerYr: number;
}

function flowLine(f: GraphFlowSummary): FlowLine {
  const family = displayFamily(f.resource, f.family);
  return {
    id: f.id,
    direction: f.direction,
    label: flowLabelFr(f.label, f.resource),
    quantity: f.quantity,
    unit: f.unit,
    temperatureC: f.temperatureC,
    familyLabel: FAMILY_LABELS_FR[family],
    familyColor: FAMILY_COLORS[family],
    confidential: f.confidentiality !== 'public',
  };
}

/** The panel model of `node`; synergies hidden by the filters are left out. */
export function siteDetails(graph: ViewerGraph, node: string, hiddenEdges: ReadonlySet<string>): SiteDetails {
  const a = graph.getNodeAttributes(node);
  const zone = graph.getAttribute('zones')?.find((z) => z.id === a.zoneId)?.name;
  const synergies: SynergyLine[] = [];
  let totalNetValueEurPerYr = 0;
  let totalCo2AvoidedTPerYr = 0;
  graph.forEachEdge(node, (edge, e, source, target) => {
    if (hiddenEdges.has(edge)) return;
    const partnerId = source === node ? target : source;
    totalNetValueEurPerYr += e.netValueEurPerYr ?? 0;
    totalCo2AvoidedTPerYr += e.co2AvoidedTPerYr ?? 0;
    synergies.push({
      edgeKey: edge,
      role: source === node ? 'supplies' : 'receives',
      partnerId,
      partner: graph.getNodeAttribute(partnerId, 'label'),
      resource: resourceLabelFr(e.resource),
      familyColor: FAMILY_COLORS[e.displayFamily],
      status: SYNERGY_STATUS_LABELS_FR[e.status],
      dashed: e.status !== 'direct',
      quantity: e.quantity,
      unit: e.unit,
      netValueEurPerYr: e.netValueEurPerYr,
      co2AvoidedTPerYr: e.co2AvoidedTPerYr,
      distanceKm: e.distanceKm,
      conversion: e.conversion,
      explanation: e.explanation,
    });
  });
  synergies.sort((x, y) => (y.netValueEurPerYr ?? 0) - (x.netValueEurPerYr ?? 0));
  const flows = a.flows.map(flowLine);
  const unmatched = a.flows
    .filter((f) => f.unmatchedReason !== undefined && f.unmatchedReason !== '')
    .map((f) => ({
      flowId: f.id,
      label: flowLabelFr(f.label, f.resource),
      reason: f.unmatchedReason as string,
    }));
  return {
    id: node,
    name: a.label,
    sector: a.sector ?? naceSectionLabel(a.naceSection),
    nace: a.nace,
    zone,
    flows,
    synergies,
    unmatched,
    unmatchedOutputs: a.unmatchedOutputs ?? 0,
    totalNetValueEurPerYr,
    totalCo2AvoidedTPerYr,
  };
}
