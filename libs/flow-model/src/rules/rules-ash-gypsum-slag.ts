// Substitution rules for combustion and metallurgical residues: FGD and recycled gypsum, fly and bottom ash,
// blast-furnace and steel slag, foundry sands, lime residues. Readonly data, one rule per industrial route.

import type { SubstitutionRule } from './substitution-rule';

export const ASH_GYPSUM_SLAG_RULES: readonly SubstitutionRule[] = [
  {
    id: 'fgd-gypsum-to-gypsum',
    from: { ewc: ['100105'] },
    to: 'gypsum',
    ratio: 1,
    conditions: {
      text: 'Gypse de désulfuration ≥ 95 % CaSO4·2H2O, humidité libre ≤ 10 %, chlorures et métaux conformes aux critères Eurogypsum',
      maxMoisturePct: 10,
      nonHazardousOnly: true,
    },
    labelFr: 'Gypse de désulfuration des fumées (FGD) → gypse',
    legalNote:
      'Sous-produit au sens de l’article L541-4-3 du Code de l’environnement si l’usage est certain et sans transformation autre que normale',
    source:
      'Eurogypsum, « Quality criteria and analysis methods for FGD gypsum » (2005); EN 13279-1 (liants plâtre); REACH : le gypse FGD est enregistré comme substance',
  },
  {
    id: 'fgd-sludge-to-gypsum',
    from: { ewc: ['100107'] },
    to: 'gypsum',
    ratio: 0.7,
    treatmentCostEurPerUnit: 8,
    conditions: {
      text: 'Boue de désulfuration à essorer (≈ 30 % d’eau retirée) avant usage plâtrier',
      nonHazardousOnly: true,
    },
    labelFr: 'Boue de désulfuration essorée → gypse',
    source:
      'Eurogypsum FGD quality criteria (2005); ratio D : 1 t de boue à ≈ 30 % d’eau libre donne ≈ 0,7 t de gypse à 10 %; coût d’essorage R',
  },
  {
    id: 'plasterboard-to-gypsum',
    from: { ewc: ['170802'] },
    to: 'gypsum',
    ratio: 0.9,
    treatmentCostEurPerUnit: 25,
    conditions: {
      text: 'Déchets de plâtre triés, sans amiante, ≤ 10 % de papier retiré au recyclage',
      nonHazardousOnly: true,
    },
    labelFr: 'Déchets de plaques de plâtre → gypse recyclé',
    legalNote: 'Filière REP PMCB (produits et matériaux de construction du bâtiment) depuis 2023',
    source:
      'Projet LIFE « Gypsum to Gypsum » (GtoG, 2013-2016); ratio R : ≈ 10 % de carton et impuretés retirés; coût de broyage R',
  },
  {
    id: 'titanogypsum-to-gypsum',
    from: { ewc: ['061101'] },
    to: 'gypsum',
    ratio: 0.8,
    conditions: {
      text: 'Gypse de neutralisation (TiO2) : teneur en fer à vérifier pour l’usage plâtrier ou cimentier',
      nonHazardousOnly: true,
    },
    labelFr: 'Gypse de la production de dioxyde de titane → gypse',
    source: 'BREF LVIC-S (chimie inorganique, 2007), chapitre TiO2 : valorisation du gypse rouge; ratio R',
  },
  {
    id: 'coal-fly-ash-to-cement-additive',
    from: { ewc: ['100102'] },
    to: 'cement-additive',
    ratio: 1,
    conditions: {
      text: 'Cendres volantes siliceuses conformes EN 450-1 (perte au feu ≤ 5 à 9 %) ou EN 197-1 (constituant V)',
      nonHazardousOnly: true,
    },
    labelFr: 'Cendres volantes de charbon → addition pour ciment ou béton',
    source: 'EN 450-1:2012 (cendres volantes pour béton); EN 197-1:2011 §5.2.4 (constituant V)',
  },
  {
    id: 'bottom-ash-to-aggregates',
    from: { ewc: ['100101', '100115', '100124'] },
    to: 'aggregates',
    ratio: 0.9,
    conditions: {
      text: 'Mâchefers et sables de chaudière criblés, lixiviation conforme au guide Sétra 2011',
      nonHazardousOnly: true,
    },
    labelFr: 'Mâchefers de chaudière → granulats routiers',
    source:
      'Sétra, « Acceptabilité de matériaux alternatifs en technique routière » (2011); EN 13242 (granulats pour matériaux traités et non traités); ratio R (refus de criblage)',
  },
  {
    id: 'mswi-bottom-ash-to-aggregates',
    from: { ewc: ['190112'] },
    to: 'aggregates',
    ratio: 0.85,
    treatmentCostEurPerUnit: 10,
    conditions: {
      text: 'Mâchefers d’incinération maturés et déferraillés, catégorie V (valorisable) en installation de maturation',
      nonHazardousOnly: true,
    },
    labelFr: 'Mâchefers d’incinération (MIDND) → granulats routiers',
    legalNote:
      'Arrêté du 18 novembre 2011 relatif au recyclage en technique routière des mâchefers d’incinération de déchets non dangereux',
    source: 'Arrêté du 18/11/2011; ratio R : ≈ 10-15 % de métaux et imbrûlés retirés; coût de maturation R',
  },
  {
    id: 'wood-ash-to-soil-amendment',
    from: { ewc: ['100103'] },
    to: 'soil-amendment',
    ratio: 1,
    conditions: {
      text: 'Cendres de biomasse non traitée : valeur neutralisante et métaux conformes; épandage encadré',
      nonHazardousOnly: true,
    },
    labelFr: 'Cendres de bois non traité → amendement calcique',
    legalNote:
      'Épandage sous plan d’épandage ICPE (arrêté du 2 février 1998) ou mise sur le marché conforme NF U 44-203 (matières fertilisantes avec cendres)',
    source: 'ADEME, « Valorisation agronomique des cendres de chaufferies biomasse » (R); NF U 44-203',
  },
  {
    id: 'gbf-slag-to-cement-additive',
    from: { ewc: ['100202'] },
    to: 'cement-additive',
    ratio: 0.95,
    treatmentCostEurPerUnit: 15,
    conditions: {
      text: 'Laitier de haut fourneau granulé (vitreux ≥ 2/3) puis broyé (GGBS)',
      nonHazardousOnly: true,
    },
    labelFr: 'Laitier de haut fourneau granulé → addition pour ciment (laitier moulu)',
    source: 'EN 15167-1 (laitier granulé moulu); EN 197-1 §5.2.2 (constituant S); coût de broyage R',
  },
  {
    id: 'slag-to-aggregates',
    from: { ewc: ['100201', '100202', '100903'] },
    to: 'aggregates',
    ratio: 0.95,
    conditions: {
      text: 'Laitier cristallisé ou laitier d’aciérie vieilli (stabilité volumique EN 1744-1)',
      nonHazardousOnly: true,
    },
    labelFr: 'Laitiers sidérurgiques → granulats',
    source:
      'EN 13242; EN 1744-1 (gonflement des laitiers d’aciérie); Sétra 2011 (guide d’application laitiers)',
  },
  {
    id: 'mill-scale-to-steel-scrap',
    from: { ewc: ['100210'] },
    to: 'steel-scrap',
    ratio: 0.7,
    conditions: {
      text: 'Calamine peu huileuse (< 1 % d’huile) pour agglomération ou four électrique',
      nonHazardousOnly: true,
    },
    labelFr: 'Calamine de laminage → charge ferreuse',
    source:
      'BREF Iron and Steel (2012), §3.3 recyclage des calamines à l’agglomération; ratio D : ≈ 70 % de fer',
  },
  {
    id: 'foundry-sand-to-sand',
    from: { ewc: ['100908', '101008', '100124'] },
    to: 'sand',
    ratio: 0.9,
    conditions: {
      text: 'Sables de fonderie non dangereux (liants organiques conformes), criblés',
      nonHazardousOnly: true,
    },
    labelFr: 'Sables de fonderie usés → sable',
    source: 'CTIF / ADEME, guide de valorisation des sables de fonderie (R); EN 13242; ratio R',
  },
  {
    id: 'lime-residue-to-lime',
    from: { ewc: ['101304'] },
    to: 'lime',
    ratio: 0.8,
    conditions: {
      text: 'Fines de chaux vive ou éteinte (CaO disponible à vérifier) pour neutralisation ou traitement de sols',
      nonHazardousOnly: true,
    },
    labelFr: 'Résidus de calcination de chaux → chaux',
    source: 'EN 459-1 (chaux de construction); ratio R (teneur en chaux disponible)',
  },
  {
    id: 'sugar-lime-to-soil-amendment',
    from: { ewc: ['020402'] },
    to: 'soil-amendment',
    ratio: 1,
    conditions: {
      text: 'Écumes de sucrerie (carbonate de calcium) pour chaulage agricole',
      nonHazardousOnly: true,
    },
    labelFr: 'Écumes de sucrerie → amendement calcique',
    legalNote: 'Produit normalisé NF U 44-001 (amendements minéraux basiques) ou épandage sous plan',
    source: 'NF U 44-001; pratique courante des sucreries françaises (R)',
  },
];
