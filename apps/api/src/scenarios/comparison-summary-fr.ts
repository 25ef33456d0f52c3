// The French text `toile compare` prints (pure): the parameters that differ, the totals side by side with their
// differences, and the synergies gained, lost and changed (the most valuable first, at most `limit` of each).

import type { ResultTotals } from '@toile/flow-model';
import { formatFr } from '../cli/commands/match-summary';
import type { RunComparison, SynergyBrief, SynergyChange } from './compare-runs';

const ROWS: readonly [keyof ResultTotals, string, boolean][] = [
  ['synergies', 'Synergies', true],
  ['tonnesPerYr', 'Tonnes par an', false],
  ['mwhPerYr', 'MWh par an', false],
  ['m3PerYr', 'm3 par an', false],
  ['netValueEurPerYr', 'Valeur nette (€/an)', true],
  ['co2AvoidedTPerYr', 'Émissions évitées (tCO2e/an)', false],
];

export interface ComparisonLabels {
  readonly base: string;
  readonly other: string;
}

function signed(value: number, integer: boolean): string {
  const text = formatFr(value, integer);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

function valueText(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

function partiesOf(synergy: SynergyBrief): string {
  if (synergy.supplier && synergy.consumer) return `${synergy.supplier.siteId} → ${synergy.consumer.siteId}`;
  return (synergy.members ?? []).map((member) => member.siteId).join(' + ');
}

function briefLine(mark: string, synergy: SynergyBrief): string {
  const unit = synergy.unit.replace('/yr', '/an');
  return (
    `  ${mark} [${synergy.kind}] ${synergy.resource} : ${partiesOf(synergy)} — ${formatFr(synergy.quantity)} ${unit}, ` +
    `${formatFr(synergy.netValueEurPerYr, true)} €/an, ${formatFr(synergy.co2AvoidedTPerYr)} tCO2e/an`
  );
}

function changeLine(change: SynergyChange): string {
  const { base, other } = change;
  const unit = base.unit.replace('/yr', '/an');
  return (
    `  ~ [${base.kind}] ${base.resource} : ${partiesOf(base)} — ${formatFr(base.quantity)} → ` +
    `${formatFr(other.quantity)} ${unit} (${signed(change.quantityDelta, false)}), valeur ` +
    `${formatFr(base.netValueEurPerYr, true)} → ${formatFr(other.netValueEurPerYr, true)} €/an ` +
    `(${signed(change.netValueEurPerYrDelta, true)})`
  );
}

function section<T>(title: string, items: readonly T[], line: (item: T) => string, limit: number): string[] {
  if (items.length === 0) return [`${title} : aucune.`];
  const lines = [`${title} (${items.length}) :`, ...items.slice(0, limit).map(line)];
  if (items.length > limit) lines.push(`  … et ${items.length - limit} autre(s) (--json pour tout voir)`);
  return lines;
}

export function comparisonSummaryFr(comparison: RunComparison, labels: ComparisonLabels, limit = 20): string {
  const lines = [`Référence (A) : ${labels.base}`, `Comparé (B)   : ${labels.other}`, ''];
  if (comparison.parameterChanges.length === 0) lines.push('Paramètres : identiques.');
  else {
    lines.push('Paramètres différents :');
    for (const change of comparison.parameterChanges) {
      lines.push(`  ${change.name} : ${valueText(change.base)} → ${valueText(change.other)}`);
    }
  }
  const table = ROWS.map(([name, label, integer]) => [
    label,
    formatFr(comparison.base.totals[name], integer),
    formatFr(comparison.other.totals[name], integer),
    signed(comparison.deltas[name], integer),
  ]);
  const header = ['', 'A', 'B', 'écart B − A'];
  const widths = header.map((_, column) => Math.max(...[header, ...table].map((row) => row[column].length)));
  const format = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column])))
      .join('   ');
  lines.push('', format(header), ...table.map(format), '');
  lines.push(
    ...section('Synergies gagnées (dans B, pas dans A)', comparison.gained, (s) => briefLine('+', s), limit),
  );
  lines.push(
    ...section('Synergies perdues (dans A, pas dans B)', comparison.lost, (s) => briefLine('-', s), limit),
  );
  lines.push(...section('Synergies modifiées', comparison.changed, changeLine, limit));
  lines.push(`Synergies inchangées : ${formatFr(comparison.unchangedCount, true)}.`);
  return `${lines.join('\n')}\n`;
}
