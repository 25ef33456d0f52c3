// Malformed upload bodies for the fuzz: random bytes, truncated or bit-flipped workbooks and zips, valid zips
// holding junk or junk CSV, zip bombs, and broken multipart forms. Each comes with the content type to send.

import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { junkString } from './fuzz-values';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed'] as const;

export interface FileBody {
  readonly label: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** Real files to damage: an exported workbook and CSV zip of a stored territory. */
export interface FileBases {
  readonly xlsx: Buffer;
  readonly csvZip: Buffer;
}

const randomBytes = fc.uint8Array({ minLength: 0, maxLength: 4096 }).map((bytes) => Buffer.from(bytes));
const zipMagic = randomBytes.map((bytes) => Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), bytes]));

function truncated(base: Buffer): fc.Arbitrary<Buffer> {
  return fc.integer({ min: 0, max: base.length - 1 }).map((n) => base.subarray(0, n));
}

function flipped(base: Buffer): fc.Arbitrary<Buffer> {
  return fc
    .array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 1, max: 255 })), {
      minLength: 1,
      maxLength: 24,
    })
    .map((flips) => {
      const copy = Buffer.from(base);
      for (const [at, mask] of flips) copy[at] ^= mask;
      return copy;
    });
}

const bombs = new Map<string, Buffer>();

/** A zip bomb: 64 MB of commas in one entry (over the 50 MB guard), compressed to ~60 kB (built once per name). */
function zipBomb(name: string): Buffer {
  let bomb = bombs.get(name);
  if (bomb === undefined) {
    bomb = Buffer.from(zipSync({ [name]: new Uint8Array(64 * 1024 * 1024).fill(0x2c) }, { level: 9 }));
    bombs.set(name, bomb);
  }
  return bomb;
}

const csvCell = fc.oneof(
  junkString,
  fc.constantFrom('"', '""', '"a', 'a"b', ',', ';', '\n', '\r', '=cmd|/c calc', '1e400', 'NaN', '-0'),
);
const header = fc.oneof(
  fc.constant('id,name,lat,lon,siret,nace,zoneId,confidentiality,note'),
  fc.constant('id,siteId,direction,resource,ewc,quantity,unit'),
  fc.array(csvCell, { minLength: 1, maxLength: 8 }).map((cells) => cells.join(',')),
);
/** CSV text: a real or junk header, then junk rows with ragged lengths, quotes and separators. */
const junkCsv = fc
  .tuple(
    header,
    fc.array(fc.array(csvCell, { minLength: 0, maxLength: 10 }), { maxLength: 8 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([head, rows, eol, bom]) => (bom ? '\ufeff' : '') + [head, ...rows.map((r) => r.join(','))].join(eol));

const csvName = fc.constantFrom(
  'sites.csv',
  'flows.csv',
  'zones.csv',
  'territory.csv',
  'SITES.CSV',
  'a/sites.csv',
);

/** A well-formed zip whose CSV files are junk, or whose entries are random bytes under any name. */
const junkZip = fc.oneof(
  fc
    .array(fc.tuple(csvName, junkCsv), { minLength: 1, maxLength: 4 })
    .map((files) => Buffer.from(zipSync(Object.fromEntries(files.map(([n, text]) => [n, strToU8(text)]))))),
  fc
    .array(fc.tuple(fc.oneof(csvName, fc.string({ minLength: 1, maxLength: 20 })), randomBytes), {
      minLength: 0,
      maxLength: 4,
    })
    .map((files) => Buffer.from(zipSync(Object.fromEntries(files.map(([n, b]) => [n, new Uint8Array(b)]))))),
  fc.constantFrom('sites.csv', 'flows.csv').map(zipBomb),
);

/** A multipart form that is cut, badly bounded, or carries junk files. */
const junkMultipart = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom('sites', 'flows', 'zones', 'territory', 'autre'), junkString),
        junkCsv,
      ),
      {
        maxLength: 5,
      },
    ),
    fc.constantFrom('whole', 'no-end', 'cut', 'wrong-boundary', 'no-boundary'),
    fc.nat(),
  )
  .map(([parts, shape, cut]): FileBody => {
    const boundary = 'fuzzBoundary42';
    const text =
      parts
        .map(
          ([name, csv]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.csv"\r\n` +
            `Content-Type: text/csv\r\n\r\n${csv}\r\n`,
        )
        .join('') + (shape === 'no-end' ? '' : `--${boundary}--\r\n`);
    const body = Buffer.from(shape === 'cut' ? text.slice(0, cut % (text.length + 1)) : text);
    const contentType =
      shape === 'no-boundary'
        ? 'multipart/form-data'
        : `multipart/form-data; boundary=${shape === 'wrong-boundary' ? 'autreFrontiere' : boundary}`;
    return { label: `multipart ${shape} (${parts.length} parts)`, contentType, body };
  });

/** Every kind of malformed file upload. The bases must be real exports (damaged copies must still be refused). */
export function malformedFile(bases: FileBases): fc.Arbitrary<FileBody> {
  const as = (label: string, types: readonly string[], bodies: fc.Arbitrary<Buffer>) =>
    fc
      .tuple(fc.constantFrom(...types), bodies)
      .map(([contentType, body]): FileBody => ({ label, contentType, body }));
  return fc.oneof(
    as('xlsx: random bytes', [XLSX], randomBytes),
    as('xlsx: zip magic + junk', [XLSX], zipMagic),
    as('xlsx: truncated', [XLSX], truncated(bases.xlsx)),
    as('xlsx: bit flips', [XLSX], flipped(bases.xlsx)),
    as('xlsx: a CSV zip', [XLSX], junkZip),
    as('zip: random bytes', ZIP_TYPES, randomBytes),
    as('zip: truncated', ZIP_TYPES, truncated(bases.csvZip)),
    as('zip: bit flips', ZIP_TYPES, flipped(bases.csvZip)),
    as('zip: junk inside', ZIP_TYPES, junkZip),
    as('zip: a workbook', ZIP_TYPES, fc.constant(bases.xlsx)),
    junkMultipart,
  );
}
