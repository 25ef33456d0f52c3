// The French explanatory content of the workshop template: how to fill it in, every column documented,
// the resource vocabulary and the accepted units, as rows shared by the workbook and the CSV bundle.

import { parseUnit, RESOURCES, SPEC_UNITS } from '@toile/flow-model';
import { TABLE_COLUMNS, type TableName } from './columns';

export const INTRO_FR: readonly string[] = [
  'Toile — modèle de saisie des flux d’un territoire (format toile.dataset/1)',
  '',
  'Remplissez une ligne par établissement dans la feuille « sites » et une ligne par flux dans la feuille « flows ».',
  'Un flux « output » est ce que le site a à céder (sous-produit, déchet, surplus, chaleur fatale) ;',
  'un flux « input » est ce dont il a besoin. Donnez pour chaque flux soit une ressource (feuille « ressources »),',
  'soit un code déchet européen (colonne ewc, par exemple 10 01 01 ; ajoutez * pour un déchet dangereux).',
  'La feuille « territory » nomme le territoire étudié ; la feuille « zones » (facultative) liste ses zones d’activité.',
  'Ne renommez pas les feuilles ni les en-têtes de colonnes : ils sont lus tels quels. Une cellule vide = non renseigné.',
  'Les nombres s’écrivent avec une virgule ou un point décimal ; oui/non pour les colonnes booléennes.',
  'Contrôlez le fichier avec : npx toile validate fichier.xlsx — chaque problème est signalé avec sa ligne.',
  '',
];

export const COLUMN_DOC_HEADER_FR: readonly string[] = [
  'feuille',
  'colonne',
  'signification',
  'unité',
  'obligatoire',
  'exemple',
];

const DOCUMENTED_TABLES: readonly TableName[] = ['territory', 'zones', 'sites', 'flows'];

/** One row per column of every sheet: sheet, column, meaning, unit, required, example. */
export function columnDocRows(): string[][] {
  return DOCUMENTED_TABLES.flatMap((table) =>
    TABLE_COLUMNS[table].map((column) => [
      table,
      column.name,
      column.meaningFr,
      column.unit ?? '',
      column.requiredFr,
      column.example,
    ]),
  );
}

const FAMILY_FR: Readonly<Record<string, string>> = {
  heat: 'chaleur et froid',
  energy: 'énergie',
  fuel: 'combustible',
  gas: 'gaz',
  water: 'eau',
  mineral: 'minéral',
  metal: 'métal',
  chemical: 'chimie',
  organic: 'organique',
  plastic: 'plastique',
  fibre: 'fibre',
  packaging: 'emballage',
};

export const RESOURCE_HEADER_FR: readonly string[] = [
  'key',
  'famille',
  'unité canonique',
  'libellé',
  'précisions utiles',
];

export function resourceRows(): string[][] {
  return RESOURCES.map((resource) => [
    resource.key,
    FAMILY_FR[resource.family] ?? resource.family,
    resource.canonicalUnit,
    resource.labelFr,
    resource.quality.join(', '),
  ]);
}

export const UNIT_HEADER_FR: readonly string[] = ['unité', 'grandeur', 'remarque'];

const DIMENSION_FR: Readonly<Record<string, string>> = {
  mass: 'masse',
  energy: 'énergie',
  volume: 'volume',
  'normal-volume': 'volume de gaz (normo-m³)',
};

export function unitRows(): string[][] {
  return SPEC_UNITS.map((unit) => {
    const parsed = parseUnit(unit);
    if (parsed?.power) return [unit, 'puissance', 'avec hoursPerYear (8760 h/an par défaut)'];
    return [
      unit,
      DIMENSION_FR[parsed?.amount.dimension ?? ''] ?? '',
      'majuscules et minuscules indifférentes',
    ];
  });
}
