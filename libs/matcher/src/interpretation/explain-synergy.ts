// One substitution synergy per LP column with flow: quantity, distance, € and tCO2e per year, and the French
// explanation: the rule that made the pair possible, what limits the quantity, what would make it grow.

import type { Synergy } from '@toile/flow-model';
import { ruleLabelFr } from '../candidates/rule-labels';
import type { Formulation } from '../formulation/build-formulation';
import type { SolveOutcome } from '../solve/solve-formulation';
import type { CandidateSet } from '../types';
import type { FlowUsage } from './flow-usage';
import {
  co2Fr,
  conversionFr,
  formatEurFr,
  formatNumberFr,
  quantityFr,
  suppliedFr,
  transportFr,
  unitItemFr,
} from './format-fr';
import { flowLabel, siteName, type InterpretationContext } from './interpretation-context';
import { explainLimit } from './quantity-limit';

export interface SolvedTerritory {
  readonly candidates: CandidateSet;
  readonly formulation: Formulation;
  readonly outcome: SolveOutcome;
  readonly usage: FlowUsage;
  readonly context: InterpretationContext;
}

/** A capacity counts as used up above this share (round-off of the solvers). */
const FULL = 1 - 1e-6;

const BREAKDOWN_FR: Readonly<Record<string, string>> = {
  avoidedDisposal: 'élimination évitée',
  avoidedPurchase: 'achat évité',
  transport: 'transport',
  conversion: 'conversion',
  carbon: 'prix du carbone',
};

function breakdownFr(breakdown: Readonly<Record<string, number>>, unit: string): string {
  const parts = Object.entries(breakdown)
    .filter(([, value]) => value !== 0 && Number.isFinite(value))
    .map(
      ([key, value]) => `${BREAKDOWN_FR[key] ?? key} ${value > 0 ? '+' : '−'}${formatEurFr(Math.abs(value))}`,
    );
  return parts.length > 0 ? ` (par ${unitItemFr(unit)} ${suppliedFr(unit)} : ${parts.join(', ')})` : '';
}

export function explainSynergy(territory: SolvedTerritory, column: number, id: string): Synergy {
  const { candidates, formulation, outcome, usage, context } = territory;
  const arc = candidates.arcs[formulation.lpArcs.arcs[column]];
  const s = formulation.lpArcs.arcSupply[column];
  const d = formulation.lpArcs.arcDemand[column];
  const supply = candidates.endpoints[s];
  const demand = candidates.endpoints[d];
  const x = outcome.columnFlow[column];
  const delivered = arc.ratio * x;
  const supplier = siteName(context, supply.siteId);
  const consumer = siteName(context, demand.siteId);
  const supplyLabel = flowLabel(context, supply.flowId, supply.resource);
  const demandLabel = flowLabel(context, demand.flowId, demand.resource);
  const supplyExhausted = usage.used[s] >= supply.quantityPerYr * FULL;
  const demandMet = usage.used[d] >= demand.quantityPerYr * FULL;
  const otherConsumers = usage.activeColumns[s].filter((c) => c !== column);
  const otherSuppliers = usage.activeColumns[d].filter((c) => c !== column);
  const monthly = outcome.endpointSlices[s] > 1;
  const supplyValue = outcome.endpointDual[s];
  const demandValue = outcome.endpointDual[d];

  const sentences: string[] = [];
  const what = supplyLabel === demandLabel ? supplyLabel : `${supplyLabel} à la place de ${demandLabel}`;
  sentences.push(
    `${supplier} fournit ${quantityFr(delivered, demand.canonicalUnit)} de ${what} à ${consumer}, ` +
      `à ${formatNumberFr(arc.distanceKm)} km ${transportFr(arc.transport)}.`,
  );
  let rule = `Règle : ${ruleLabelFr(arc.ruleId)}`;
  if (arc.ratio !== 1)
    rule += ` ; 1 ${unitItemFr(supply.canonicalUnit)} ${suppliedFr(supply.canonicalUnit)} couvre ${formatNumberFr(arc.ratio)} ${unitItemFr(demand.canonicalUnit)} du besoin`;
  if (arc.conversion) {
    const cop = arc.details?.heatPumpCop;
    rule += ` ; ${conversionFr(arc.conversion)}${typeof cop === 'number' ? ` (COP ${formatNumberFr(cop)})` : ''}`;
    const reason = arc.details?.conversionReason;
    if (typeof reason === 'string') rule += ` : ${reason}`;
  }
  sentences.push(`${rule}.`);
  sentences.push(
    `Valeur nette ${formatEurFr(Math.round(arc.marginEurPerUnit * x))}/an${breakdownFr(arc.breakdown, supply.canonicalUnit)}, ` +
      `${co2Fr(arc.co2TPerUnit * x)}.`,
  );
  if (arc.pin === 'required') sentences.push('Paire imposée par l’animateur.');
  const margin = (c: number): number => candidates.arcs[formulation.lpArcs.arcs[c]].marginEurPerUnit;
  const limit = explainLimit({
    supplier,
    consumer,
    supplyExhausted,
    demandMet,
    otherConsumers: otherConsumers.map((c) => ({
      name: siteName(context, endpointOf(territory, c, 'demand').siteId),
      marginEurPerUnit: margin(c),
    })),
    otherSuppliers: otherSuppliers.map((c) => ({
      name: siteName(context, endpointOf(territory, c, 'supply').siteId),
      marginEurPerUnit: margin(c),
    })),
    marginEurPerUnit: arc.marginEurPerUnit,
    unitItem: unitItemFr(supply.canonicalUnit),
    monthly,
  });
  sentences.push(...limit.sentences);
  const marginal: string[] = [];
  if (supplyValue > 0)
    marginal.push(
      `chaque ${unitItemFr(supply.canonicalUnit)} de plus chez ${supplier} vaudrait ${formatEurFr(supplyValue)}`,
    );
  if (demandValue > 0)
    marginal.push(
      `chaque ${unitItemFr(demand.canonicalUnit)} de besoin en plus chez ${consumer} vaudrait ${formatEurFr(demandValue)}`,
    );
  if (marginal.length > 0) sentences.push(`Valeur marginale : ${marginal.join(' ; ')}.`);
  if (limit.grow.length > 0) sentences.push(`Pour aller plus loin : ${limit.grow.join(', ou ')}.`);

  const months = outcome.columnMonthlyFlow.get(column);
  return {
    id,
    kind: 'substitution',
    resource: demand.resource,
    supplier: { siteId: supply.siteId, flowId: supply.flowId },
    consumer: { siteId: demand.siteId, flowId: demand.flowId },
    quantity: delivered,
    unit: demand.canonicalUnit,
    distanceKm: arc.distanceKm,
    netValueEurPerYr: arc.marginEurPerUnit * x,
    co2AvoidedTPerYr: arc.co2TPerUnit * x,
    explanation: sentences.join(' '),
    details: {
      arcId: arc.id,
      ruleId: arc.ruleId,
      ruleLabel: ruleLabelFr(arc.ruleId),
      transport: arc.transport,
      ...(arc.conversion ? { conversion: arc.conversion } : {}),
      ...(arc.details ?? {}),
      ratio: arc.ratio,
      supplyResource: supply.resource,
      supplyQuantity: x,
      supplyUnit: supply.canonicalUnit,
      ...(months ? { supplyQuantityByMonth: Array.from(months) } : {}),
      marginEurPerUnit: arc.marginEurPerUnit,
      breakdown: arc.breakdown,
      co2TPerUnit: arc.co2TPerUnit,
      limitedBy: limit.limitedBy,
      supplyMarginalValueEurPerUnit: supplyValue,
      demandMarginalValueEurPerUnit: demandValue,
      competitors: unique(
        [...otherConsumers, ...otherSuppliers].map((c) => candidates.arcs[formulation.lpArcs.arcs[c]].id),
      ),
      ...(arc.pin ? { pin: arc.pin } : {}),
    },
  };
}

function endpointOf(territory: SolvedTerritory, column: number, side: 'supply' | 'demand') {
  const { lpArcs } = territory.formulation;
  return territory.candidates.endpoints[
    side === 'supply' ? lpArcs.arcSupply[column] : lpArcs.arcDemand[column]
  ];
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
