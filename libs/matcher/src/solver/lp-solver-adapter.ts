// The only file that imports javascript-lp-solver: solves a TransportLp with it and reads the duals back
// from its final tableau. Synthetic names only (`a12`, `s3`, `d4`, objective `__value`), see lp-solvers.md.

import solver from 'javascript-lp-solver';
import { emptySolution, type TransportLp, type TransportSolution } from '../formulation/transport-lp';

const OBJECTIVE = '__value';

interface TableauView {
  readonly matrix: Float64Array;
  readonly width: number;
  readonly costRowIndex: number;
  readonly varIndexByCol: readonly number[];
  readonly model: {
    readonly constraints: readonly { readonly index: number; readonly slack: { readonly index: number } }[];
  };
}

interface FullSolution {
  readonly feasible: boolean;
  readonly bounded: boolean;
  readonly solutionSet: Readonly<Record<string, number | undefined>>;
  readonly _tableau?: TableauView;
}

/**
 * Model: `variables.a{k} = { __value: margin, s{i}: 1, d{j}: ratio }`, `constraints.s{i} = { max: Q_i }`,
 * `constraints.d{j} = { max: Q_j }`, maximise `__value`; presolve off so that every constraint keeps its slack.
 * javascript-lp-solver says `feasible` (never `optimal`) for a solved LP: an LP of this shape (b ≥ 0, every
 * column bounded by its supply row) is always feasible and bounded, so anything else is reported `failed`.
 * Duals: the tableau's cost row holds c_j − y·A_j for each non-basic column; a slack column has A = e_i and
 * c = 0, so y_i = −(cost-row entry of slack i) when the slack is non-basic, and 0 when it is basic.
 */
export function solveWithLpSolver(lp: TransportLp): TransportSolution {
  const ns = lp.supplyCapacity.length;
  const constraints: Record<string, { max: number }> = {};
  for (let i = 0; i < ns; i++) constraints[`s${i}`] = { max: lp.supplyCapacity[i] };
  for (let j = 0; j < lp.demandCapacity.length; j++) constraints[`d${j}`] = { max: lp.demandCapacity[j] };
  const variables: Record<string, Record<string, number>> = {};
  for (let a = 0; a < lp.arcMargin.length; a++) {
    variables[`a${a}`] = {
      [OBJECTIVE]: lp.arcMargin[a],
      [`s${lp.arcSupply[a]}`]: 1,
      [`d${lp.arcDemand[a]}`]: lp.arcRatio[a],
    };
  }
  let solution: FullSolution;
  try {
    solution = solver.Solve(
      { optimize: OBJECTIVE, opType: 'max', constraints, variables, options: { presolve: false } },
      1e-9,
      true,
    ) as FullSolution;
  } catch {
    return emptySolution(lp, 'failed', 'javascript-lp-solver');
  }
  if (!solution || solution.feasible !== true || solution.bounded === false) {
    return emptySolution(lp, 'failed', 'javascript-lp-solver');
  }
  const flow = new Float64Array(lp.arcMargin.length);
  for (let a = 0; a < flow.length; a++) flow[a] = Math.max(0, solution.solutionSet[`a${a}`] ?? 0);
  const duals = readDuals(solution._tableau, ns + lp.demandCapacity.length);
  return {
    status: 'optimal',
    flow,
    supplyDual: duals.subarray(0, ns),
    demandDual: duals.subarray(ns),
    iterations: 0,
    rounds: 1,
    engine: 'javascript-lp-solver',
  };
}

/** Row duals in constraint order (supplies then demands), from the non-basic slack columns. */
function readDuals(tableau: TableauView | undefined, rows: number): Float64Array {
  const duals = new Float64Array(rows);
  if (!tableau) return duals;
  const columnOfVariable = new Map<number, number>();
  tableau.varIndexByCol.forEach((variable, column) => columnOfVariable.set(variable, column));
  const costRow = tableau.costRowIndex * tableau.width;
  for (const constraint of tableau.model.constraints) {
    if (constraint.index >= rows) continue;
    const column = columnOfVariable.get(constraint.slack.index);
    if (column === undefined || column <= 0) continue;
    duals[constraint.index] = Math.max(0, -tableau.matrix[costRow + column]);
  }
  return duals;
}
