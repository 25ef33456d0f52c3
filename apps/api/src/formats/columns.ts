// The columns of the spreadsheet and CSV forms of toile.dataset/1: one table per sheet (or CSV file),
// each column with its kind (how a cell is read) and its French documentation for the template.

export type ColumnKind = 'text' | 'number' | 'boolean' | 'list' | 'json';
export type TableName = 'territory' | 'zones' | 'sites' | 'flows';

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  /** French: `oui`, `non`, or the condition under which the column is required. */
  readonly requiredFr: string;
  readonly meaningFr: string;
  readonly unit?: string;
  readonly example: string;
  /** Allowed values, offered as a drop-down list in the template. */
  readonly choices?: readonly string[];
}

export const DIRECTIONS = ['output', 'input'] as const;
export const CONFIDENTIALITIES = ['public', 'territory', 'private'] as const;
export const MONTH_COLUMNS = [
  'm01',
  'm02',
  'm03',
  'm04',
  'm05',
  'm06',
  'm07',
  'm08',
  'm09',
  'm10',
  'm11',
  'm12',
];

const CONFIDENTIALITY_FR =
  'public : visible de tous ; territory : animateurs du territoire et, anonymisé, autres entreprises ; ' +
  'private : l’entreprise et les animateurs seulement';

/** Key of the territory sheet that holds the document's own `note` (not the territory's). */
export const DATASET_NOTE_KEY = 'datasetNote';

const ID_FR = 'identifiant unique dans le fichier : minuscules, chiffres et tirets';

export const TERRITORY_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'text', requiredFr: 'oui', meaningFr: `territoire, ${ID_FR}`, example: 'axe-seine' },
  { name: 'name', kind: 'text', requiredFr: 'oui', meaningFr: 'nom du territoire', example: 'Axe Seine' },
  {
    name: 'kind',
    kind: 'text',
    requiredFr: 'non',
    meaningFr: 'type : zae, epci, territoire-industrie, region, port, platform',
    example: 'territoire-industrie',
  },
  {
    name: 'note',
    kind: 'text',
    requiredFr: 'non',
    meaningFr: 'remarque sur le territoire',
    example: 'périmètre 2025',
  },
  {
    name: DATASET_NOTE_KEY,
    kind: 'text',
    requiredFr: 'non',
    meaningFr: 'remarque sur l’ensemble du jeu de données (champ note du document)',
    example: 'données de l’atelier du 12 mars',
  },
];

export const ZONE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'text', requiredFr: 'oui', meaningFr: `zone, ${ID_FR}`, example: 'zae-nord' },
  { name: 'name', kind: 'text', requiredFr: 'oui', meaningFr: 'nom de la zone', example: 'ZAE Nord' },
  { name: 'kind', kind: 'text', requiredFr: 'non', meaningFr: 'type : zae, epci, port…', example: 'zae' },
  {
    name: 'polygon',
    kind: 'json',
    requiredFr: 'non',
    meaningFr: 'contour : un Polygon GeoJSON (WGS84) écrit en JSON',
    example: '{"type":"Polygon","coordinates":[[[1.09,49.44],[1.10,49.44],[1.10,49.45],[1.09,49.44]]]}',
  },
  {
    name: 'note',
    kind: 'text',
    requiredFr: 'non',
    meaningFr: 'remarque libre',
    example: 'ZAE créée en 2004',
  },
];

export const SITE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'text', requiredFr: 'oui', meaningFr: `établissement, ${ID_FR}`, example: 'papeterie' },
  {
    name: 'name',
    kind: 'text',
    requiredFr: 'oui',
    meaningFr: 'nom de l’établissement',
    example: 'Papeterie du Val',
  },
  {
    name: 'lat',
    kind: 'number',
    requiredFr: 'oui',
    meaningFr: 'latitude WGS84',
    unit: 'degrés',
    example: '49.4431',
  },
  {
    name: 'lon',
    kind: 'number',
    requiredFr: 'oui',
    meaningFr: 'longitude WGS84',
    unit: 'degrés',
    example: '1.0993',
  },
  {
    name: 'siret',
    kind: 'text',
    requiredFr: 'non',
    meaningFr: 'SIRET, 14 chiffres (clé de Luhn vérifiée)',
    example: '73282932000074',
  },
  { name: 'nace', kind: 'text', requiredFr: 'non', meaningFr: 'code NACE rév. 2 ou NAF', example: '17.12Z' },
  {
    name: 'zoneId',
    kind: 'text',
    requiredFr: 'non',
    meaningFr: 'id d’une zone de la feuille zones',
    example: 'zae-nord',
  },
  {
    name: 'confidentiality',
    kind: 'text',
    requiredFr: 'non (territory par défaut)',
    meaningFr: CONFIDENTIALITY_FR,
    example: 'territory',
    choices: CONFIDENTIALITIES,
  },
  { name: 'note', kind: 'text', requiredFr: 'non', meaningFr: 'remarque libre', example: 'site ICPE' },
];

const PERCENT = '% (0 à 100)';

export const FLOW_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'text', requiredFr: 'oui', meaningFr: `flux, ${ID_FR}`, example: 'papeterie-cendres' },
  {
    name: 'siteId',
    kind: 'text',
    requiredFr: 'oui',
    meaningFr: 'id de l’établissement',
    example: 'papeterie',
  },
  {
    name: 'direction',
    kind: 'text',
    requiredFr: 'oui',
    meaningFr:
      'output : le site l’a à céder (sous-produit, déchet, chaleur fatale) ; input : le site en a besoin',
    example: 'output',
    choices: DIRECTIONS,
  },
  {
    name: 'resource',
    kind: 'text',
    requiredFr: 'resource ou ewc',
    meaningFr: 'clé de ressource (voir la feuille ressources)',
    example: 'heat',
  },
  {
    name: 'ewc',
    kind: 'text',
    requiredFr: 'resource ou ewc',
    meaningFr: 'code déchet de la liste européenne, * si dangereux',
    example: '10 01 01',
  },
  {
    name: 'quantity',
    kind: 'number',
    requiredFr: 'oui',
    meaningFr: 'quantité (> 0) dans l’unité',
    example: '3000',
  },
  {
    name: 'unit',
    kind: 'text',
    requiredFr: 'oui',
    meaningFr: 'unité (voir la feuille unites)',
    example: 't/yr',
  },
  {
    name: 'hoursPerYear',
    kind: 'number',
    requiredFr: 'non (8760)',
    meaningFr: 'heures de fonctionnement par an, pour une puissance (kW, MW)',
    unit: 'h/an',
    example: '6000',
  },
  {
    name: 'temperatureC',
    kind: 'number',
    requiredFr: 'chaleur, vapeur, froid, eau de refroidissement',
    meaningFr: 'température de fourniture (output) ou requise (input)',
    unit: '°C',
    example: '85',
  },
  {
    name: 'pressureBar',
    kind: 'number',
    requiredFr: 'non',
    meaningFr: 'pression (gaz, vapeur)',
    unit: 'bar',
    example: '350',
  },
  {
    name: 'purityPct',
    kind: 'number',
    requiredFr: 'non',
    meaningFr: 'pureté (gaz, chimie)',
    unit: PERCENT,
    example: '99.97',
  },
  {
    name: 'dryMatterPct',
    kind: 'number',
    requiredFr: 'non',
    meaningFr: 'matière sèche (organiques)',
    unit: PERCENT,
    example: '25',
  },
  {
    name: 'moisturePct',
    kind: 'number',
    requiredFr: 'non',
    meaningFr: 'humidité (biomasse)',
    unit: PERCENT,
    example: '30',
  },
  {
    name: 'hazardous',
    kind: 'boolean',
    requiredFr: 'non (d’après le code ewc)',
    meaningFr: 'déchet dangereux : oui ou non',
    example: 'non',
    choices: ['oui', 'non'],
  },
  {
    name: 'price',
    kind: 'number',
    requiredFr: 'non',
    meaningFr: 'coût actuel : élimination d’un output, achat d’un input (avec priceUnit)',
    unit: 'EUR par unité',
    example: '45',
  },
  { name: 'priceUnit', kind: 'text', requiredFr: 'avec price', meaningFr: 'unité du prix', example: 'EUR/t' },
  ...MONTH_COLUMNS.map((name, index): ColumnSpec => ({
    name,
    kind: 'number',
    requiredFr: 'non (tous vides = constant)',
    meaningFr: `part de la quantité annuelle au mois ${index + 1} (les 12 ensemble, de 0 à 1)`,
    unit: 'fraction',
    example: '0.0833',
  })),
  {
    name: 'confidentiality',
    kind: 'text',
    requiredFr: 'non (celle du site)',
    meaningFr: CONFIDENTIALITY_FR,
    example: 'territory',
    choices: CONFIDENTIALITIES,
  },
  {
    name: 'note',
    kind: 'text',
    requiredFr: 'non',
    meaningFr: 'remarque libre',
    example: 'arrêt technique en août',
  },
  {
    name: 'acceptsEwc',
    kind: 'list',
    requiredFr: 'non (inputs)',
    meaningFr: 'codes déchets dangereux acceptés par ce consommateur, séparés par ;',
    example: '10 01 04*;19 01 13*',
  },
];

export const TABLE_COLUMNS: Readonly<Record<TableName, readonly ColumnSpec[]>> = {
  territory: TERRITORY_COLUMNS,
  zones: ZONE_COLUMNS,
  sites: SITE_COLUMNS,
  flows: FLOW_COLUMNS,
};

/** The column of `table` named `header` (case and surrounding spaces ignored). */
export function findColumn(table: TableName, header: string): ColumnSpec | undefined {
  const wanted = header.trim().toLowerCase();
  return TABLE_COLUMNS[table].find((column) => column.name.toLowerCase() === wanted);
}
