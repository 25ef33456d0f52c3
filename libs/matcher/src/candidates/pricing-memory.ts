// What a pricing pass leaves for the next one, so that the next prices again only what may have changed: the
// reduced cost max_t (margin − u_s,t − ratio·v_d,t) of a pair neither of whose ends saw a monthly dual fall is at
// most what it was, so it is unprofitable still, unless it was profitable and only lost to better pairs of its
// output (then that output is searched in full again).

import { TopPerGroup } from '../solver/top-per-group';

/** The best pairs per supply and per demand of a pricing pass. */
export interface PassTops {
  readonly bySupply: TopPerGroup;
  readonly byDemand: TopPerGroup;
}

/** Months per endpoint in the dual arrays (a yearly component repeats its dual). */
const MONTHS = 12;

export class PricingMemory {
  private lastDual: Float64Array | undefined;
  private readonly leftover: Uint8Array;
  private passTops: PassTops | undefined;
  /** Per flow: 1 when one of its monthly duals fell since the last pass (every flow on the first pass). */
  readonly lowered: Uint8Array;

  constructor(flowCount: number) {
    this.leftover = new Uint8Array(flowCount);
    this.lowered = new Uint8Array(flowCount);
  }

  /** Per output: 1 when a profitable pair of it was left out of the last pass (read only). */
  get leftoverFlags(): Uint8Array {
    return this.leftover;
  }

  /**
   * Puts this memory in the state another one was in at the start of a pass (`lowered`, `leftoverFlags`), for a
   * search of some outputs on another thread.
   */
  startPassAs(lowered: Uint8Array, leftover: Uint8Array): void {
    this.lowered.set(lowered);
    this.leftover.set(leftover);
  }

  /** Empty best pairs per supply and per demand for a pass, the same arrays pass after pass. */
  tops(groups: number, k: number): PassTops {
    return (this.passTops = {
      bySupply: TopPerGroup.reuse(this.passTops?.bySupply, groups, k),
      byDemand: TopPerGroup.reuse(this.passTops?.byDemand, groups, k),
    });
  }

  /** Starts a pass priced with `monthDual` (`[e·12 + t]`): marks the flows one of whose duals fell. */
  begin(monthDual: Float64Array): void {
    const last = this.lastDual;
    const n = this.lowered.length;
    for (let e = 0; e < n; e++) {
      let fell = last === undefined;
      for (let t = 0; !fell && t < MONTHS; t++) fell = monthDual[e * MONTHS + t] < last![e * MONTHS + t];
      this.lowered[e] = fell ? 1 : 0;
    }
  }

  /**
   * Whether output `o` must be priced against every partner: one of its duals fell, or some profitable pair of it
   * was left out of the last pass. Otherwise only partners one of whose duals fell can bring a profitable pair.
   */
  searchAll(o: number): boolean {
    return this.lowered[o] === 1 || this.leftover[o] === 1;
  }

  /** Ends a pass: its duals, and per output 1 when a profitable pair of it was left out (`leftover`). */
  end(monthDual: Float64Array, leftover: Uint8Array): void {
    this.lastDual = Float64Array.from(monthDual);
    this.leftover.set(leftover);
  }
}
