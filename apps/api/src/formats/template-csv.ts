// The workshop template as a CSV bundle (zip): header-only sites.csv, flows.csv, zones.csv, a territory.csv
// to fill in, LISEZ-MOI.txt, ressources.csv and unites.csv. Written for French Excel (`;`, BOM).

import { strToU8, zipSync } from 'fflate';
import { TABLE_COLUMNS } from './columns';
import { EXCEL_FR_CSV_DIALECT, tableToCsv } from './csv-write';
import { KEY_VALUE_HEADER } from './dataset-tables';
import {
  COLUMN_DOC_HEADER_FR,
  columnDocRows,
  INTRO_FR,
  RESOURCE_HEADER_FR,
  resourceRows,
  UNIT_HEADER_FR,
  unitRows,
} from './template-texts';

const CSV_INTRO_FR: readonly string[] = [
  'Version CSV : un fichier par feuille (sites.csv, flows.csv, et si besoin zones.csv et territory.csv),',
  'séparateur « ; » ou « , », encodage UTF-8 (dans Excel : « CSV UTF-8 »). Rezippez les fichiers remplis ou',
  'placez-les dans un dossier : npx toile validate dossier/ — npx toile import dossier/ --territory mon-territoire.',
  '',
];

export function templateReadMeText(): string {
  const [header, ...rows] = [COLUMN_DOC_HEADER_FR, ...columnDocRows()];
  const lines = rows.map((row) => {
    const [sheet, column, meaning, unit, required, example] = row;
    const unitText = unit === '' ? '' : ` ; unité : ${unit}`;
    return `- ${sheet}.csv, ${column} : ${meaning}${unitText} ; obligatoire : ${required} ; ex. ${example}`;
  });
  return [...INTRO_FR, ...CSV_INTRO_FR, `Colonnes (${header.join(', ')}) :`, ...lines, ''].join('\r\n');
}

export function templateCsvZip(): Buffer {
  const csv = (rows: readonly (readonly (string | undefined)[])[]): Uint8Array =>
    strToU8(tableToCsv(rows, EXCEL_FR_CSV_DIALECT));
  const header = (table: 'zones' | 'sites' | 'flows'): string[] =>
    TABLE_COLUMNS[table].map((column) => column.name);
  return Buffer.from(
    zipSync({
      'LISEZ-MOI.txt': strToU8(`\uFEFF${templateReadMeText()}`),
      'territory.csv': csv([KEY_VALUE_HEADER, ...TABLE_COLUMNS.territory.map((column) => [column.name, ''])]),
      'zones.csv': csv([header('zones')]),
      'sites.csv': csv([header('sites')]),
      'flows.csv': csv([header('flows')]),
      'ressources.csv': csv([RESOURCE_HEADER_FR, ...resourceRows()]),
      'unites.csv': csv([UNIT_HEADER_FR, ...unitRows()]),
    }),
  );
}
