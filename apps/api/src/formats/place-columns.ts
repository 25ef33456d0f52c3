// The columns of the territory (key/value rows), zones and sites tables, documented in French.
// Field names are those of toile.dataset/1, plus `datasetNote` for the document's own note.

import {
  CONFIDENTIALITIES,
  CONFIDENTIALITY_FR,
  DATASET_NOTE_KEY,
  ID_FR,
  type ColumnSpec,
} from './column-spec';

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
