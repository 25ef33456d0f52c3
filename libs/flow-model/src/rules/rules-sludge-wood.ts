// Substitution rules for sewage and industrial sludges (spreading, methanisation) and wood waste
// (material reuse, biomass fuel): the end-of-waste status of wood packaging chips is French law.

import type { SubstitutionRule } from './substitution-rule';

const SPREADING_URBAN =
  'Épandage des boues urbaines sous plan d’épandage (art. R211-25 et suivants du Code de l’environnement, arrêté du 8 janvier 1998)';
const SPREADING_ICPE =
  'Épandage des boues industrielles sous plan d’épandage ICPE (arrêté du 2 février 1998, art. 36 à 42)';
const WOOD_EOW =
  'Arrêté du 29 juillet 2014 : sortie du statut de déchet des broyats d’emballages en bois pour un usage en chaufferie biomasse (rubrique 2910-A)';

export const SLUDGE_WOOD_RULES: readonly SubstitutionRule[] = [
  {
    id: 'sewage-sludge-to-soil-amendment',
    from: { ewc: ['190805'] },
    to: 'soil-amendment',
    ratio: 0.35,
    conditions: {
      text: 'Boues déshydratées (≥ 15 % MS), métaux et CTO sous les seuils, hygiénisées selon l’usage',
      minDryMatterPct: 15,
      nonHazardousOnly: true,
    },
    labelFr: 'Boues de station d’épuration urbaine → amendement organique',
    legalNote: SPREADING_URBAN,
    source: 'Arrêté du 8 janvier 1998; ratio D : boue à ≈ 20 % MS contre compost à ≈ 60 % MS',
  },
  {
    id: 'sewage-sludge-to-organic-sludge',
    from: { ewc: ['190805'] },
    to: 'organic-sludge',
    ratio: 1,
    conditions: { text: 'Boues vers méthanisation (biogaz) ou co-compostage', nonHazardousOnly: true },
    labelFr: 'Boues de station d’épuration urbaine → méthanisation ou co-compostage',
    legalNote: 'Méthanisation ICPE 2781; compostage ICPE 2780; compost de boues conforme NF U 44-095',
    source: 'NF U 44-095 (composts contenant des boues); ADEME, guide des intrants de méthanisation (R)',
  },
  {
    id: 'industrial-sludge-to-organic-sludge',
    from: {
      ewc: [
        '190812',
        '190814',
        '020204',
        '020305',
        '020502',
        '020603',
        '020705',
        '030311',
        '040220',
        '020201',
        '020101',
      ],
    },
    to: 'organic-sludge',
    ratio: 1,
    conditions: {
      text: 'Boues biologiques non dangereuses vers méthanisation ou co-compostage',
      nonHazardousOnly: true,
    },
    labelFr: 'Boues industrielles biologiques → méthanisation ou co-compostage',
    legalNote: 'Méthanisation ICPE 2781; boues d’abattoir : sous-produits animaux selon leur catégorie',
    source: 'ADEME, guide des intrants de méthanisation (R); BREF Food, Drink and Milk (2019)',
  },
  {
    id: 'industrial-sludge-to-soil-amendment',
    from: { ewc: ['190812', '020204', '020305', '020502', '020603', '020705', '030311'] },
    to: 'soil-amendment',
    ratio: 0.35,
    conditions: {
      text: 'Boues agro-industrielles ou papetières déshydratées (≥ 15 % MS), innocuité démontrée',
      minDryMatterPct: 15,
      nonHazardousOnly: true,
    },
    labelFr: 'Boues industrielles → épandage agricole',
    legalNote: SPREADING_ICPE,
    source: 'Arrêté du 2 février 1998, art. 36-42; ratio D (matière sèche)',
  },
  {
    id: 'organic-sludge-to-soil-amendment',
    from: { resource: 'organic-sludge' },
    to: 'soil-amendment',
    ratio: 0.35,
    conditions: { text: 'Boues déshydratées (≥ 15 % MS) sous plan d’épandage', minDryMatterPct: 15 },
    labelFr: 'Boues organiques → amendement organique',
    legalNote: `${SPREADING_URBAN}; ${SPREADING_ICPE}`,
    source: 'Arrêtés du 8 janvier 1998 et du 2 février 1998; ratio D',
  },
  {
    id: 'organic-sludge-to-biowaste',
    from: { resource: 'organic-sludge' },
    to: 'biowaste',
    ratio: 1,
    conditions: { text: 'Boues en co-digestion dans un méthaniseur qui accepte des boues' },
    labelFr: 'Boues organiques → méthanisation (biogaz)',
    legalNote: 'Méthanisation ICPE 2781',
    source: 'ADEME, guide des intrants de méthanisation (R)',
  },
  {
    id: 'paper-sludge-to-srf',
    from: { ewc: ['030305', '030310'] },
    to: 'solid-recovered-fuel',
    ratio: 0.5,
    conditions: {
      text: 'Boues de désencrage et refus fibreux séchés, en chaudière papetière ou four cimentier',
      nonHazardousOnly: true,
    },
    labelFr: 'Boues de désencrage et refus fibreux → combustible',
    source: 'BREF Pulp, Paper and Board (2015), §2.x valorisation énergétique des boues; ratio R (séchage)',
  },
  {
    id: 'clean-wood-to-biomass-fuel',
    from: { ewc: ['030101', '030105', '030301', '020107'] },
    to: 'biomass-fuel',
    ratio: 1,
    conditions: {
      text: 'Bois non traité (écorces, sciures, chutes, rémanents), humidité ≤ 50 %',
      maxMoisturePct: 50,
      nonHazardousOnly: true,
    },
    labelFr: 'Connexes de scierie et bois non traité → combustible biomasse',
    legalNote: 'Biomasse au sens de la rubrique ICPE 2910-A',
    source: 'ISO 17225-4 (plaquettes); rubrique ICPE 2910-A (définition de la biomasse)',
  },
  {
    id: 'wood-packaging-to-biomass-fuel',
    from: { ewc: ['150103'] },
    to: 'biomass-fuel',
    ratio: 0.95,
    treatmentCostEurPerUnit: 15,
    conditions: { text: 'Emballages bois non traités broyés et déferraillés', nonHazardousOnly: true },
    labelFr: 'Emballages bois broyés → combustible biomasse',
    legalNote: WOOD_EOW,
    source: `${WOOD_EOW}; coût de broyage R`,
  },
  {
    id: 'waste-wood-to-srf',
    from: { ewc: ['170201', '191207', '200138'] },
    to: 'solid-recovered-fuel',
    ratio: 1,
    treatmentCostEurPerUnit: 15,
    conditions: {
      text: 'Bois de classe B (faiblement adjuvanté), broyé, en installation 2910-B ou 2971',
      nonHazardousOnly: true,
    },
    labelFr: 'Bois de déchèterie ou de démolition → combustible (bois B)',
    legalNote: 'Combustion en ICPE 2910-B ou 2971, pas en chaufferie biomasse 2910-A',
    source: 'Rubriques ICPE 2910-B et 2971; arrêté du 23 mai 2016',
  },
  {
    id: 'wood-packaging-to-wood',
    from: { ewc: ['150103', '030105'] },
    to: 'wood',
    ratio: 1,
    conditions: { text: 'Bois pour panneaux de particules ou réemploi', nonHazardousOnly: true },
    labelFr: 'Déchets de bois → recyclage matière (panneaux)',
    source: 'EPF (European Panel Federation), « Standard for delivery conditions of recycled wood » (R)',
  },
  {
    id: 'wood-to-biomass-fuel',
    from: { resource: 'wood' },
    to: 'biomass-fuel',
    ratio: 1,
    conditions: { text: 'Bois non traité, humidité ≤ 50 %', maxMoisturePct: 50 },
    labelFr: 'Bois → combustible biomasse',
    legalNote: 'Biomasse au sens de la rubrique ICPE 2910-A (bois non traité seulement)',
    source: 'ISO 17225-4; rubrique ICPE 2910-A',
  },
  {
    id: 'pallets-to-wood',
    from: { resource: 'pallets' },
    to: 'wood',
    ratio: 1,
    conditions: { text: 'Palettes non réparables, vers recyclage matière' },
    labelFr: 'Palettes hors d’usage → bois de recyclage',
    source: 'EPF delivery conditions (R)',
  },
];
