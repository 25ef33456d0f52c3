// Lower bounds of the facilitator's `required` pairs in one time slice, and the capacities left once they are
// served: x_a = L_a + y_a with y_a ≥ 0 turns the bounded LP back into the plain TransportLp over y.

/**
 * A required pair exchanges as much as it can: want_a = min(Q_s, Q_d/r_a). Where several required pairs share
 * a flow, they share it in proportion: scale_s = min(1, Q_s / Σ_{required a at s} want_a), likewise scale_d
 * with Σ r_a·want_a, and L_a = want_a · min(scale_s, scale_d). Then Σ_{a at s} L_a ≤ scale_s·Σ want_a ≤ Q_s and
 * Σ_{a at d} r_a·L_a ≤ Q_d: the bounds are always jointly feasible, and L_a > 0 whenever both flows have some
 * quantity in the slice. A required pair whose bounds are zero in every slice is a conflict (reported, not solved).
 */
export function requiredLowerBounds(
  supplyCapacity: Float64Array,
  demandCapacity: Float64Array,
  arcSupply: Int32Array,
  arcDemand: Int32Array,
  arcRatio: Float64Array,
  requiredArcs: readonly number[],
): Float64Array {
  const lower = new Float64Array(arcSupply.length);
  if (requiredArcs.length === 0) return lower;
  const want = new Map<number, number>();
  const supplyWant = new Float64Array(supplyCapacity.length);
  const demandWant = new Float64Array(demandCapacity.length);
  for (const a of requiredArcs) {
    const w = Math.max(0, Math.min(supplyCapacity[arcSupply[a]], demandCapacity[arcDemand[a]] / arcRatio[a]));
    want.set(a, w);
    supplyWant[arcSupply[a]] += w;
    demandWant[arcDemand[a]] += arcRatio[a] * w;
  }
  const scale = (capacity: number, total: number): number => (total > capacity ? capacity / total : 1);
  for (const a of requiredArcs) {
    const s = arcSupply[a];
    const d = arcDemand[a];
    const factor = Math.min(scale(supplyCapacity[s], supplyWant[s]), scale(demandCapacity[d], demandWant[d]));
    lower[a] = (want.get(a) ?? 0) * factor;
  }
  return lower;
}

/** Capacities left after the lower bounds (clamped at 0 against round-off). */
export function residualCapacities(
  supplyCapacity: Float64Array,
  demandCapacity: Float64Array,
  arcSupply: Int32Array,
  arcDemand: Int32Array,
  arcRatio: Float64Array,
  lower: Float64Array,
): { readonly supply: Float64Array; readonly demand: Float64Array } {
  const supply = Float64Array.from(supplyCapacity);
  const demand = Float64Array.from(demandCapacity);
  for (let a = 0; a < lower.length; a++) {
    if (lower[a] === 0) continue;
    supply[arcSupply[a]] = Math.max(0, supply[arcSupply[a]] - lower[a]);
    demand[arcDemand[a]] = Math.max(0, demand[arcDemand[a]] - arcRatio[a] * lower[a]);
  }
  return { supply, demand };
}
