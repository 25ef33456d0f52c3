// Reads the entries of a zip (CSV bundle, or the zip inside an .xlsx) within limits, refusing zip bombs:
// too many entries, too many declared uncompressed bytes, or an entry inflating past its declared size.

import { Unzip, UnzipInflate, unzipSync } from 'fflate';
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

/** Compressed bytes pushed per step when measuring: deflate inflates at most ~1,032×, so ≤ 4 MiB per step. */
const MEASURE_CHUNK_BYTES = 4096;

/**
 * Inflates `buffer` in small steps, keeping nothing, and returns why it must be refused when an entry yields
 * more than its central-directory size says (a lying zip bomb, which a later reader would inflate blindly)
 * or the whole more than the limit; null when the archive is what it declares.
 */
function overInflation(buffer: Uint8Array, declared: ReadonlyMap<string, number>, limits: ZipLimits) {
  let totalBytes = 0;
  let refusal: string | null = null;
  const unzip = new Unzip((file) => {
    const allowedBytes = declared.get(file.name) ?? 0;
    let bytes = 0;
    file.ondata = (error, chunk) => {
      if (error !== null) throw error;
      bytes += chunk.length;
      totalBytes += chunk.length;
      if (bytes > allowedBytes) refusal ??= `« ${file.name} » se décompresse au-delà de sa taille annoncée`;
      else if (totalBytes > limits.maxUncompressedBytes)
        refusal ??= `plus de ${megabytes(limits)} Mo une fois décompressée`;
      if (refusal !== null) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < buffer.length && refusal === null; offset += MEASURE_CHUNK_BYTES) {
    const end = Math.min(offset + MEASURE_CHUNK_BYTES, buffer.length);
    unzip.push(buffer.subarray(offset, end), end === buffer.length);
  }
  return refusal;
}

function megabytes(limits: ZipLimits): number {
  return Math.round(limits.maxUncompressedBytes / 1024 / 1024);
}

/**
 * The names of the entries of `buffer`, after checking them against the limits: declared sizes first (an
 * honest bomb is refused without inflating anything), then the real inflated sizes, measured without keeping.
 */
export function listZipEntries(
  buffer: Uint8Array,
  source: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): string[] {
  if (!isZip(buffer)) {
    throw new FormatError([formatProblem(source, 'not-a-zip', 'ce fichier n’est pas une archive zip')]);
  }
  const names: string[] = [];
  const declared = new Map<string, number>();
  let declaredBytes = 0;
  let overLimit: string | undefined;
  try {
    unzipSync(buffer, {
      filter: (file) => {
        names.push(file.name);
        declared.set(file.name, (declared.get(file.name) ?? 0) + file.originalSize);
        declaredBytes += file.originalSize;
        if (names.length > limits.maxEntries)
          overLimit = `plus de ${limits.maxEntries} fichiers dans l’archive`;
        if (declaredBytes > limits.maxUncompressedBytes) {
          overLimit = `plus de ${megabytes(limits)} Mo une fois décompressée`;
        }
        return false;
      },
    });
    overLimit ??= overInflation(buffer, declared, limits) ?? undefined;
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
