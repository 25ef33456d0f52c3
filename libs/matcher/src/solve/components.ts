// Connected components of the bipartite supply/demand arc graph (union-find with path halving).
// Components share no row of the LP, so solving each alone and joining the solutions is exact.

/** Endpoint indices and arcs grouped by component. */
export interface Components {
  readonly count: number;
  /** Endpoints of each component, in increasing order. */
  readonly endpoints: readonly (readonly number[])[];
  /** Arcs (positions in the list given) of each component, in increasing order. */
  readonly arcs: readonly (readonly number[])[];
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
  const componentOfRoot = new Int32Array(endpointCount).fill(-1);
  const endpoints: number[][] = [];
  for (let i = 0; i < endpointCount; i++) {
    if (!used[i]) continue;
    const root = find(i);
    if (componentOfRoot[root] < 0) {
      componentOfRoot[root] = endpoints.length;
      endpoints.push([]);
    }
    endpoints[componentOfRoot[root]].push(i);
  }
  const arcs: number[][] = endpoints.map(() => []);
  for (let a = 0; a < arcSupply.length; a++) arcs[componentOfRoot[find(arcSupply[a])]].push(a);
  return { count: endpoints.length, endpoints, arcs };
}
