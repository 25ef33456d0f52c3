// Substitution rules for construction and demolition waste, excavated soil, quarry fines and glass cullet.
// Readonly data; ratios account for sorting losses where they are known.

import type { SubstitutionRule } from './substitution-rule';

const RECYCLED_AGGREGATES =
  'EN 13242 et EN 12620 (granulats recyclés); Cerema/IDRRIM, guides régionaux de valorisation des matériaux de déconstruction';

const SSD_INERT =
  'Sortie du statut de déchet par procédure individuelle (art. L541-4-3 et D541-12-4 du Code de l’environnement); sinon valorisation en tant que déchet avec traçabilité';

export const CONSTRUCTION_GLASS_RULES: readonly SubstitutionRule[] = [
  {
    id: 'concrete-to-aggregates',
    from: { ewc: ['170101', '101314'] },
    to: 'aggregates',
    ratio: 0.95,
    treatmentCostEurPerUnit: 6,
    conditions: { text: 'Béton trié, sans plâtre ni amiante, concassé et criblé', nonHazardousOnly: true },
    labelFr: 'Bétons de démolition → granulats recyclés',
    legalNote: SSD_INERT,
    source: `${RECYCLED_AGGREGATES}; coût de concassage R`,
  },
  {
    id: 'masonry-to-aggregates',
    from: { ewc: ['170102', '170103', '170107', '101208'] },
    to: 'aggregates',
    ratio: 0.9,
    treatmentCostEurPerUnit: 6,
    conditions: {
      text: 'Briques, tuiles et céramiques triées; usage en remblai ou sous-couche',
      nonHazardousOnly: true,
    },
    labelFr: 'Briques, tuiles et céramiques → granulats recyclés',
    legalNote: SSD_INERT,
    source: `${RECYCLED_AGGREGATES}; ratio R`,
  },
  {
    id: 'asphalt-to-aggregates',
    from: { ewc: ['170302'] },
    to: 'aggregates',
    ratio: 1,
    conditions: {
      text: 'Agrégats d’enrobés sans goudron (HAP < 50 mg/kg) pour recyclage en centrale',
      nonHazardousOnly: true,
    },
    labelFr: 'Fraisats d’enrobés → granulats (agrégats d’enrobés)',
    source:
      'NF EN 13108-8 (agrégats d’enrobés); seuil HAP du guide « Acceptabilité des matériaux alternatifs » (R)',
  },
  {
    id: 'ballast-to-aggregates',
    from: { ewc: ['170508'] },
    to: 'aggregates',
    ratio: 0.95,
    conditions: { text: 'Ballast ferroviaire criblé, non pollué', nonHazardousOnly: true },
    labelFr: 'Ballast ferroviaire → granulats',
    source: 'EN 13242; SNCF Réseau, filière de réemploi du ballast (R)',
  },
  {
    id: 'quarry-fines-to-aggregates',
    from: { ewc: ['010408', '010102', '010413', '191209'] },
    to: 'aggregates',
    ratio: 1,
    conditions: { text: 'Stériles et chutes de roche non dangereux, calibrés', nonHazardousOnly: true },
    labelFr: 'Stériles et fines de carrière → granulats',
    source: 'EN 13242; UNPG, valorisation des co-produits de carrière (R)',
  },
  {
    id: 'quarry-sand-to-sand',
    from: { ewc: ['010409'] },
    to: 'sand',
    ratio: 0.9,
    conditions: { text: 'Sables et argiles de lavage, après essorage', nonHazardousOnly: true },
    labelFr: 'Sables de lavage de carrière → sable',
    source: 'EN 13139 (granulats pour mortiers); ratio R',
  },
  {
    id: 'soil-to-excavated-soil',
    from: { ewc: ['170504', '200202', '020401'] },
    to: 'excavated-soil',
    ratio: 1,
    conditions: {
      text: 'Terres non polluées, caractérisées (fond géochimique compatible avec le site receveur)',
      nonHazardousOnly: true,
    },
    labelFr: 'Terres excavées → terres pour remblai ou aménagement',
    legalNote:
      'Guide MTES/BRGM 2020; sortie du statut de déchet des terres excavées (arrêté du 4 juin 2021, R); traçabilité RNDTS',
    source:
      'MTES/BRGM, « Guide de valorisation hors site des terres excavées issues de sites et sols potentiellement pollués » (2020)',
  },
  {
    id: 'rubble-to-aggregates',
    from: { resource: 'inert-rubble' },
    to: 'aggregates',
    ratio: 0.9,
    treatmentCostEurPerUnit: 6,
    conditions: { text: 'Gravats inertes triés, concassés et criblés' },
    labelFr: 'Gravats inertes → granulats recyclés',
    legalNote: SSD_INERT,
    source: `${RECYCLED_AGGREGATES}; ratio R`,
  },
  {
    id: 'soil-to-backfill',
    from: { resource: 'excavated-soil' },
    to: 'inert-rubble',
    ratio: 1,
    conditions: { text: 'Terres inertes pour remblai de carrière ou de chantier (matériau de remblai)' },
    labelFr: 'Terres inertes → matériau de remblai',
    legalNote: 'Remblaiement de carrière : arrêté du 22 septembre 1994 modifié; guide MTES/BRGM 2020',
    source: 'MTES/BRGM 2020 (valorisation hors site des terres excavées)',
  },
  {
    id: 'glass-to-cullet',
    from: { ewc: ['150107', '160120', '170202', '191205', '200102', '101112'] },
    to: 'glass-cullet',
    ratio: 0.95,
    treatmentCostEurPerUnit: 20,
    conditions: {
      text: 'Verre trié par couleur, infusibles (céramiques, pierres, porcelaine) retirés au traitement',
      nonHazardousOnly: true,
    },
    labelFr: 'Déchets de verre → calcin',
    legalNote: 'Règlement (UE) n° 1179/2012 : critères de fin du statut de déchet du calcin',
    source: 'Règlement (UE) 1179/2012; ratio R (≈ 5 % de refus de traitement); coût de traitement R',
  },
  {
    id: 'cullet-to-sand',
    from: { resource: 'glass-cullet' },
    to: 'sand',
    ratio: 1,
    conditions: { text: 'Calcin fin non refondu, en sable de filtration, de remblai ou de béton' },
    labelFr: 'Calcin fin → substitut de sable',
    source: 'EN 12620 (granulats pour béton, verre admis comme constituant); ratio R',
  },
];
