// What would unlock a flow left without a partner, by the matcher's reason code (French), and a neutral
// reason for the public variant (the matcher's own reasons may name other firms).

const LEVERS_FR: Readonly<Record<string, string>> = {
  'no-compatible-partner':
    'Chercher un preneur ou un fournisseur hors du périmètre (territoire voisin, filière de valorisation), ' +
    'ou préciser la qualité du flux (code déchet, pureté, température) pour ouvrir d’autres règles.',
  'too-far':
    'Un partenaire compatible existe mais trop loin : mutualiser le transport, passer par une plateforme de ' +
    'regroupement, ou relever la distance maximale si le flux le justifie.',
  'not-worth-it':
    'Des partenaires compatibles existent mais l’échange ne couvre pas ses coûts aux prix retenus : vérifier ' +
    'les prix déclarés (coût d’élimination, prix d’achat), un prix du carbone ou une aide à l’investissement.',
  'hazardous-not-accepted':
    'Déchet dangereux qu’aucun site ne déclare accepter : identifier un exutoire autorisé (ICPE) et lui faire ' +
    'déclarer les codes acceptés.',
  'taken-by-better-use':
    'Ses partenaires possibles sont mieux valorisés ailleurs : augmenter leur capacité, ou imposer la paire ' +
    'si une raison non économique la justifie.',
  'not-solved': 'Relancer le calcul avec un délai plus long.',
};

const NEUTRAL_REASONS_FR: Readonly<Record<string, string>> = {
  'no-compatible-partner': 'aucun flux compatible dans le territoire',
  'too-far': 'partenaires compatibles trop éloignés',
  'not-worth-it': 'aucun échange rentable aux prix retenus',
  'hazardous-not-accepted': 'déchet dangereux sans exutoire déclaré',
  'taken-by-better-use': 'partenaires possibles mieux valorisés avec d’autres sites',
  'not-solved': 'calcul interrompu avant ce groupe de flux',
};

export function unmatchedLeverFr(code: string | undefined): string {
  return (
    (code === undefined ? undefined : LEVERS_FR[code]) ??
    'Compléter la déclaration du flux (quantité, qualité, prix) et en discuter en atelier.'
  );
}

/** A reason naming no firm, for the public variant. */
export function neutralReasonFr(code: string | undefined): string {
  return (code === undefined ? undefined : NEUTRAL_REASONS_FR[code]) ?? 'sans partenaire proposé';
}
