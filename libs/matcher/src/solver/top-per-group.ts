// The k arcs of largest key per group (a supply or a demand), kept in flat typed arrays: the pricing pass of
// column generation offers every violated arc once per round, so this stays allocation-free.

export class TopPerGroup {
  private arcs = new Int32Array(0);
  private keys = new Float64Array(0);
  /** Per group, how many it keeps (a view of the first `groups` entries of `countStore`). */
  private countStore = new Int32Array(0);
  private counts = this.countStore;
  private k = 0;

  constructor(groups: number, k: number) {
    this.prepare(groups, k);
  }

  /** `top` made an empty TopPerGroup of `groups` groups keeping `k` each, or a new one when there is none. */
  static reuse(top: TopPerGroup | undefined, groups: number, k: number): TopPerGroup {
    if (top === undefined) return new TopPerGroup(groups, k);
    top.prepare(groups, k);
    return top;
  }

  /** Empties every group. */
  reset(): void {
    this.counts.fill(0);
  }

  /** Makes this an empty TopPerGroup of `groups` groups keeping `k` each, reusing its arrays when large enough. */
  prepare(groups: number, k: number): void {
    this.k = k;
    if (this.arcs.length < groups * k) {
      this.arcs = new Int32Array(Math.ceil(groups * k * 1.25));
      this.keys = new Float64Array(this.arcs.length);
    }
    if (this.countStore.length < groups) this.countStore = new Int32Array(Math.ceil(groups * 1.25));
    this.counts = this.countStore.subarray(0, groups);
    this.reset();
  }

  /** Whether `offer(group, ·, key)` would keep the arc now. */
  accepts(group: number, key: number): boolean {
    return this.counts[group] < this.k || key > this.keys[group * this.k + this.k - 1];
  }

  /** Offers an arc to a group; it is kept while among the k largest keys (earlier arcs first on ties). */
  offer(group: number, arc: number, key: number): void {
    const k = this.k;
    const base = group * k;
    let n = this.counts[group];
    if (n === k) {
      if (!(key > this.keys[base + k - 1])) return;
      n = k - 1;
    } else this.counts[group] = n + 1;
    let at = base + n;
    while (at > base && this.keys[at - 1] < key) {
      this.keys[at] = this.keys[at - 1];
      this.arcs[at] = this.arcs[at - 1];
      at--;
    }
    this.keys[at] = key;
    this.arcs[at] = arc;
  }

  /** Appends the kept arcs of every group, group by group, best first. */
  collect(out: number[]): number[] {
    const k = this.k;
    for (let g = 0; g < this.counts.length; g++) {
      const base = g * k;
      for (let i = 0; i < this.counts[g]; i++) out.push(this.arcs[base + i]);
    }
    return out;
  }
}
