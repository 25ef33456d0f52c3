// Independent checker of a `toile.result/1`: recomputes from the dataset (flow-model's normalisation, not the
// matcher's) every supply's and demand's use, per year and per month, and the totals; returns the violations.

import { normaliseFlow, type Dataset, type MatchResult, type NormalisedFlow } from '@toile/flow-model';
import type { CandidateSet } from '@toile/matcher';

const RELATIVE = 1e-9;

function within(used: number, capacity: number): boolean {
  return used <= capacity * (1 + RELATIVE) + 1e-9;
}

function close(a: number, b: number, relative = 1e-9): boolean {
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Checks, with `candidates` when given (the arc set the result must come from):
 * - every substitution links an output to an input of two different existing sites, flows matching their sites;
 * - its pair is an arc of the candidate set (never forbidden), quantity = ratio × supplied quantity, value and CO2
 *   = per-unit figures × supplied quantity;
 * - Σ supplied ≤ each output's yearly quantity, Σ received ≤ each input's, and month by month for profiled flows;
 * - totals equal the sums of the synergies; no flow both served and listed unmatched.
 */
export function checkResult(dataset: Dataset, result: MatchResult, candidates?: CandidateSet): string[] {
  const problems: string[] = [];
  const flows = new Map<string, NormalisedFlow>(dataset.flows.map((flow) => [flow.id, normaliseFlow(flow)]));
  const arcs = new Map(candidates?.arcs.map((arc) => [arc.id, arc]) ?? []);
  const yearly = new Map<string, number>();
  const monthly = new Map<string, number[]>();
  const add = (flowId: string, quantity: number, months: readonly number[] | undefined): void => {
    yearly.set(flowId, (yearly.get(flowId) ?? 0) + quantity);
    if (!months) return;
    const sums = monthly.get(flowId) ?? new Array<number>(12).fill(0);
    months.forEach((q, t) => (sums[t] += q));
    monthly.set(flowId, sums);
  };
  const served = new Set<string>();
  for (const synergy of result.synergies) {
    if (synergy.kind !== 'substitution') continue;
    const { supplier, consumer } = synergy;
    const supply = supplier && flows.get(supplier.flowId);
    const demand = consumer && flows.get(consumer.flowId);
    if (!supplier || !consumer || !supply || !demand) {
      problems.push(`${synergy.id}: unknown supplier or consumer flow`);
      continue;
    }
    if (supply.flow.direction !== 'output' || demand.flow.direction !== 'input')
      problems.push(`${synergy.id}: not an output → input pair`);
    if (supply.flow.siteId !== supplier.siteId || demand.flow.siteId !== consumer.siteId)
      problems.push(`${synergy.id}: site ids do not match the flows`);
    if (supplier.siteId === consumer.siteId)
      problems.push(`${synergy.id}: self pair on site ${supplier.siteId}`);
    if (!(synergy.quantity > 0)) problems.push(`${synergy.id}: quantity ${synergy.quantity} not positive`);
    const details = synergy.details ?? {};
    const supplied = Number(details.supplyQuantity);
    const ratio = Number(details.ratio);
    if (!close(synergy.quantity, ratio * supplied))
      problems.push(`${synergy.id}: quantity ≠ ratio × supplied`);
    if (candidates) {
      const arc = arcs.get(String(details.arcId));
      if (!arc || arc.supplyFlowId !== supplier.flowId || arc.demandFlowId !== consumer.flowId)
        problems.push(`${synergy.id}: pair not in the candidate arc set`);
      else {
        if (arc.pin === 'forbidden') problems.push(`${synergy.id}: forbidden pair`);
        if (arc.ratio !== ratio) problems.push(`${synergy.id}: ratio differs from the arc's`);
        if (!close(synergy.netValueEurPerYr ?? NaN, arc.marginEurPerUnit * supplied))
          problems.push(`${synergy.id}: value ≠ margin × supplied`);
        if (!close(synergy.co2AvoidedTPerYr ?? NaN, arc.co2TPerUnit * supplied))
          problems.push(`${synergy.id}: CO2 ≠ factor × supplied`);
      }
    }
    const months = details.supplyQuantityByMonth as readonly number[] | undefined;
    add(supplier.flowId, supplied, months);
    add(
      consumer.flowId,
      synergy.quantity,
      months?.map((q) => q * ratio),
    );
    served.add(supplier.flowId).add(consumer.flowId);
  }
  for (const [flowId, used] of yearly) {
    const flow = flows.get(flowId)!;
    if (flow.quantityPerYr === undefined || !within(used, flow.quantityPerYr))
      problems.push(`${flowId}: uses ${used} of ${flow.quantityPerYr} ${flow.canonicalUnit} per year`);
    if (flow.monthShares && flow.monthly) {
      const months = monthly.get(flowId);
      if (!months) problems.push(`${flowId}: profiled flow without monthly quantities`);
      else
        months.forEach(
          (q, t) => within(q, flow.monthly![t]) || problems.push(`${flowId}: month ${t + 1} over capacity`),
        );
    }
  }
  for (const [flowId, months] of monthly) {
    const flow = flows.get(flowId)!;
    const capacity = flow.monthly ?? [];
    months.forEach(
      (q, t) => within(q, capacity[t] ?? 0) || problems.push(`${flowId}: month ${t + 1} uses ${q}`),
    );
  }
  const sum = (pick: (s: MatchResult['synergies'][number]) => number): number =>
    result.synergies.reduce((total, s) => total + pick(s), 0);
  const t = result.totals;
  if (t.synergies !== result.synergies.length) problems.push('totals.synergies ≠ number of synergies');
  if (
    !close(
      t.netValueEurPerYr,
      sum((s) => s.netValueEurPerYr ?? 0),
    )
  )
    problems.push('totals.netValueEurPerYr ≠ Σ');
  if (
    !close(
      t.co2AvoidedTPerYr,
      sum((s) => s.co2AvoidedTPerYr ?? 0),
    )
  )
    problems.push('totals.co2AvoidedTPerYr ≠ Σ');
  if (
    !close(
      t.tonnesPerYr,
      sum((s) => (s.unit === 't/yr' ? s.quantity : 0)),
    )
  )
    problems.push('totals.tonnesPerYr ≠ Σ');
  if (
    !close(
      t.mwhPerYr,
      sum((s) => (s.unit === 'MWh/yr' ? s.quantity : 0)),
    )
  )
    problems.push('totals.mwhPerYr ≠ Σ');
  if (
    !close(
      t.m3PerYr,
      sum((s) => (s.unit === 'm3/yr' ? s.quantity : 0)),
    )
  )
    problems.push('totals.m3PerYr ≠ Σ');
  for (const u of result.unmatched)
    if (served.has(u.flowId)) problems.push(`${u.flowId}: served and unmatched`);
  return problems;
}
