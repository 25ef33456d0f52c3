// Substitution rules for agri-food and fermentation residues, catering waste, fats, manure and digestate:
// to animal feed only where the animal by-product and feed law allow it, otherwise to methanisation or soil.

import type { SubstitutionRule } from './substitution-rule';

const FEED_LAW =
  'Coproduits d’origine végétale ou anciennes denrées sans viande ni poisson : règlements (CE) 767/2009 et (UE) 68/2013 (catalogue des matières premières), enregistrement hygiène des aliments (CE) 183/2005; jamais de sous-produits animaux de catégorie 1 ou 2 (règlement (CE) 1069/2009), jamais de déchets de cuisine et de table';
const METHANISATION =
  'Méthanisation sous ICPE 2781; sous-produits animaux de catégorie 3 admis après hygiénisation 70 °C / 1 h (règlement (UE) 142/2011, annexe V)';
const BIOWASTE_SORTING =
  'Obligation de tri à la source des biodéchets (art. L541-21-1 du Code de l’environnement, généralisée au 1er janvier 2024)';

export const ORGANICS_RULES: readonly SubstitutionRule[] = [
  {
    id: 'spent-grains-to-animal-feed',
    from: { ewc: ['020701', '020702'] },
    to: 'animal-feed',
    ratio: 0.25,
    conditions: {
      text: 'Drêches et résidus de brasserie ou de distillerie frais (≈ 22 % MS), utilisés sous quelques jours',
      minDryMatterPct: 18,
      nonHazardousOnly: true,
    },
    labelFr: 'Drêches de brasserie ou de distillerie → alimentation animale',
    legalNote: FEED_LAW,
    source:
      'Règlement (UE) 68/2013, entrées 11.x (drêches); ratio D : 1 t à 22 % MS remplace ≈ 0,25 t d’aliment à 88 % MS',
  },
  {
    id: 'plant-food-residues-to-animal-feed',
    from: { ewc: ['020304', '020701', '020704'] },
    to: 'animal-feed',
    ratio: 0.3,
    conditions: {
      text: 'Résidus végétaux propres (fruits, légumes, céréales), sans emballage, ≥ 20 % MS',
      minDryMatterPct: 20,
      nonHazardousOnly: true,
    },
    labelFr: 'Résidus végétaux agroalimentaires → alimentation animale',
    legalNote: FEED_LAW,
    source: 'Règlement (UE) 68/2013; ratio D (rapport des matières sèches)',
  },
  {
    id: 'bakery-to-animal-feed',
    from: { ewc: ['020601'] },
    to: 'animal-feed',
    ratio: 0.9,
    conditions: {
      text: 'Anciennes denrées de boulangerie et confiserie, déconditionnées, sans viande ni poisson',
      minDryMatterPct: 70,
      nonHazardousOnly: true,
    },
    labelFr: 'Invendus de boulangerie et confiserie → alimentation animale',
    legalNote: FEED_LAW,
    source:
      'Règlement (UE) 68/2013, entrée 13.1 (produits de boulangerie); Commission, lignes directrices 2018/C 133/02 sur les anciennes denrées',
  },
  {
    id: 'dairy-to-animal-feed',
    from: { ewc: ['020501'] },
    to: 'animal-feed',
    ratio: 0.1,
    conditions: {
      text: 'Lactosérum et produits laitiers (≈ 6-10 % MS) pour élevage porcin',
      minDryMatterPct: 5,
      nonHazardousOnly: true,
    },
    labelFr: 'Lactosérum et produits laitiers → alimentation animale',
    legalNote:
      'Sous-produits animaux de catégorie 3 (lait) admis en alimentation animale sous conditions du règlement (UE) 142/2011, annexe X; agrément sanitaire',
    source: 'Règlement (UE) 142/2011, annexe X chapitre II section 4; ratio D (matière sèche)',
  },
  {
    id: 'food-residues-to-biowaste',
    from: { ewc: ['020103', '020301', '020304', '020501', '020601', '020701', '020702', '020704', '020302'] },
    to: 'biowaste',
    ratio: 1,
    conditions: {
      text: 'Résidus végétaux ou laitiers fermentescibles, sans indésirables',
      nonHazardousOnly: true,
    },
    labelFr: 'Résidus agroalimentaires → méthanisation ou compostage',
    legalNote: METHANISATION,
    source: 'ADEME, « Méthanisation : guide des intrants » (R); règlement (UE) 142/2011',
  },
  {
    id: 'animal-tissue-to-biowaste',
    from: { ewc: ['020102', '020203'] },
    to: 'biowaste',
    ratio: 1,
    conditions: {
      text: 'Sous-produits animaux de catégorie 3 seulement, hygiénisés avant méthanisation',
      nonHazardousOnly: true,
    },
    labelFr: 'Sous-produits animaux de catégorie 3 → méthanisation',
    legalNote: `${METHANISATION}; catégories 1 et 2 exclues (équarrissage)`,
    source: 'Règlement (CE) 1069/2009 art. 10 et 14; règlement (UE) 142/2011 annexe V',
  },
  {
    id: 'catering-waste-to-biowaste',
    from: { ewc: ['200108'] },
    to: 'biowaste',
    ratio: 1,
    conditions: {
      text: 'Biodéchets de restauration triés à la source, déconditionnés; jamais en alimentation animale',
      nonHazardousOnly: true,
    },
    labelFr: 'Biodéchets de restauration → méthanisation ou compostage',
    legalNote: `${BIOWASTE_SORTING}; ${METHANISATION}`,
    source:
      'Règlement (CE) 1069/2009 art. 11 (interdiction des eaux grasses en alimentation animale); art. L541-21-1 C. env.',
  },
  {
    id: 'edible-oil-to-fats-oils',
    from: { ewc: ['200125'] },
    to: 'fats-oils',
    ratio: 1,
    conditions: { text: 'Huiles alimentaires usagées collectées séparément', nonHazardousOnly: true },
    labelFr: 'Huiles alimentaires usagées → graisses et huiles',
    legalNote:
      'Tri à la source obligatoire (art. R543-225 et suivants du Code de l’environnement); usage en biocarburant ou méthanisation',
    source: 'Directive (UE) 2018/2001 (RED II) annexe IX partie B (huiles de cuisson usagées)',
  },
  {
    id: 'fats-to-biowaste',
    from: { resource: 'fats-oils' },
    to: 'biowaste',
    ratio: 1,
    conditions: { text: 'Graisses en co-digestion (≤ 10-15 % de la ration du digesteur)' },
    labelFr: 'Graisses et huiles → méthanisation',
    legalNote: METHANISATION,
    source:
      'ADEME, guide des intrants de méthanisation (R) : les graisses sont un co-substrat à fort potentiel',
  },
  {
    id: 'biowaste-to-animal-feed',
    from: { resource: 'biowaste' },
    to: 'animal-feed',
    ratio: 0.25,
    conditions: {
      text: 'Seulement des coproduits végétaux déclarés comme tels (≥ 20 % MS), jamais de déchets de cuisine',
      minDryMatterPct: 20,
      nonHazardousOnly: true,
    },
    labelFr: 'Coproduits végétaux → alimentation animale',
    legalNote: FEED_LAW,
    source: 'Règlement (UE) 68/2013; ratio D (rapport des matières sèches)',
  },
  {
    id: 'manure-to-biowaste',
    from: { ewc: ['020106'] },
    to: 'biowaste',
    ratio: 1,
    conditions: { text: 'Effluents d’élevage en méthanisation agricole', nonHazardousOnly: true },
    labelFr: 'Effluents d’élevage → méthanisation',
    legalNote:
      'Lisiers et fumiers : sous-produits animaux de catégorie 2 admis en méthanisation sans stérilisation préalable (règlement (UE) 142/2011 annexe V)',
    source: 'Règlement (CE) 1069/2009 art. 13 f); règlement (UE) 142/2011',
  },
  {
    id: 'manure-to-soil-amendment',
    from: { ewc: ['020106'] },
    to: 'soil-amendment',
    ratio: 1,
    conditions: { text: 'Épandage agricole d’effluents d’élevage', nonHazardousOnly: true },
    labelFr: 'Effluents d’élevage → amendement organique',
    legalNote: 'Plan d’épandage; directive Nitrates 91/676/CEE (zones vulnérables)',
    source: 'Directive 91/676/CEE; arrêté du 19 décembre 2011 (programme d’actions nitrates)',
  },
  {
    id: 'digestate-to-soil-amendment',
    from: { ewc: ['190604', '190606'] },
    to: 'soil-amendment',
    ratio: 1,
    conditions: {
      text: 'Digestat conforme (métaux, inertes, pathogènes); épandage ou mise sur le marché',
      nonHazardousOnly: true,
    },
    labelFr: 'Digestat → amendement organique',
    legalNote:
      'Plan d’épandage, ou cahier des charges DigAgri (statut de produit, arrêtés du 13 juin 2017 et du 8 août 2019)',
    source:
      'Arrêté du 8 août 2019 (cahier des charges digestats agricoles); NF U 44-051 (amendements organiques)',
  },
  {
    id: 'vinasse-to-fertiliser',
    from: { ewc: ['020702'] },
    to: 'fertiliser',
    ratio: 0.5,
    conditions: {
      text: 'Vinasses concentrées (potasse) de distillerie',
      minDryMatterPct: 30,
      nonHazardousOnly: true,
    },
    labelFr: 'Vinasses de distillerie → engrais potassique',
    legalNote: 'Mise sur le marché sous norme NF U 42-001 ou homologation (art. L255-2 du Code rural)',
    source: 'NF U 42-001 (engrais); ratio R',
  },
  {
    id: 'garden-waste-to-green-waste',
    from: { ewc: ['200201'] },
    to: 'green-waste',
    ratio: 1,
    conditions: { text: 'Déchets verts vers plateforme de compostage ou de broyage', nonHazardousOnly: true },
    labelFr: 'Déchets verts → plateforme de compostage',
    legalNote: 'Compostage sous ICPE 2780; brûlage à l’air libre interdit',
    source: 'Art. L541-21-1 C. env.; rubrique ICPE 2780',
  },
  {
    id: 'green-waste-to-soil-amendment',
    from: { resource: 'green-waste' },
    to: 'soil-amendment',
    ratio: 0.5,
    treatmentCostEurPerUnit: 30,
    conditions: { text: 'Compostage préalable (≈ 50 % de perte de masse)' },
    labelFr: 'Déchets verts compostés → compost',
    legalNote: 'Compost conforme NF U 44-051',
    source:
      'NF U 44-051; ratio et coût de compostage R (ADEME, référentiel des coûts du service public de gestion des déchets)',
  },
];
