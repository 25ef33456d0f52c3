// What a pricing pass leaves for the next one, so that the next prices again only what may have changed: a pair
// whose two ends kept every monthly dual has the same reduced cost as before, so it is unprofitable still, unless
// it was profitable and only lost to better pairs of its output (then that output is searched in full again).

/** Months per endpoint in the dual arrays (a yearly component repeats its dual). */
const MONTHS = 12;

export class PricingMemory {
  private lastDual: Float64Array | undefined;
  private readonly leftover: Uint8Array;
  /** Per flow: 1 when its duals differ from those of the last pass (every flow on the first pass). */
  readonly changed: Uint8Array;

  constructor(flowCount: number) {
    this.leftover = new Uint8Array(flowCount);
    this.changed = new Uint8Array(flowCount);
  }

  /** Starts a pass priced with `monthDual` (`[e·12 + t]`): marks the flows whose duals changed. */
  begin(monthDual: Float64Array): void {
    const last = this.lastDual;
    const n = this.changed.length;
    for (let e = 0; e < n; e++) {
      let differs = last === undefined;
      for (let t = 0; !differs && t < MONTHS; t++)
        differs = monthDual[e * MONTHS + t] !== last![e * MONTHS + t];
      this.changed[e] = differs ? 1 : 0;
    }
  }

  /**
   * Whether output `o` must be priced against every partner: its duals changed, or some profitable pair of it was
   * left out of the last pass. Otherwise only partners whose duals changed can bring a profitable pair.
   */
  searchAll(o: number): boolean {
    return this.changed[o] === 1 || this.leftover[o] === 1;
  }

  /** Ends a pass: its duals, and per output 1 when a profitable pair of it was left out (`leftover`). */
  end(monthDual: Float64Array, leftover: Uint8Array): void {
    this.lastDual = Float64Array.from(monthDual);
    this.leftover.set(leftover);
  }
}
