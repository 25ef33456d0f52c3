// Column generation over a TransportLp: a restricted master on a few arcs per flow, solved by the revised
// simplex, every other arc priced exactly with the duals and added back while profitable. Exact optimum.

import type { TransportLp, TransportSolution } from '../formulation/transport-lp';
import { TransportSimplex } from '../solver/transport-simplex';
import type { SolveSettings } from './solve-settings';

/** The `k` arcs of best key per group (supply or demand), among arcs with a positive margin. */
function bestPerGroup(
  lp: TransportLp,
  groupOf: Int32Array,
  groups: number,
  key: (arc: number) => number,
  k: number,
  accept: (arc: number) => boolean,
): number[] {
  const chosen: number[][] = Array.from({ length: groups }, () => []);
  for (let a = 0; a < lp.arcMargin.length; a++) {
    if (!accept(a)) continue;
    const list = chosen[groupOf[a]];
    const value = key(a);
    if (list.length < k) list.push(a);
    else if (value > key(list[k - 1])) list[k - 1] = a;
    else continue;
    list.sort((x, y) => key(y) - key(x));
  }
  return chosen.flat();
}

/**
 * LP duality: for the restricted master's optimal duals (u_s, v_d) ≥ 0, an arc outside the pool has reduced
 * cost c_a = margin_a − u_s − ratio_a·v_d. If c_a ≤ 0 for every arc, (u, v) is feasible for the dual of the
 * full LP and has the restricted optimum's value, so the restricted optimum is optimal for the full LP
 * (weak duality). Otherwise the arcs with c_a > 0 (the best few per supply and per demand) join the pool and
 * the simplex resumes from the current basis, which stays primal feasible (new columns are at zero).
 * Arcs with margin ≤ 0 are never priced: with u, v ≥ 0 and ratio > 0 their reduced cost is ≤ 0.
 * Termination: each round adds at least one arc and the pool is finite.
 */
export function solveByColumnGeneration(
  lp: TransportLp,
  settings: SolveSettings,
  deadlineMs: number,
  warm?: WarmStart,
): TransportSolution {
  const positive = (a: number): boolean => lp.arcMargin[a] > 0;
  const ns = lp.supplyCapacity.length;
  const nd = lp.demandCapacity.length;
  const previous = warm?.simplex;
  const pivotsBefore = previous ? previous.pivots : 0;
  const simplex = warmSimplex(lp, settings, deadlineMs, warm) ?? new TransportSimplex(lp, deadlineMs);
  if (warm) warm.simplex = undefined;
  const k = settings.initialArcsPerFlow;
  simplex.addArcs(bestPerGroup(lp, lp.arcSupply, ns, (a) => lp.arcMargin[a], k, positive));
  simplex.addArcs(bestPerGroup(lp, lp.arcDemand, nd, (a) => lp.arcMargin[a] / lp.arcRatio[a], k, positive));
  const solution = generateColumns(lp, simplex, settings, positive, simplex === previous ? pivotsBefore : 0);
  if (warm && solution.status === 'optimal') warm.simplex = simplex;
  return solution;
}

/**
 * Carries the last optimal restricted master of a component from one time slice to the next (same arcs and
 * margins, other capacities): the next slice starts from its basis and pool (`TransportSimplex.restartOn`).
 */
export interface WarmStart {
  simplex?: TransportSimplex;
  /** Slices that started from the previous slice's basis (its dual phase finished); for statistics and tests. */
  restarts?: number;
}

/** The previous slice's simplex restarted on this slice, or null (none, or its dual phase did not finish). */
function warmSimplex(
  lp: TransportLp,
  settings: SolveSettings,
  deadlineMs: number,
  warm: WarmStart | undefined,
): TransportSimplex | null {
  const previous = warm?.simplex;
  if (!warm || !previous || !previous.sharesArcsWith(lp)) return null;
  if (previous.restartOn(lp, deadlineMs, settings.maxPivotsPerRound) === 'optimal') {
    warm.restarts = (warm.restarts ?? 0) + 1;
    return previous;
  }
  // Cold basis, but the previous pool: most of its arcs are the ones this slice needs too.
  const simplex = new TransportSimplex(lp, deadlineMs);
  simplex.addArcs(previous.poolArcs());
  return simplex;
}

function generateColumns(
  lp: TransportLp,
  simplex: TransportSimplex,
  settings: SolveSettings,
  positive: (a: number) => boolean,
  pivotsBefore: number,
): TransportSolution {
  const ns = lp.supplyCapacity.length;
  const nd = lp.demandCapacity.length;
  let rounds = 0;
  const reduced = new Float64Array(lp.arcMargin.length);
  for (;;) {
    rounds++;
    const status = simplex.run(settings.maxPivotsPerRound);
    if (status !== 'optimal') return finish(lp, simplex, status, rounds, pivotsBefore);
    reduced.fill(0);
    const violated = (a: number): boolean => {
      if (!positive(a) || simplex.hasArc(a)) return false;
      reduced[a] = simplex.reducedCost(a);
      return reduced[a] > simplex.costTol;
    };
    const key = (a: number): number => reduced[a];
    const add = settings.arcsAddedPerFlow;
    const bySupply = bestPerGroup(lp, lp.arcSupply, ns, key, add, violated);
    // Reduced costs are filled by the first pass; the second only filters on them.
    const byDemand = bestPerGroup(lp, lp.arcDemand, nd, key, add, (a) => reduced[a] > simplex.costTol);
    const added = simplex.addArcs(bySupply) + simplex.addArcs(byDemand);
    if (added === 0) return finish(lp, simplex, 'optimal', rounds, pivotsBefore);
  }
}

function finish(
  lp: TransportLp,
  simplex: TransportSimplex,
  status: 'optimal' | 'timedout' | 'failed',
  rounds: number,
  pivotsBefore: number,
): TransportSolution {
  const ns = lp.supplyCapacity.length;
  const supplyDual = new Float64Array(ns);
  const demandDual = new Float64Array(lp.demandCapacity.length);
  for (let i = 0; i < ns; i++) supplyDual[i] = simplex.dual(i);
  for (let j = 0; j < demandDual.length; j++) demandDual[j] = simplex.dual(ns + j);
  return {
    status,
    flow: simplex.flows(),
    supplyDual,
    demandDual,
    iterations: simplex.pivots - pivotsBefore,
    rounds,
    engine: 'column-generation',
  };
}
