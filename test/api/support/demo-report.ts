// The demo territory's match result, computed once per test file with the matcher's sources, and the sets of
// private names, flow ids and quantity strings that no public report may contain.

import { DEFAULT_CONFIDENTIALITY, normaliseFlow, type Dataset, type MatchResult } from '@toile/flow-model';
import { match } from '@toile/matcher';
import { demoDataset } from '@toile/seeds';

let cached: MatchResult | undefined;

export function demoResult(): Promise<MatchResult> {
  cached ??= match(demoDataset, {});
  return Promise.resolve(cached);
}

export interface PrivateData {
  readonly siteNames: readonly string[];
  readonly flowIds: readonly string[];
  /**
   * Quantities of private flows (as declared and in canonical unit) of 1,000 or more that no other flow shares:
   * smaller numbers would also match unrelated figures (prices, parameters) and prove nothing.
   */
  readonly quantities: readonly number[];
}

export function privateData(dataset: Dataset): PrivateData {
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const conf = (f: Dataset['flows'][number]) =>
    f.confidentiality ?? sites.get(f.siteId)?.confidentiality ?? DEFAULT_CONFIDENTIALITY;
  const privateFlows = dataset.flows.filter((f) => conf(f) === 'private');
  const values = (f: Dataset['flows'][number]) => [f.quantity, normaliseFlow(f).quantityPerYr ?? f.quantity];
  const otherQuantities = new Set(dataset.flows.filter((f) => conf(f) !== 'private').flatMap(values));
  return {
    siteNames: dataset.sites.filter((s) => s.confidentiality === 'private').map((s) => s.name),
    flowIds: privateFlows.map((f) => f.id),
    quantities: [...new Set(privateFlows.flatMap(values))].filter(
      (q) => q >= 1000 && !otherQuantities.has(q),
    ),
  };
}

/** The ways a report could print a quantity: `2 400 000` (French grouping) and `2400000` (CSV, JSON). */
export function quantityPatterns(value: number): RegExp[] {
  const grouped = Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');
  return [
    new RegExp(`(?<![\\d ,.])${grouped}(?![\\d,]| \\d)`, 'u'),
    new RegExp(`(?<![\\d.])${value}(?![\\d])`, 'u'),
  ];
}
