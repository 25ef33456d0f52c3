// A fixed-size min-heap of margins: the k best seen so far and the threshold a new candidate must beat.
// Used by the ring search to stop as soon as no farther partner can enter a flow's top k.

export interface MarginHeap {
  readonly k: number;
  size: number;
  readonly values: Float64Array;
}

export function newMarginHeap(k: number): MarginHeap {
  return { k, size: 0, values: new Float64Array(k) };
}

export function resetHeap(heap: MarginHeap): void {
  heap.size = 0;
}

/** The k-th best margin so far, or −∞ while fewer than k were seen. */
export function heapThreshold(heap: MarginHeap): number {
  return heap.size < heap.k ? -Infinity : heap.values[0];
}

export function heapOffer(heap: MarginHeap, margin: number): void {
  const v = heap.values;
  if (heap.size < heap.k) {
    let i = heap.size++;
    v[i] = margin;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (v[parent] <= v[i]) break;
      [v[parent], v[i]] = [v[i], v[parent]];
      i = parent;
    }
    return;
  }
  if (margin <= v[0]) return;
  v[0] = margin;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.size && v[l] < v[m]) m = l;
    if (r < heap.size && v[r] < v[m]) m = r;
    if (m === i) return;
    [v[m], v[i]] = [v[i], v[m]];
    i = m;
  }
}
