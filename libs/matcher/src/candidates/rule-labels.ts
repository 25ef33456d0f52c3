// French labels of every rule id a candidate arc may carry: the built-in pairing rules here, the substitution
// rules from the flow-model rule base.

import { getSubstitutionRule } from '@toile/flow-model';

export const CANDIDATE_RULE_LABELS_FR: Readonly<Record<string, string>> = {
  'same-resource': 'Même ressource : l’offre couvre directement le besoin',
  'same-ewc': 'Même code déchet : le receveur traite ou valorise ce déchet',
  'heat-direct': 'Chaleur fatale assez chaude pour le besoin (échange direct, écart ≥ ΔT minimal)',
  'steam-direct': 'Vapeur assez chaude et à pression suffisante pour le besoin de vapeur',
  'steam-to-heat': 'Vapeur utilisée pour un besoin de chaleur à plus basse température',
  'cold-direct': 'Froid assez froid pour le besoin (échange direct)',
  'heat-pump': 'Chaleur fatale relevée par une pompe à chaleur électrique',
};

/** The French label of a rule id (built-in or substitution rule); the id itself when unknown. */
export function ruleLabelFr(ruleId: string): string {
  return CANDIDATE_RULE_LABELS_FR[ruleId] ?? getSubstitutionRule(ruleId)?.labelFr ?? ruleId;
}
