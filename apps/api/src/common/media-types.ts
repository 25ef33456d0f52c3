// The media types and size limits of the dataset endpoints (imports and exports).
// One place, so the body parsers, the upload interceptor and the docs agree.

export const MEDIA_TYPES = Object.freeze({
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  multipart: 'multipart/form-data',
});

/** Zip types browsers and tools send for a .zip file. */
export const ZIP_MEDIA_TYPES: readonly string[] = ['application/zip', 'application/x-zip-compressed'];

export const BODY_LIMITS = Object.freeze({
  /** JSON documents (toile.dataset/1). */
  jsonBytes: 20 * 1024 * 1024,
  /** Raw XLSX or zip bodies, and each multipart CSV file. */
  uploadBytes: 20 * 1024 * 1024,
});

/** The bare media type of a Content-Type header: lower-case, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
