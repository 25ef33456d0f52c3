// Picks the exact method for one slice LP: closed form for stars, javascript-lp-solver for small LPs,
// column generation over the revised simplex for the rest; each falls back on the other when it fails.

import { emptySolution, type TransportLp, type TransportSolution } from '../formulation/transport-lp';
import { solveWithLpSolver } from '../solver/lp-solver-adapter';
import { closedFormKind, solveClosedForm } from './closed-forms';
import { solveByColumnGeneration, type WarmStart } from './column-generation';
import type { SolveSettings } from './solve-settings';

/** Largest LP handed to javascript-lp-solver as a fallback (its dense tableau grows as rows × columns). */
const LP_SOLVER_FALLBACK_MAX_ARCS = 3000;

export function solveTransportLp(
  lp: TransportLp,
  settings: SolveSettings,
  deadlineMs: number,
  warm?: WarmStart,
): TransportSolution {
  if (lp.arcMargin.length === 0) return { ...emptySolution(lp, 'optimal', 'empty') };
  if (Date.now() > deadlineMs) return emptySolution(lp, 'timedout', 'none');
  const kind = closedFormKind(lp);
  if (kind) return solveClosedForm(lp, kind);
  if (lp.arcMargin.length <= settings.lpSolverMaxArcs) {
    const solution = solveWithLpSolver(lp);
    if (solution.status === 'optimal') return solution;
    return solveByColumnGeneration(lp, settings, deadlineMs);
  }
  const solution = solveByColumnGeneration(lp, settings, deadlineMs, warm);
  if (solution.status !== 'failed' || lp.arcMargin.length > LP_SOLVER_FALLBACK_MAX_ARCS) return solution;
  return solveWithLpSolver(lp);
}
