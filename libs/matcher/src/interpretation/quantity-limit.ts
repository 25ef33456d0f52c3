// What limits the quantity of one synergy, read from the solution: the supplier's amount, the consumer's need,
// a competitor better placed, or the months; with the French sentences that say it and what would make it grow.

import { formatEurFr, listFr } from './format-fr';

export type LimitKind = 'supply' | 'demand' | 'supply-and-demand' | 'competitor' | 'months';

export interface LimitFacts {
  readonly supplier: string;
  readonly consumer: string;
  readonly supplyExhausted: boolean;
  readonly demandMet: boolean;
  /** Other consumers served by the same supply, with their margin per unit of supply. */
  readonly otherConsumers: readonly { readonly name: string; readonly marginEurPerUnit: number }[];
  /** Other suppliers serving the same demand. */
  readonly otherSuppliers: readonly { readonly name: string; readonly marginEurPerUnit: number }[];
  readonly marginEurPerUnit: number;
  readonly unitItem: string;
  readonly monthly: boolean;
}

export interface LimitExplained {
  readonly limitedBy: LimitKind;
  readonly sentences: readonly string[];
  readonly grow: readonly string[];
}

/**
 * The side that stops this pair from exchanging more. A met need stops it whatever the supply (unless the need
 * is shared with other suppliers while the supply is not); an exhausted supply stops it when the need is not
 * met. Both used up with neither shared: an exact match. A pair using up neither side only happens with
 * monthly profiles (the months where both exist) or when competitors hold both sides.
 */
export function explainLimit(facts: LimitFacts): LimitExplained {
  const { supplier, consumer, supplyExhausted, demandMet, otherConsumers, otherSuppliers } = facts;
  const competitorsFr = (list: LimitFacts['otherConsumers']): string => {
    const better = list.filter((c) => c.marginEurPerUnit >= facts.marginEurPerUnit);
    const names = listFr([...new Set(list.map((c) => c.name))]);
    if (better.length === 0)
      return `${names}, nécessaire${list.length > 1 ? 's' : ''} à l’optimum du territoire`;
    const best = Math.max(...better.map((c) => c.marginEurPerUnit));
    return (
      `${names}, mieux placé${list.length > 1 ? 's' : ''} (jusqu’à ${formatEurFr(best)} par ${facts.unitItem} ` +
      `contre ${formatEurFr(facts.marginEurPerUnit)} ici)`
    );
  };
  let limitedBy: LimitKind;
  if (demandMet && (!supplyExhausted || otherConsumers.length > 0 || otherSuppliers.length === 0)) {
    limitedBy = supplyExhausted && otherConsumers.length === 0 ? 'supply-and-demand' : 'demand';
  } else if (supplyExhausted) limitedBy = 'supply';
  else limitedBy = facts.monthly ? 'months' : 'competitor';

  const sentences: string[] = [];
  const grow: string[] = [];
  switch (limitedBy) {
    case 'supply-and-demand':
      sentences.push(`Limite : le gisement de ${supplier} couvre exactement le besoin de ${consumer}.`);
      grow.push(`un gisement et un besoin plus importants`);
      break;
    case 'demand':
      sentences.push(
        otherSuppliers.length > 0
          ? `Limite : le besoin de ${consumer}, couvert aussi par ${competitorsFr(otherSuppliers)}.`
          : `Limite : le besoin de ${consumer}, entièrement couvert.`,
      );
      grow.push(`un besoin plus important chez ${consumer}`);
      break;
    case 'supply':
      sentences.push(
        otherConsumers.length > 0
          ? `Limite : le gisement de ${supplier}, épuisé ; le reste va à ${competitorsFr(otherConsumers)}.`
          : `Limite : le gisement de ${supplier}, entièrement valorisé ici.`,
      );
      grow.push(`un gisement plus important chez ${supplier}`);
      break;
    case 'months':
      sentences.push('Limite : les mois où le gisement et le besoin coexistent (profils mensuels).');
      grow.push('des profils mensuels mieux accordés (stockage, décalage de production)');
      break;
    case 'competitor':
      sentences.push('Limite : des concurrents mieux placés sur le gisement comme sur le besoin.');
      break;
  }
  const contested =
    (limitedBy === 'supply' && otherConsumers.length > 0) ||
    (limitedBy === 'demand' && otherSuppliers.length > 0) ||
    limitedBy === 'competitor';
  if (contested)
    grow.push(
      'une marge plus forte face aux usages concurrents (transport moins cher, élimination ou achat plus coûteux)',
    );
  return { limitedBy, sentences, grow };
}
