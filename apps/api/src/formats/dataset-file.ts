// Reads and writes a dataset file by its form: `.json`, `.xlsx`, `.zip` (CSV bundle) or a folder holding
// sites.csv and flows.csv (and optional zones.csv, territory.csv). Unreadable input → FormatError.

import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Dataset } from '@toile/flow-model';
import { datasetToCsvPair } from './csv-write';
import {
  csvTextsOf,
  CSV_FILE_NAMES,
  datasetToCsvZip,
  parseCsvZipWithSource,
  type CsvFileName,
} from './csv-zip';
import { parseCsvTextsWithSource } from './csv-read';
import type { ParsedDataset } from './dataset-assembly';
import { FormatError, formatProblem } from './format-error';
import { parseWorkbookWithSource } from './workbook-read';
import { datasetToWorkbook } from './workbook-write';

export type DatasetFileForm = 'json' | 'xlsx' | 'zip' | 'folder';

const FORMS_FR = '.json, .xlsx, .zip ou un dossier contenant sites.csv et flows.csv';

/** The form of a target path: by extension, a folder when it has none. */
export function datasetFileForm(path: string): DatasetFileForm {
  const extension = extname(path).toLowerCase();
  if (extension === '.json' || extension === '.xlsx' || extension === '.zip') {
    return extension.slice(1) as DatasetFileForm;
  }
  if (extension === '' || path.endsWith('/')) return 'folder';
  throw new FormatError([
    formatProblem(path, 'unknown-form', `forme de fichier inconnue « ${extension} » : ${FORMS_FR}`),
  ]);
}

export function parseJsonDataset(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FormatError([formatProblem(source, 'bad-json', `JSON illisible (${reason})`)]);
  }
}

async function readFolder(path: string): Promise<ParsedDataset> {
  const files = new Map<CsvFileName, Uint8Array>();
  for (const entry of await readdir(path)) {
    const name = entry.toLowerCase() as CsvFileName;
    if (CSV_FILE_NAMES.includes(name)) files.set(name, await readFile(join(path, entry)));
  }
  return parseCsvTextsWithSource(csvTextsOf(files, path));
}

/** Reads a dataset file of any form, with where each record came from (sheet rows, CSV lines). */
export async function readDatasetFileWithSource(path: string): Promise<ParsedDataset> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    throw new FormatError([formatProblem(path, 'not-found', 'fichier ou dossier introuvable')]);
  }
  if (isFolder) return readFolder(path);
  const form = datasetFileForm(path);
  const buffer = await readFile(path);
  switch (form) {
    case 'json':
      return { document: parseJsonDataset(buffer.toString('utf8'), path), sourceMap: {} };
    case 'xlsx':
      return parseWorkbookWithSource(buffer);
    case 'zip':
      return parseCsvZipWithSource(buffer);
    case 'folder':
      throw new FormatError([formatProblem(path, 'unknown-form', `forme de fichier inconnue : ${FORMS_FR}`)]);
  }
}

/** The dataset-shaped plain object of a file of any form (validate it before use). */
export async function readDatasetFile(path: string): Promise<unknown> {
  return (await readDatasetFileWithSource(path)).document;
}

/** Writes `dataset` in the form its path asks for; a folder is created if needed. Returns the form. */
export async function writeDatasetFile(dataset: Dataset, path: string): Promise<DatasetFileForm> {
  const form = datasetFileForm(path);
  switch (form) {
    case 'json':
      await writeFile(path, `${JSON.stringify(dataset, null, 2)}\n`);
      break;
    case 'xlsx':
      await writeFile(path, await datasetToWorkbook(dataset));
      break;
    case 'zip':
      await writeFile(path, datasetToCsvZip(dataset));
      break;
    case 'folder': {
      const csv = datasetToCsvPair(dataset);
      await mkdir(path, { recursive: true });
      await writeFile(join(path, 'sites.csv'), csv.sitesCsv);
      await writeFile(join(path, 'flows.csv'), csv.flowsCsv);
      await writeFile(join(path, 'zones.csv'), csv.zonesCsv);
      await writeFile(join(path, 'territory.csv'), csv.territoryCsv);
      break;
    }
  }
  return form;
}
