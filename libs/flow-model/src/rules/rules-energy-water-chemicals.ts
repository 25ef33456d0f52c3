// Substitution rules for fuels (off-gas, biogas, used oils), water cascades (treated effluent, cooling water)
// and chemicals (refinery sulphur, spent acids and caustic, solvents). Heat, steam and gases follow their own
// predicates (compatibility/heat.ts, compatibility/gas.ts), not this table.

import type { SubstitutionRule } from './substitution-rule';

const REUT =
  'Réutilisation des eaux usées traitées : décret n° 2023-835 du 29 août 2023 et arrêté du 14 décembre 2023 (usages non domestiques), autorisation préfectorale';

export const ENERGY_WATER_CHEMICALS_RULES: readonly SubstitutionRule[] = [
  {
    id: 'off-gas-to-natural-gas',
    from: { resource: 'fuel-gas' },
    to: 'natural-gas',
    ratio: 1,
    conditions: {
      text: 'Gaz de procédé épuré (H2S, poussières) brûlé dans des brûleurs adaptés; équivalence en MWh PCI',
    },
    labelFr: 'Gaz de procédé → combustible à la place du gaz naturel',
    source:
      'BREF Iron and Steel (2012) MTD 6 (usage des gaz de haut fourneau et de cokerie); BREF Refining (2015) MTD 36 (gaz de raffinerie)',
  },
  {
    id: 'biogas-to-natural-gas',
    from: { resource: 'biogas' },
    to: 'natural-gas',
    ratio: 1,
    conditions: {
      text: 'Biogaz désulfuré, en chaudière ou brûleur adapté au PCI du biogaz; équivalence en MWh',
    },
    labelFr: 'Biogaz → combustible à la place du gaz naturel',
    source: 'Rubrique ICPE 2910-C (combustion de biogaz); ADEME, fiche technique méthanisation (R)',
  },
  {
    id: 'biomethane-to-natural-gas',
    from: { resource: 'biomethane' },
    to: 'natural-gas',
    ratio: 1,
    conditions: {
      text: 'Biométhane aux spécifications du réseau (interchangeable), livré par le réseau ou par canalisation dédiée',
    },
    labelFr: 'Biométhane → gaz naturel',
    source: 'Prescriptions techniques GRTgaz / GRDF pour l’injection de biométhane; EN 16723-1',
  },
  {
    id: 'biogas-to-biomethane-feed',
    from: { resource: 'biogas' },
    to: 'biomethane',
    ratio: 0.97,
    treatmentCostEurPerUnit: 12,
    conditions: { text: 'Épuration du biogaz en biométhane (pertes de méthane ≈ 1-3 %)' },
    labelFr: 'Biogaz → biométhane après épuration',
    source: 'ADEME/GRDF, coûts d’épuration du biogaz (R : ≈ 10-15 €/MWh); ratio R',
  },
  {
    id: 'waste-oil-regeneration',
    from: { ewc: ['130205', '130208'] },
    to: 'waste-oil',
    ratio: 1,
    conditions: { text: 'Huiles usagées collectées séparément, non mélangées (PCB < 50 ppm)' },
    labelFr: 'Huiles usagées → régénération',
    legalNote:
      'Déchet dangereux : le repreneur doit accepter le code; régénération prioritaire (art. R543-3 et suivants du Code de l’environnement); BSD via Trackdéchets',
    source: 'Directive 2008/98/CE art. 21; art. R543-3 C. env.',
  },
  {
    id: 'solvents-regeneration',
    from: { ewc: ['070104', '070704', '140603'] },
    to: 'solvent',
    ratio: 0.8,
    treatmentCostEurPerUnit: 150,
    conditions: { text: 'Solvants usés distillables (≈ 80 % récupérés), non chlorés ou séparés' },
    labelFr: 'Solvants usés → solvants régénérés par distillation',
    legalNote: 'Déchet dangereux : le repreneur doit accepter le code; BSD via Trackdéchets',
    source: 'BREF Waste Treatment (2018), §2.3 régénération des solvants; ratio et coût R',
  },
  {
    id: 'refinery-sulphur-to-sulphur',
    from: { ewc: ['050116', '050702'] },
    to: 'sulphur',
    ratio: 0.95,
    conditions: {
      text: 'Soufre de désulfuration (unité Claus), pureté ≥ 99,5 % pour acide sulfurique',
      minPurityPct: 99.5,
      nonHazardousOnly: true,
    },
    labelFr: 'Soufre de désulfuration (raffinerie, gaz) → soufre',
    source: 'BREF Refining (2015), §3.23 unités de récupération du soufre; ratio R',
  },
  {
    id: 'spent-acid-to-sulphuric-acid',
    from: { ewc: ['060101', '050104'] },
    to: 'sulphuric-acid',
    ratio: 0.7,
    treatmentCostEurPerUnit: 80,
    conditions: { text: 'Acide sulfurique usé vers régénération (SAR) ou usage direct selon concentration' },
    labelFr: 'Acide sulfurique usé → acide sulfurique régénéré',
    legalNote: 'Déchet dangereux : le repreneur doit accepter le code; BSD via Trackdéchets',
    source:
      'BREF LVIC-AAF (2007), chapitre acide sulfurique : régénération des acides usés; ratio R (concentration)',
  },
  {
    id: 'spent-hcl-to-hydrochloric-acid',
    from: { ewc: ['060102'] },
    to: 'hydrochloric-acid',
    ratio: 0.6,
    conditions: { text: 'Acide chlorhydrique de coproduction, concentration et impuretés à vérifier' },
    labelFr: 'Acide chlorhydrique résiduaire → acide chlorhydrique',
    legalNote: 'Déchet dangereux : le repreneur doit accepter le code',
    source: 'BREF Chlor-Alkali (2014) et Ferrous Metals Processing (2022, régénération des bains); ratio R',
  },
  {
    id: 'spent-caustic-to-caustic-soda',
    from: { ewc: ['050111'] },
    to: 'caustic-soda',
    ratio: 0.3,
    conditions: {
      text: 'Soude usée de raffinerie (sulfidique) en papeterie kraft ou neutralisation, teneur en NaOH libre à vérifier',
    },
    labelFr: 'Soude usée de raffinerie → soude',
    legalNote: 'Déchet dangereux : le repreneur doit accepter le code; BSD via Trackdéchets',
    source: 'BREF Refining (2015), §4.24.x valorisation des soudes usées (papeteries); ratio R (NaOH libre)',
  },
  {
    id: 'treated-effluent-to-process-water',
    from: { resource: 'water-treated-effluent' },
    to: 'water-process',
    ratio: 1,
    conditions: {
      text: 'Qualité compatible avec l’usage (filtration, désinfection selon le procédé receveur)',
    },
    labelFr: 'Eaux usées traitées → eau de process',
    legalNote: REUT,
    source: 'Décret n° 2023-835; ISO 16075 (lignes directrices de réutilisation); ratio 1 m3 pour 1 m3',
  },
  {
    id: 'treated-effluent-to-raw-water',
    from: { resource: 'water-treated-effluent' },
    to: 'water-raw',
    ratio: 1,
    conditions: { text: 'Usage en eau brute : lavage, refroidissement, arrosage' },
    labelFr: 'Eaux usées traitées → eau brute',
    legalNote: REUT,
    source: 'Décret n° 2023-835; ISO 16075',
  },
  {
    id: 'cooling-water-to-process-water',
    from: { resource: 'water-cooling' },
    to: 'water-process',
    ratio: 0.95,
    conditions: {
      text: 'Eau de refroidissement en circuit ouvert, non conditionnée (sans biocide incompatible); ≈ 5 % de purge',
    },
    labelFr: 'Eau de refroidissement usée → eau de process',
    source: 'BREF Industrial Cooling Systems (2001), §3.4 réutilisation des eaux; ratio R',
  },
  {
    id: 'cooling-water-to-raw-water',
    from: { resource: 'water-cooling' },
    to: 'water-raw',
    ratio: 1,
    conditions: { text: 'Eau de refroidissement réutilisée comme eau brute' },
    labelFr: 'Eau de refroidissement usée → eau brute',
    source: 'BREF Industrial Cooling Systems (2001)',
  },
  {
    id: 'process-water-to-raw-water',
    from: { resource: 'water-process' },
    to: 'water-raw',
    ratio: 1,
    conditions: { text: 'Excédent d’eau de process utilisé comme eau brute (qualité supérieure ou égale)' },
    labelFr: 'Eau de process excédentaire → eau brute',
    source: 'Cascade de qualités d’eau (D) : une eau plus pure sert un usage moins exigeant',
  },
  {
    id: 'demineralised-to-process-water',
    from: { resource: 'water-demineralised' },
    to: 'water-process',
    ratio: 1,
    conditions: { text: 'Eau déminéralisée ou condensats propres excédentaires' },
    labelFr: 'Eau déminéralisée ou condensats → eau de process',
    source: 'Cascade de qualités d’eau (D)',
  },
  {
    id: 'wastewater-to-treatment',
    from: { ewc: ['161002', '020799'] },
    to: 'wastewater',
    ratio: 1,
    conditions: {
      text: 'Effluents aqueux non dangereux vers une station d’épuration qui les accepte (convention de rejet)',
      nonHazardousOnly: true,
    },
    labelFr: 'Effluents aqueux → station d’épuration partagée',
    legalNote: 'Convention et autorisation de déversement (art. L1331-10 du Code de la santé publique)',
    source: 'Art. L1331-10 CSP',
  },
];
