// Reads a SQLite write-ahead log (the `-wal` file) as left by a killed process: how many valid frames it holds
// and how many of them follow the last commit (a transaction cut short). Format: sqlite.org/fileformat.html#wal.

export interface WalSummary {
  /** Frames of the current WAL generation whose salts and checksums are valid. */
  readonly validFrames: number;
  /** Valid frames after the last commit frame: pages of a transaction that never committed. */
  readonly uncommittedFrames: number;
}

const HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
const MAGIC_LITTLE_ENDIAN = 0x377f0682;
const MAGIC_BIG_ENDIAN = 0x377f0683;

/** SQLite's WAL checksum over `bytes` (a multiple of 8), continuing from `[s0, s1]`. */
function walChecksum(bytes: Buffer, bigEndian: boolean, start: readonly [number, number]): [number, number] {
  let [s0, s1] = start;
  for (let i = 0; i < bytes.length; i += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    const x1 = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/** The summary of a WAL file's content; empty (no frame) when it is shorter than its header. */
export function summarizeWal(wal: Buffer): WalSummary {
  if (wal.length < HEADER_BYTES) return { validFrames: 0, uncommittedFrames: 0 };
  const magic = wal.readUInt32BE(0);
  if (magic !== MAGIC_LITTLE_ENDIAN && magic !== MAGIC_BIG_ENDIAN) {
    throw new Error(`not a SQLite WAL file (magic 0x${magic.toString(16)})`);
  }
  const bigEndian = magic === MAGIC_BIG_ENDIAN;
  const pageBytes = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let sum = walChecksum(wal.subarray(0, 24), bigEndian, [0, 0]);
  if (sum[0] !== wal.readUInt32BE(24) || sum[1] !== wal.readUInt32BE(28)) {
    return { validFrames: 0, uncommittedFrames: 0 };
  }
  let validFrames = 0;
  let lastCommit = 0;
  for (let at = HEADER_BYTES; at + FRAME_HEADER_BYTES + pageBytes <= wal.length;) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    sum = walChecksum(wal.subarray(at, at + 8), bigEndian, sum);
    sum = walChecksum(
      wal.subarray(at + FRAME_HEADER_BYTES, at + FRAME_HEADER_BYTES + pageBytes),
      bigEndian,
      sum,
    );
    if (sum[0] !== wal.readUInt32BE(at + 16) || sum[1] !== wal.readUInt32BE(at + 20)) break;
    validFrames += 1;
    if (wal.readUInt32BE(at + 4) !== 0) lastCommit = validFrames;
    at += FRAME_HEADER_BYTES + pageBytes;
  }
  return { validFrames, uncommittedFrames: validFrames - lastCommit };
}
