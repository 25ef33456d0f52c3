// Reads the entries of a zip (CSV bundle, or the zip inside an .xlsx) within limits, refusing zip bombs:
// too many entries or too many declared uncompressed bytes. fflate never writes past the declared size.

import { unzipSync } from 'fflate';
import { FormatError, formatProblem } from './format-error';

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxUncompressedBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxUncompressedBytes: 50 * 1024 * 1024 };

export function validateZipLimits(limits: ZipLimits): string[] {
  const reasons: string[] = [];
  if (!Number.isInteger(limits.maxEntries) || limits.maxEntries < 1) reasons.push('maxEntries: entier ≥ 1');
  if (!(limits.maxUncompressedBytes > 0)) reasons.push('maxUncompressedBytes: nombre > 0');
  return reasons;
}

export function resolveZipLimits(partial: Partial<ZipLimits> = {}): ZipLimits {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...partial };
  const reasons = validateZipLimits(limits);
  if (reasons.length > 0) throw new Error(`toile formats: limites de zip invalides : ${reasons.join(', ')}`);
  return limits;
}

export function isZip(buffer: Uint8Array): boolean {
  return (
    buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04
  );
}

/** The names of the entries of `buffer`, after checking them against the limits (nothing is inflated). */
export function listZipEntries(
  buffer: Uint8Array,
  source: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): string[] {
  if (!isZip(buffer)) {
    throw new FormatError([formatProblem(source, 'not-a-zip', 'ce fichier n’est pas une archive zip')]);
  }
  const names: string[] = [];
  let declaredBytes = 0;
  let overLimit: string | undefined;
  try {
    unzipSync(buffer, {
      filter: (file) => {
        names.push(file.name);
        declaredBytes += file.originalSize;
        if (names.length > limits.maxEntries)
          overLimit = `plus de ${limits.maxEntries} fichiers dans l’archive`;
        if (declaredBytes > limits.maxUncompressedBytes) {
          overLimit = `plus de ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} Mo une fois décompressée`;
        }
        return false;
      },
    });
  } catch (error) {
    throw badZip(source, error);
  }
  if (overLimit !== undefined) {
    throw new FormatError([formatProblem(source, 'zip-too-large', `archive refusée : ${overLimit}`)]);
  }
  return names;
}

function badZip(source: string, error: unknown): FormatError {
  const reason = error instanceof Error ? error.message : String(error);
  return new FormatError([formatProblem(source, 'bad-zip', `archive zip illisible (${reason})`)]);
}

/**
 * The entries of `buffer` whose name `wanted` accepts, decompressed, after checking every entry against the
 * limits. `source` names the file in problems. Throws a FormatError for a non-zip or a zip over the limits.
 */
export function unzipWithinLimits(
  buffer: Uint8Array,
  source: string,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Record<string, Uint8Array> {
  listZipEntries(buffer, source, limits);
  try {
    return unzipSync(buffer, { filter: (file) => wanted(file.name) });
  } catch (error) {
    throw badZip(source, error);
  }
}
