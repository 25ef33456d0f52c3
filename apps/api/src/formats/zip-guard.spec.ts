// Zip bombs and broken archives are refused before anything large is inflated; good bundles are read
// by file name in any sub-folder, duplicates and missing files reported.

import { strToU8, zipSync } from 'fflate';
import { FormatError } from './format-error';
import { parseCsvZip } from './csv-zip';
import { parseWorkbook } from './workbook-read';
import { resolveZipLimits, unzipWithinLimits } from './zip-guard';

function problemsOf(action: () => unknown): FormatError['problems'] {
  try {
    action();
  } catch (error) {
    if (error instanceof FormatError) return error.problems;
    throw error;
  }
  throw new Error('expected a FormatError');
}

/** A zip of `sizeBytes` zeros whose local and central headers both claim `claimedBytes`. */
function lyingZip(name: string, sizeBytes: number, claimedBytes: number): Buffer {
  const zip = Buffer.from(zipSync({ [name]: new Uint8Array(sizeBytes) }, { level: 9 }));
  zip.writeUInt32LE(claimedBytes, 22);
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(claimedBytes, central + 24);
  return zip;
}

describe('zip guard', () => {
  it('refuses a CSV zip that inflates beyond 50 MB (default limit)', () => {
    const bomb = zipSync({ 'sites.csv': strToU8('id\n'), 'flows.csv': new Uint8Array(60 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(problemsOf(() => parseCsvZip(Buffer.from(bomb)))).toEqual([
      expect.objectContaining({ code: 'zip-too-large', path: 'zip' }),
    ]);
  });

  it('refuses an .xlsx bomb the same way', async () => {
    const bomb = Buffer.from(zipSync({ 'xl/workbook.xml': new Uint8Array(60 * 1024 * 1024) }));
    await expect(parseWorkbook(bomb)).rejects.toMatchObject({ problems: [{ code: 'zip-too-large' }] });
  });

  it('refuses a bomb whose headers understate its size, without inflating it all', async () => {
    const bomb = lyingZip('xl/workbook.xml', 100 * 1024 * 1024, 1000);
    await expect(parseWorkbook(bomb)).rejects.toMatchObject({
      problems: [{ code: 'zip-too-large', reason: expect.stringMatching(/taille annoncée/u) }],
    });
    const csvBomb = lyingZip('flows.csv', 100 * 1024 * 1024, 1000);
    expect(problemsOf(() => parseCsvZip(csvBomb))[0].code).toBe('zip-too-large');
  }, 30_000);

  it('refuses too many entries', () => {
    const entries = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`f${index}.txt`, strToU8('x')]),
    );
    const limits = resolveZipLimits({ maxEntries: 20 });
    expect(
      problemsOf(() => unzipWithinLimits(zipSync(entries), 'zip', () => true, limits))[0].reason,
    ).toContain('plus de 20 fichiers');
  });

  it('rejects invalid limits', () => {
    expect(() => resolveZipLimits({ maxEntries: 0 })).toThrow(/maxEntries/);
  });

  it('finds the CSV files in a sub-folder and ignores other entries', () => {
    const zip = zipSync({
      'atelier/sites.csv': strToU8('id,name,lat,lon\ns,S,1,2\n'),
      'atelier/FLOWS.CSV': strToU8('id,siteId\nf,s\n'),
      'atelier/LISEZ-MOI.txt': strToU8('…'),
      '__MACOSX/atelier/._sites.csv': strToU8('junk'),
    });
    expect(parseCsvZip(Buffer.from(zip))).toMatchObject({
      sites: [{ id: 's' }],
      flows: [{ id: 'f', siteId: 's' }],
    });
  });

  it('reports missing and duplicate CSV files, non-zip input and non-UTF-8 text', () => {
    expect(problemsOf(() => parseCsvZip(Buffer.from(zipSync({ 'sites.csv': strToU8('id\n') }))))).toEqual([
      expect.objectContaining({ code: 'missing-file', path: 'zip:flows.csv' }),
    ]);
    const twice = zipSync({
      'a/sites.csv': strToU8('id\n'),
      'b/sites.csv': strToU8('id\n'),
      'flows.csv': strToU8('id\n'),
    });
    expect(problemsOf(() => parseCsvZip(Buffer.from(twice)))[0]).toMatchObject({ code: 'duplicate-file' });
    expect(problemsOf(() => parseCsvZip(Buffer.from('id,name\n')))[0]).toMatchObject({ code: 'not-a-zip' });
    const latin1 = zipSync({
      'sites.csv': Uint8Array.from([0x69, 0x64, 0x0a, 0xe9, 0x0a]),
      'flows.csv': strToU8('id\n'),
    });
    expect(problemsOf(() => parseCsvZip(Buffer.from(latin1)))[0]).toMatchObject({
      code: 'bad-encoding',
      path: 'sites.csv',
    });
  });
});
