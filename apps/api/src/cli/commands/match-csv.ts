// Writes the synergies of a toile.result/1 document as CSV (pure): one row per synergy, French-ready.
// Text cells that a spreadsheet would read as a formula (= + - @, tab, CR) are neutralised with a leading quote.

import { stringify } from 'csv-stringify/sync';
import type { MatchResult, Synergy } from '@toile/flow-model';

export const SYNERGY_CSV_COLUMNS = [
  'id',
  'kind',
  'resource',
  'supplierSiteId',
  'supplierFlowId',
  'consumerSiteId',
  'consumerFlowId',
  'members',
  'quantity',
  'unit',
  'distanceKm',
  'netValueEurPerYr',
  'co2AvoidedTPerYr',
  'explanation',
] as const;

/** A text cell starting with one of these would run as a formula in a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function row(synergy: Synergy): (string | number)[] {
  const text = (value: string | undefined): string => neutraliseCell(value ?? '');
  const number = (value: number | undefined): number | string => value ?? '';
  return [
    text(synergy.id),
    text(synergy.kind),
    text(synergy.resource),
    text(synergy.supplier?.siteId),
    text(synergy.supplier?.flowId),
    text(synergy.consumer?.siteId),
    text(synergy.consumer?.flowId),
    text((synergy.members ?? []).map((member) => `${member.siteId}:${member.flowId}`).join(';')),
    synergy.quantity,
    text(synergy.unit),
    number(synergy.distanceKm),
    number(synergy.netValueEurPerYr),
    number(synergy.co2AvoidedTPerYr),
    text(synergy.explanation),
  ];
}

export function synergiesCsv(result: MatchResult): string {
  return stringify([[...SYNERGY_CSV_COLUMNS], ...result.synergies.map(row)]);
}
