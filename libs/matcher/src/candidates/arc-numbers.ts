// The numbers of a candidate stage's arcs — ratio, margin, tCO2e and distance — four per arc in shared chunks.
// As own fields of 1.35 million arcs (10,000 sites), each was a boxed number on the heap: 5.4 million objects that
// every full garbage collection of the solve marked (2.4 s → 1.7 s of the main thread's full collections).

/** Arcs per chunk: 256 KB chunks, allocated once per 8,192 arcs. */
const CHUNK_ARCS = 8192;
export const ARC_NUMBERS = 4;
export const RATIO = 0;
export const MARGIN = 1;
export const CO2 = 2;
export const DISTANCE = 3;

export class ArcNumbers {
  private chunk = new Float64Array(0);
  private used = CHUNK_ARCS;

  /** The chunk the next `add` writes into (the arc keeps it with the offset `add` returns). */
  chunkWithRoom(): Float64Array {
    if (this.used === CHUNK_ARCS) {
      this.chunk = new Float64Array(CHUNK_ARCS * ARC_NUMBERS);
      this.used = 0;
    }
    return this.chunk;
  }

  /** Stores one arc's numbers in the current chunk (call `chunkWithRoom` first); returns their offset. */
  add(ratio: number, margin: number, co2: number, distanceKm: number): number {
    const at = this.used++ * ARC_NUMBERS;
    const chunk = this.chunk;
    chunk[at + RATIO] = ratio;
    chunk[at + MARGIN] = margin;
    chunk[at + CO2] = co2;
    chunk[at + DISTANCE] = distanceKm;
    return at;
  }
}
