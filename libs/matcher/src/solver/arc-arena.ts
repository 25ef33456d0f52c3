// The per-arc arrays of a network simplex (≈ 49 bytes per LP column), recycled from one simplex to the next
// within a solve. Allocated afresh for every slice, they came to 1.9 GB of array buffers on the bench's
// 10,000-site case, and V8 answered each ≈ 64 MB of them with a full collection of the whole (≈ 700 MB) heap.

import { TopPerGroup } from './top-per-group';

/**
 * The int buffer slots (`intBuffer`), one per use, so that no two uses that live at the same time share one: a
 * slice's basis as the simplex hands it out (pool, basic arcs, basic slacks).
 */
export const INT_SLOT = { basisPool: 0, basisArcs: 1, basisSlacks: 2 } as const;

/**
 * Each array and its type, indexed by pool position unless said: `poolAt` where the position's variable sits in
 * the basic list (−1 when nonbasic), `poolStamp` a visit mark, `poolMargin`/`poolSupplyRow`/`poolDemandRow`/
 * `poolRatio` its column, `poolValue` its basic value (0 when nonbasic), `alphaPool` a column of the tableau
 * (scratch), `newPosition` where a position moves when the pool is trimmed (scratch), and `inPool`, per LP arc, 1
 * when in the pool.
 */
const ARRAYS = {
  poolAt: Int32Array,
  poolStamp: Int32Array,
  poolMargin: Float64Array,
  poolSupplyRow: Int32Array,
  poolDemandRow: Int32Array,
  poolRatio: Float64Array,
  poolValue: Float64Array,
  alphaPool: Float64Array,
  newPosition: Int32Array,
  inPool: Uint8Array,
} as const;

type Name = keyof typeof ARRAYS;
const NAMES = Object.keys(ARRAYS) as Name[];

/** The arrays, each exactly as long as the LP has arcs. */
export type ArcArrays = { readonly [K in Name]: InstanceType<(typeof ARRAYS)[K]> };

/** One allocation of every array at some capacity; the ArcArrays handed out are views of its first entries. */
interface Buffers {
  readonly capacity: number;
  readonly arrays: ArcArrays;
}

function allocate(capacity: number): Buffers {
  const arrays: Record<string, unknown> = {};
  for (const name of NAMES) arrays[name] = new ARRAYS[name](capacity);
  return { capacity, arrays: arrays as ArcArrays };
}

/**
 * Hands out ArcArrays in their initial state (poolAt −1, every other entry 0) and takes them back. A simplex
 * gives its arrays back when it is discarded (`NetworkSimplex.release`), and must not be used after that.
 * Arrays handed out are never shared: two live simplices hold two distinct sets.
 */
export class ArcArena {
  private readonly free: Buffers[] = [];
  private readonly owner = new WeakMap<Int32Array, Buffers>();
  private flows = new Float64Array(0);
  private readonly ints: Int32Array[] = [];
  private readonly tops: TopPerGroup[] = [];

  /**
   * A zeroed array of `arcs` flows, for one slice's solution: the same memory is handed out again at the next call,
   * so it is valid only until then (a slice's solution is read before the next slice is solved).
   */
  flowBuffer(arcs: number): Float64Array {
    if (this.flows.length < arcs) this.flows = new Float64Array(Math.ceil(arcs * 1.25));
    return this.flows.subarray(0, arcs).fill(0);
  }

  /**
   * An array of `length` integers (contents undefined) that the next call with the same `slot` hands out again:
   * valid only until then, like the flow buffer (a slice's basis is read before the next slice is solved).
   */
  intBuffer(slot: number, length: number): Int32Array {
    const held = this.ints[slot];
    if (held === undefined || held.length < length)
      this.ints[slot] = new Int32Array(Math.ceil(length * 1.25));
    return this.ints[slot].subarray(0, length);
  }

  /** An empty TopPerGroup of `groups` groups keeping `k` each, handed out again at the next call for `slot`. */
  topPerGroup(slot: number, groups: number, k: number): TopPerGroup {
    return (this.tops[slot] = TopPerGroup.reuse(this.tops[slot], groups, k));
  }

  /** Arrays for an LP of `arcs` arcs, recycled when a free set is large enough. */
  take(arcs: number): ArcArrays {
    let at = -1;
    for (let i = 0; i < this.free.length; i++)
      if (this.free[i].capacity >= arcs && (at < 0 || this.free[i].capacity < this.free[at].capacity)) at = i;
    let buffers: Buffers;
    if (at >= 0) buffers = this.free.splice(at, 1)[0];
    else {
      // None fits: grow past the request (the LPs of a solve grow pass after pass) and forget the smallest set.
      buffers = allocate(Math.ceil(arcs * 1.5));
      if (this.free.length > 0) this.free.splice(this.smallest(), 1);
    }
    const view: Record<string, unknown> = {};
    for (const name of NAMES)
      view[name] = buffers.arrays[name].subarray(0, arcs).fill(name === 'poolAt' ? -1 : 0);
    const arrays = view as ArcArrays;
    this.owner.set(arrays.poolAt, buffers);
    return arrays;
  }

  /** Takes arrays back (they must not be used any more); arrays this arena did not hand out are ignored. */
  give(arrays: ArcArrays): void {
    const buffers = this.owner.get(arrays.poolAt);
    if (buffers === undefined) return;
    this.owner.delete(arrays.poolAt);
    this.free.push(buffers);
  }

  /** Sets held for reuse (for tests). */
  get freeSets(): number {
    return this.free.length;
  }

  private smallest(): number {
    let at = 0;
    for (let i = 1; i < this.free.length; i++) if (this.free[i].capacity < this.free[at].capacity) at = i;
    return at;
  }
}
