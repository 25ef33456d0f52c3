// The French summary `toile match` prints: totals, the ten most valuable synergies with a short reason,
// and the number of flows left without a partner (pure: returns the text).

import type { Dataset, MatchResult, Synergy } from '@toile/flow-model';

const TOP = 10;
const EXPLANATION_CHARS = 140;

const STATUS_LABELS: Readonly<Record<MatchResult['status'], string>> = {
  optimal: 'solution optimale',
  timedout: 'limite de temps atteinte (meilleure solution trouvée)',
  infeasible: 'aucune solution ne respecte les contraintes',
};

const numberFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const integerFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

export function formatFr(value: number, integer = false): string {
  return (integer ? integerFr : numberFr).format(value).replace(/\u202f|\u00a0/g, ' ');
}

/** The first sentence of an explanation, shortened to fit one line. */
export function shortExplanation(explanation: string): string {
  const sentence = explanation.split(/(?<=[.!?])\s/)[0].trim();
  return sentence.length <= EXPLANATION_CHARS ? sentence : `${sentence.slice(0, EXPLANATION_CHARS - 1)}…`;
}

function partiesOf(synergy: Synergy, names: ReadonlyMap<string, string>): string {
  const name = (siteId: string): string => names.get(siteId) ?? siteId;
  if (synergy.supplier && synergy.consumer) {
    return `${name(synergy.supplier.siteId)} → ${name(synergy.consumer.siteId)}`;
  }
  return (synergy.members ?? []).map((member) => name(member.siteId)).join(' + ');
}

function line(rank: number, synergy: Synergy, names: ReadonlyMap<string, string>): string {
  const figures = [`${formatFr(synergy.quantity)} ${synergy.unit.replace('/yr', '/an')}`];
  if (synergy.distanceKm !== undefined) figures.push(`${formatFr(synergy.distanceKm)} km`);
  if (synergy.netValueEurPerYr !== undefined)
    figures.push(`${formatFr(synergy.netValueEurPerYr, true)} €/an`);
  if (synergy.co2AvoidedTPerYr !== undefined) figures.push(`${formatFr(synergy.co2AvoidedTPerYr)} tCO2e/an`);
  const kind = synergy.kind === 'substitution' ? 'substitution' : 'mutualisation';
  return [
    `${String(rank).padStart(2)}. [${kind}] ${synergy.resource} : ${partiesOf(synergy, names)} — ${figures.join(', ')}`,
    `    ${shortExplanation(synergy.explanation)}`,
  ].join('\n');
}

export function matchSummary(result: MatchResult, dataset?: Dataset): string {
  const names = new Map((dataset?.sites ?? []).map((site) => [site.id, site.name] as const));
  const { totals } = result;
  const top = [...result.synergies]
    .sort((a, b) => (b.netValueEurPerYr ?? 0) - (a.netValueEurPerYr ?? 0) || a.id.localeCompare(b.id))
    .slice(0, TOP);
  const lines = [
    `Territoire ${result.territoryId} : ${STATUS_LABELS[result.status]}.`,
    `${formatFr(totals.synergies, true)} synergie(s) proposée(s).`,
    `Quantités échangées : ${formatFr(totals.tonnesPerYr)} t/an, ${formatFr(totals.mwhPerYr)} MWh/an, ` +
      `${formatFr(totals.m3PerYr)} m3/an.`,
    `Valeur nette : ${formatFr(totals.netValueEurPerYr, true)} €/an ; émissions évitées : ` +
      `${formatFr(totals.co2AvoidedTPerYr)} tCO2e/an.`,
  ];
  if (top.length > 0) {
    lines.push('', `Les ${top.length} synergies les plus intéressantes (valeur nette) :`);
    top.forEach((synergy, index) => lines.push(line(index + 1, synergy, names)));
  }
  lines.push('', `Flux sans partenaire : ${formatFr(result.unmatched.length, true)}.`);
  return `${lines.join('\n')}\n`;
}
