// Keeps, for every supply and every demand, its `k` most valuable raw pairs; a pair survives when either end
// keeps it. Works on parallel arrays (supply index, demand index, margin) without building arc objects.

function markTop(indices: number[], margins: readonly number[], k: number, keep: Uint8Array): void {
  if (indices.length <= k) {
    for (const i of indices) keep[i] = 1;
    return;
  }
  indices.sort((a, b) => margins[b] - margins[a]);
  for (let n = 0; n < k; n++) keep[indices[n]] = 1;
}

/**
 * Marks the pairs to keep. `supplies` holds (supply, target) group ids, contiguous per group as the candidate
 * loop produces them; demands are grouped here by a counting sort.
 */
export function selectTopPairs(
  supplies: readonly number[],
  demands: readonly number[],
  margins: readonly number[],
  demandCount: number,
  k: number,
): Uint8Array {
  const n = margins.length;
  const keep = new Uint8Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && supplies[end] === supplies[start]) end++;
    if (end - start <= k) keep.fill(1, start, end);
    else
      markTop(
        Array.from({ length: end - start }, (_, i) => start + i),
        margins,
        k,
        keep,
      );
    start = end;
  }
  const counts = new Int32Array(demandCount + 1);
  for (let i = 0; i < n; i++) counts[demands[i] + 1]++;
  let crowded = false;
  for (let j = 1; j <= demandCount; j++) if (counts[j] > k) crowded = true;
  // A demand with at most k pairs keeps them all: with no crowded demand, every pair survives.
  if (!crowded) return keep.fill(1);
  for (let j = 1; j <= demandCount; j++) counts[j] += counts[j - 1];
  const order = new Int32Array(n);
  const cursor = counts.slice();
  for (let i = 0; i < n; i++) order[cursor[demands[i]]++] = i;
  for (let j = 0; j < demandCount; j++) {
    const from = counts[j];
    const to = counts[j + 1];
    if (to - from <= k) {
      for (let m = from; m < to; m++) keep[order[m]] = 1;
      continue;
    }
    markTop(Array.from(order.subarray(from, to)), margins, k, keep);
  }
  return keep;
}
