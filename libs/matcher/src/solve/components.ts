// Connected components of the bipartite supply/demand arc graph (union-find with path halving).
// Components share no row of the LP, so solving each alone and joining the solutions is exact.

/** Endpoint indices and arcs grouped by component. */
export interface Components {
  readonly count: number;
  /** Endpoints of each component, in increasing order (views of one array). */
  readonly endpoints: readonly Int32Array[];
  /** Arcs (positions in the list given) of each component, in increasing order (views of one array). */
  readonly arcs: readonly Int32Array[];
}

export function connectedComponents(
  endpointCount: number,
  arcSupply: ArrayLike<number>,
  arcDemand: ArrayLike<number>,
): Components {
  const parent = new Int32Array(endpointCount);
  for (let i = 0; i < endpointCount; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const used = new Uint8Array(endpointCount);
  for (let a = 0; a < arcSupply.length; a++) {
    const s = find(arcSupply[a]);
    const d = find(arcDemand[a]);
    used[arcSupply[a]] = 1;
    used[arcDemand[a]] = 1;
    if (s !== d) parent[Math.max(s, d)] = Math.min(s, d);
  }
  // Components numbered by their smallest endpoint; endpoints and arcs grouped by a counting sort (stable, so each
  // group stays in increasing order) into two flat arrays: no growing list per component.
  const componentOf = new Int32Array(endpointCount).fill(-1);
  let count = 0;
  for (let i = 0; i < endpointCount; i++) {
    if (!used[i]) continue;
    const root = find(i);
    if (componentOf[root] < 0) componentOf[root] = count++;
    componentOf[i] = componentOf[root];
  }
  const endpointsOf = groupBy(endpointCount, count, (i) => (used[i] ? componentOf[i] : -1));
  const arcsOf = groupBy(arcSupply.length, count, (a) => componentOf[arcSupply[a]]);
  return { count, endpoints: endpointsOf, arcs: arcsOf };
}

/** Items 0..n-1 grouped by `groupOf` (−1: in no group), each group in increasing order, as views of one array. */
function groupBy(n: number, groups: number, groupOf: (item: number) => number): Int32Array[] {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) {
    const g = groupOf(i);
    if (g >= 0) start[g + 1]++;
  }
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const flat = new Int32Array(start[groups]);
  const next = start.slice(0, groups);
  for (let i = 0; i < n; i++) {
    const g = groupOf(i);
    if (g >= 0) flat[next[g]++] = i;
  }
  return Array.from({ length: groups }, (_, g) => flat.subarray(start[g], start[g + 1]));
}
