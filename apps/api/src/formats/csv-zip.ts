// The CSV bundle: a zip (or a folder) holding sites.csv, flows.csv and optionally zones.csv, territory.csv.
// Entries are found by file name in any sub-folder; text must be UTF-8 (with or without BOM).

import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '@toile/flow-model';
import { parseCsvTextsWithSource, type CsvTexts } from './csv-read';
import { datasetToCsvPair, type CsvDialect } from './csv-write';
import type { ParsedDataset } from './dataset-assembly';
import { FormatError, formatProblem } from './format-error';
import { DEFAULT_ZIP_LIMITS, unzipWithinLimits, type ZipLimits } from './zip-guard';

export const CSV_FILE_NAMES = ['sites.csv', 'flows.csv', 'zones.csv', 'territory.csv'] as const;
export type CsvFileName = (typeof CSV_FILE_NAMES)[number];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a CSV file, refusing anything that is not UTF-8 (Excel: « CSV UTF-8 »). */
export function decodeCsv(bytes: Uint8Array, source: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FormatError([
      formatProblem(source, 'bad-encoding', 'fichier en UTF-16 : enregistrez-le en « CSV UTF-8 »'),
    ]);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new FormatError([
      formatProblem(
        source,
        'bad-encoding',
        'fichier qui n’est pas en UTF-8 (sans doute Windows-1252) : enregistrez-le en « CSV UTF-8 (délimité par des virgules) »',
      ),
    ]);
  }
}

/** The base name of a zip entry, lower-cased, when it is one of the CSV files. */
function csvNameOf(entry: string): CsvFileName | undefined {
  if (entry.startsWith('__MACOSX/')) return undefined;
  const base = entry.split('/').pop()!.toLowerCase();
  return (CSV_FILE_NAMES as readonly string[]).includes(base) ? (base as CsvFileName) : undefined;
}

/** Builds the CSV texts from the files found (name → bytes), requiring sites.csv and flows.csv. */
export function csvTextsOf(files: ReadonlyMap<CsvFileName, Uint8Array>, source: string): CsvTexts {
  const missing = (['sites.csv', 'flows.csv'] as const).filter((name) => !files.has(name));
  if (missing.length > 0) {
    throw new FormatError(
      missing.map((name) => formatProblem(`${source}:${name}`, 'missing-file', `fichier ${name} absent`)),
    );
  }
  const text = (name: CsvFileName): string | undefined => {
    const bytes = files.get(name);
    return bytes === undefined ? undefined : decodeCsv(bytes, name);
  };
  return {
    sitesCsv: text('sites.csv')!,
    flowsCsv: text('flows.csv')!,
    zonesCsv: text('zones.csv'),
    territoryCsv: text('territory.csv'),
  };
}

export function parseCsvZipWithSource(
  buffer: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ParsedDataset {
  const entries = unzipWithinLimits(buffer, 'zip', (name) => csvNameOf(name) !== undefined, limits);
  const files = new Map<CsvFileName, Uint8Array>();
  const duplicates: string[] = [];
  for (const [entry, bytes] of Object.entries(entries)) {
    const name = csvNameOf(entry)!;
    if (files.has(name)) duplicates.push(entry);
    files.set(name, bytes);
  }
  if (duplicates.length > 0) {
    throw new FormatError(
      duplicates.map((entry) =>
        formatProblem(`zip:${entry}`, 'duplicate-file', 'fichier en double dans l’archive'),
      ),
    );
  }
  return parseCsvTextsWithSource(csvTextsOf(files, 'zip'));
}

/** The dataset-shaped plain object of a CSV zip (validate it before use). */
export function parseCsvZip(buffer: Buffer): unknown {
  return parseCsvZipWithSource(buffer).document;
}

export function datasetToCsvZip(dataset: Dataset, dialect: Partial<CsvDialect> = {}): Buffer {
  const csv = datasetToCsvPair(dataset, dialect);
  return Buffer.from(
    zipSync({
      'sites.csv': strToU8(csv.sitesCsv),
      'flows.csv': strToU8(csv.flowsCsv),
      'zones.csv': strToU8(csv.zonesCsv),
      'territory.csv': strToU8(csv.territoryCsv),
    }),
  );
}
