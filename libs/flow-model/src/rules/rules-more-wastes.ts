// Further substitution rules: steelworks dusts, lead batteries, agricultural films and metal, mixed construction
// waste, market waste, fish by-products. Readonly data like the other rule files.

import type { SubstitutionRule } from './substitution-rule';

export const MORE_WASTES_RULES: readonly SubstitutionRule[] = [
  {
    id: 'steelworks-dust-to-steel-scrap',
    from: { ewc: ['100208', '100214'] },
    to: 'steel-scrap',
    ratio: 0.5,
    conditions: {
      text: 'Poussières et boues d’épuration des gaz non dangereuses, riches en fer, recyclées à l’agglomération',
      nonHazardousOnly: true,
    },
    labelFr: 'Poussières et boues ferreuses de sidérurgie → charge ferreuse',
    source:
      'BREF Iron and Steel (2012), §3.3 et MTD 10 (recyclage des résidus ferreux); ratio R (≈ 50 % de fer)',
  },
  {
    id: 'lead-batteries-to-metal-scrap',
    from: { ewc: ['160601'] },
    to: 'metal-scrap',
    ratio: 0.6,
    conditions: { text: 'Batteries au plomb entières vers une fonderie de plomb secondaire agréée' },
    labelFr: 'Batteries au plomb usagées → plomb de recyclage',
    legalNote:
      'Déchet dangereux : le repreneur doit accepter le code; filière REP piles et accumulateurs; BSD via Trackdéchets',
    source: 'Directive 2006/66/CE annexe III (recyclage ≥ 65 % de la masse des batteries au plomb); ratio R',
  },
  {
    id: 'agri-film-to-pe',
    from: { ewc: ['020104'] },
    to: 'plastic-pe',
    ratio: 0.7,
    treatmentCostEurPerUnit: 60,
    conditions: {
      text: 'Films agricoles en PE collectés propres (≈ 30 % de terre et d’eau retirés au lavage)',
      nonHazardousOnly: true,
    },
    labelFr: 'Films plastiques agricoles → polyéthylène de recyclage',
    legalNote: 'Collecte par la filière volontaire ADIVALOR (agrofournitures)',
    source: 'ADIVALOR, rapports d’activité (R); ratio et coût de lavage R',
  },
  {
    id: 'agri-metal-to-metal-scrap',
    from: { ewc: ['020110'] },
    to: 'metal-scrap',
    ratio: 1,
    conditions: { text: 'Ferrailles agricoles triées', nonHazardousOnly: true },
    labelFr: 'Déchets métalliques agricoles → négoce de métaux',
    source: 'Règlement (UE) n° 333/2011',
  },
  {
    id: 'mixed-cd-to-aggregates',
    from: { ewc: ['170904'] },
    to: 'aggregates',
    ratio: 0.5,
    treatmentCostEurPerUnit: 25,
    conditions: {
      text: 'Déchets de chantier en mélange triés en centre de tri : ≈ 50 % d’inertes valorisables',
      nonHazardousOnly: true,
    },
    labelFr: 'Déchets de chantier en mélange → granulats recyclés (après tri)',
    legalNote: 'Filière REP PMCB; obligation de tri cinq flux puis sept flux (décret n° 2021-950)',
    source: 'EN 13242; ratio R (part inerte des déchets de chantier en mélange); coût de tri R',
  },
  {
    id: 'market-waste-to-biowaste',
    from: { ewc: ['200302'] },
    to: 'biowaste',
    ratio: 0.8,
    conditions: {
      text: 'Déchets de marché triés (fruits et légumes), emballages retirés',
      nonHazardousOnly: true,
    },
    labelFr: 'Déchets de marché → méthanisation ou compostage',
    legalNote: 'Obligation de tri à la source des biodéchets (art. L541-21-1 du Code de l’environnement)',
    source: 'Art. L541-21-1 C. env.; ratio R (part fermentescible)',
  },
  {
    id: 'fish-byproducts-to-animal-feed',
    from: { ewc: ['020202', '020203'] },
    to: 'animal-feed',
    ratio: 0.2,
    treatmentCostEurPerUnit: 40,
    conditions: {
      text: 'Coproduits de poisson frais (catégorie 3) transformés en farine ou huile de poisson (≈ 20 % de farine)',
      nonHazardousOnly: true,
    },
    labelFr: 'Coproduits de la transformation du poisson → farine de poisson (aliment)',
    legalNote:
      'Sous-produits animaux de catégorie 3, usine de transformation agréée (règlement (CE) 1069/2009); farines de poisson admises pour les non-ruminants (règlement (CE) 999/2001, annexe IV)',
    source:
      'Règlement (UE) 142/2011; FAO, rendements farine de poisson ≈ 20-22 % (R); coût de transformation R',
  },
];
