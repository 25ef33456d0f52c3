// Reads a dataset upload into a dataset-shaped document by its media type: JSON as is, XLSX workbook,
// zip of the CSV files, or multipart CSV files (`sites`, `flows`, optional `zones`, `territory`).

import type { Problem } from '@toile/flow-model';
import {
  type DatasetSourceMap,
  FormatError,
  locateProblem,
  parseCsvTextsWithSource,
  parseCsvZipWithSource,
  parseWorkbookWithSource,
} from '../formats';
import { decodeCsv } from '../formats/csv-zip';
import { isZip } from '../formats/zip-guard';
import { MEDIA_TYPES, mediaTypeOf, ZIP_MEDIA_TYPES } from '../common/media-types';
import { ContentMismatchError, UnsupportedMediaTypeError } from '../errors/domain-errors';

/** A file received by multer (memory storage). */
export interface UploadedCsvFile {
  readonly buffer: Buffer;
  readonly originalname?: string;
}

export type UploadedCsvFiles = Partial<Record<'sites' | 'flows' | 'zones' | 'territory', UploadedCsvFile[]>>;

export interface DatasetUpload {
  readonly contentType: string | undefined;
  /** JSON value, raw Buffer (xlsx, zip) or multipart text fields. */
  readonly body: unknown;
  readonly files?: UploadedCsvFiles;
}

export interface ReadUpload {
  readonly document: unknown;
  /** Where each row came from, for file uploads. */
  readonly sourceMap?: DatasetSourceMap;
}

export const ACCEPTED_MEDIA_TYPES: readonly string[] = [
  MEDIA_TYPES.json,
  MEDIA_TYPES.xlsx,
  ...ZIP_MEDIA_TYPES,
  MEDIA_TYPES.multipart,
];

/** What a body that is not a zip looks like, from its first bytes, for the 415 message. */
function lookOf(bytes: Buffer): string {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('%PDF')) return 'un PDF';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf)
    return 'un classeur Excel 97-2003 (.xls) : enregistrez-le en .xlsx';
  if (/^\s*[[{]/u.test(head)) return 'du JSON : envoyez-le en application/json';
  return `des octets commençant par ${[...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
}

/** The raw bytes of an .xlsx or .zip upload, checked to start as a zip archive does (PK\x03\x04). */
function rawZipBody(body: unknown, what: string, contentType: string): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new FormatError([
      { path: '$', code: 'empty-body', reason: `corps vide : envoyez le fichier ${what}` },
    ]);
  }
  if (!isZip(body)) {
    throw new ContentMismatchError(
      contentType,
      `un fichier ${what} est une archive zip (commence par PK\\x03\\x04), reçu ${lookOf(body)}`,
    );
  }
  return body;
}

function csvFiles(files: UploadedCsvFiles | undefined) {
  const text = (name: keyof UploadedCsvFiles): string | undefined => {
    const file = files?.[name]?.[0];
    return file === undefined ? undefined : decodeCsv(file.buffer, `${name}.csv`);
  };
  const missing = (['sites', 'flows'] as const).filter((name) => files?.[name]?.[0] === undefined);
  if (missing.length > 0) {
    throw new FormatError(
      missing.map((name) => ({
        path: `multipart:${name}`,
        code: 'missing-file',
        reason: `fichier « ${name} » absent du formulaire (champs attendus : sites, flows, zones, territory)`,
      })),
    );
  }
  return {
    sitesCsv: text('sites')!,
    flowsCsv: text('flows')!,
    zonesCsv: text('zones'),
    territoryCsv: text('territory'),
  };
}

/** The document of an upload; FormatError when the file cannot be read, 415 for another media type. */
export async function readUpload(upload: DatasetUpload): Promise<ReadUpload> {
  const type = mediaTypeOf(upload.contentType);
  if (type === MEDIA_TYPES.json) return { document: upload.body };
  if (type === MEDIA_TYPES.xlsx) return parseWorkbookWithSource(rawZipBody(upload.body, '.xlsx', type));
  if (ZIP_MEDIA_TYPES.includes(type)) return parseCsvZipWithSource(rawZipBody(upload.body, '.zip', type));
  if (type === MEDIA_TYPES.multipart) return parseCsvTextsWithSource(csvFiles(upload.files));
  throw new UnsupportedMediaTypeError(type === '' ? '(aucun)' : type, ACCEPTED_MEDIA_TYPES);
}

/** The problems with, when known, where they come from in the files (`flows.csv:ligne 5`…). */
export function locatedProblems(
  problems: readonly Problem[],
  sourceMap: DatasetSourceMap | undefined,
): Problem[] {
  if (sourceMap === undefined) return [...problems];
  return problems.map((problem) => {
    const location = locateProblem(problem.path, sourceMap);
    return location === undefined ? problem : { ...problem, location };
  });
}
