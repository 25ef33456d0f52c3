// Column generation over a TransportLp: a restricted master on a few arcs per flow, solved by the network
// simplex, every other arc priced exactly with the duals and added back while profitable. Exact optimum.

import type { SliceBasis, TransportLp, TransportSolution } from '../formulation/transport-lp';
import type { ArcArena } from '../solver/arc-arena';
import { NetworkSimplex } from '../solver/network-simplex';
import type { SolveSettings } from './solve-settings';
import { TopPerGroup } from '../solver/top-per-group';

/**
 * A restricted master carried to another slice or pass first drops the nonbasic arcs whose reduced cost is below
 * −0.1 % of their margin (`NetworkSimplex.trimPool`): they seldom enter again, and every dual ratio test and pricing
 * scan walks the pool. Measured on the bench's 10,000-site case (solve and pricing): 1 % 41.5 s, 0.3 % 39.1 s,
 * 0.1 % 35.6 s, 0 36.1 s, 5 % 47.4 s — trimming more costs pivots (pass 2: 213,000 at 1 %, 285,000 at 0.1 %,
 * 354,000 at 0) but each is cheaper. (Before slices started from a basis stopped receiving the best arcs by margin,
 * 1 % was the best of these.)
 */
const POOL_TRIM_SHARE = 0.001;

/** Scratch TopPerGroup slots of an arena: best arcs per supply, per demand. */
const SUPPLY_TOP = 0;
const DEMAND_TOP = 1;

/** A TopPerGroup of `groups` groups keeping `k`: the arena's `slot`, else a new one. */
function topPerGroup(arena: ArcArena | undefined, slot: number, groups: number, k: number): TopPerGroup {
  return arena ? arena.topPerGroup(slot, groups, k) : new TopPerGroup(groups, k);
}

/** The `k` arcs of best margin per supply, then of best margin/ratio per demand, among positive margins. */
function initialArcs(lp: TransportLp, k: number, arena: ArcArena | undefined): number[] {
  const bySupply = topPerGroup(arena, SUPPLY_TOP, lp.supplyCapacity.length, k);
  const byDemand = topPerGroup(arena, DEMAND_TOP, lp.demandCapacity.length, k);
  const { arcMargin, arcRatio, arcSupply, arcDemand } = lp;
  for (let a = 0; a < arcMargin.length; a++) {
    const margin = arcMargin[a];
    if (!(margin > 0)) continue;
    bySupply.offer(arcSupply[a], a, margin);
    byDemand.offer(arcDemand[a], a, margin / arcRatio[a]);
  }
  return byDemand.collect(bySupply.collect([]));
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
  const previous = warm?.simplex;
  const pivotsBefore = previous ? previous.pivots : 0;
  const started = storedStart(lp, settings, deadlineMs, warm) ?? warmSimplex(lp, settings, deadlineMs, warm);
  const simplex = started ?? new NetworkSimplex(lp, deadlineMs, warm?.arena);
  if (previous && previous !== simplex) previous.release();
  if (warm) {
    warm.simplex = undefined;
    warm.basis = undefined;
  }
  const k = settings.initialArcsPerFlow;
  // A simplex started from a basis already has its pool: the best arcs by margin would only lengthen it (every dual
  // ratio test and pricing scan walks the pool), and column generation adds what the duals ask for.
  if (!started) simplex.addArcs(initialArcs(lp, k, warm?.arena));
  const solution = generateColumns(
    lp,
    simplex,
    settings,
    simplex === previous ? pivotsBefore : 0,
    warm?.arena,
  );
  // The solution holds copies of the flows and basis: a simplex not carried on gives its arrays back.
  if (warm && solution.status === 'optimal') warm.simplex = simplex;
  else simplex.release();
  return solution;
}

/**
 * Carries the last optimal restricted master of a component from one time slice to the next (same arcs and
 * margins, other capacities): the next slice starts from its basis and pool (`NetworkSimplex.restartOn`).
 */
export interface WarmStart {
  simplex?: NetworkSimplex;
  /**
   * Where the simplices of these slices take their per-arc arrays and scratch (see arc-arena.ts). With an arena, a
   * solution's flows and basis are its buffers: they must be read before the next slice is solved.
   */
  arena?: ArcArena;
  /**
   * This slice's basis from an earlier solve over fewer arcs (same rows), tried first: still primal feasible, it
   * needs only the pivots the new arcs bring; else, when dual feasible, a dual phase repairs it.
   */
  basis?: SliceBasis;
  /** Slices that started from `basis`; for statistics and tests. */
  storedStarts?: number;
  /** Slices that started from the previous slice's basis (its dual phase finished); for statistics and tests. */
  restarts?: number;
}

/** A simplex started from `warm.basis` when that basis is valid and primal (or, repaired, dual) feasible. */
function storedStart(
  lp: TransportLp,
  settings: SolveSettings,
  deadlineMs: number,
  warm: WarmStart | undefined,
): NetworkSimplex | null {
  if (!warm?.basis) return null;
  const simplex = NetworkSimplex.fromBasis(lp, deadlineMs, warm.basis, warm.arena);
  if (simplex === null) return null;
  simplex.trimPool(POOL_TRIM_SHARE);
  const usable =
    simplex.primalFeasible() ||
    (simplex.dualFeasible() && simplex.repair(settings.maxPivotsPerRound) === 'optimal');
  if (!usable) {
    simplex.release();
    return null;
  }
  warm.storedStarts = (warm.storedStarts ?? 0) + 1;
  return simplex;
}

/** The previous slice's simplex restarted on this slice, or null (none, or its dual phase did not finish). */
function warmSimplex(
  lp: TransportLp,
  settings: SolveSettings,
  deadlineMs: number,
  warm: WarmStart | undefined,
): NetworkSimplex | null {
  const previous = warm?.simplex;
  if (!warm || !previous || !previous.sharesArcsWith(lp)) return null;
  previous.trimPool(POOL_TRIM_SHARE);
  if (previous.restartOn(lp, deadlineMs, settings.maxPivotsPerRound) === 'optimal') {
    warm.restarts = (warm.restarts ?? 0) + 1;
    return previous;
  }
  // Cold basis, but the previous pool: most of its arcs are the ones this slice needs too.
  const simplex = new NetworkSimplex(lp, deadlineMs, warm.arena);
  simplex.addArcs(previous.poolArcs());
  return simplex;
}

function generateColumns(
  lp: TransportLp,
  simplex: NetworkSimplex,
  settings: SolveSettings,
  pivotsBefore: number,
  arena: ArcArena | undefined,
): TransportSolution {
  const ns = lp.supplyCapacity.length;
  const { arcMargin, arcRatio, arcSupply, arcDemand } = lp;
  const add = settings.arcsAddedPerFlow;
  const bySupply = topPerGroup(arena, SUPPLY_TOP, ns, add);
  const byDemand = topPerGroup(arena, DEMAND_TOP, lp.demandCapacity.length, add);
  const inPool = simplex.poolMask();
  const y = simplex.rowDuals();
  const tol = simplex.costTol;
  let rounds = 0;
  for (;;) {
    rounds++;
    const status = simplex.run(settings.maxPivotsPerRound);
    if (status !== 'optimal') return finish(lp, simplex, status, rounds, pivotsBefore, arena);
    // Reduced cost margin − y_s − ratio·y_d of every positive-margin arc outside the pool (raw duals).
    bySupply.reset();
    byDemand.reset();
    for (let a = 0; a < arcMargin.length; a++) {
      const margin = arcMargin[a];
      if (!(margin > 0) || inPool[a] === 1) continue;
      const s = arcSupply[a];
      const d = arcDemand[a];
      const reduced = margin - y[s] - arcRatio[a] * y[ns + d];
      if (!(reduced > tol)) continue;
      bySupply.offer(s, a, reduced);
      byDemand.offer(d, a, reduced);
    }
    const added = simplex.addArcs(bySupply.collect([])) + simplex.addArcs(byDemand.collect([]));
    if (added === 0) return finish(lp, simplex, 'optimal', rounds, pivotsBefore, arena);
  }
}

function finish(
  lp: TransportLp,
  simplex: NetworkSimplex,
  status: 'optimal' | 'timedout' | 'failed',
  rounds: number,
  pivotsBefore: number,
  arena: ArcArena | undefined,
): TransportSolution {
  const ns = lp.supplyCapacity.length;
  const supplyDual = new Float64Array(ns);
  const demandDual = new Float64Array(lp.demandCapacity.length);
  for (let i = 0; i < ns; i++) supplyDual[i] = simplex.dual(i);
  for (let j = 0; j < demandDual.length; j++) demandDual[j] = simplex.dual(ns + j);
  return {
    status,
    flow: simplex.flows(arena?.flowBuffer(lp.arcMargin.length)),
    supplyDual,
    demandDual,
    iterations: simplex.pivots - pivotsBefore,
    rounds,
    ...(status === 'optimal' ? { basis: simplex.basis(arena) } : {}),
    engine: 'column-generation',
  };
}
