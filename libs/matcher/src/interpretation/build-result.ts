// Assembles the `toile.result/1` document from the solved territory: synergies (substitutions sorted by value,
// then mutualisations), totals, unmatched flows with their reasons, assumptions.

import {
  RESULT_FORMAT,
  type MatchResult,
  type ResultStatus,
  type Synergy,
  type Unmatched,
} from '@toile/flow-model';
import type { PinConflict } from '../formulation/build-formulation';
import type { MatchParameters } from '../parameters';
import type { SolveSettings } from '../solve/solve-settings';
import { resultAssumptions, type ResultPricing } from './assumptions';
import { explainSynergy, type SolvedTerritory } from './explain-synergy';
import { explainUnmatched } from './explain-unmatched';
import { isActive } from './flow-usage';
import { mutualisationSynergy } from './mutualisation';
import { resultTotals } from './totals';

export interface ResultInput {
  readonly territory: SolvedTerritory;
  readonly status: ResultStatus;
  /** Every flow id of the dataset, in dataset order (the unmatched ones are listed in that order). */
  readonly flowIds: readonly string[];
  readonly parameters?: MatchParameters;
  readonly settings: SolveSettings;
  readonly timeLimitMs?: number;
  /** How the pruned pairs were priced (absent when the caller solved the candidate set only). */
  readonly pricing?: ResultPricing;
}

export function buildResult(input: ResultInput): MatchResult {
  const { territory } = input;
  const { candidates, formulation, outcome } = territory;
  const columns: number[] = [];
  for (let c = 0; c < outcome.columnFlow.length; c++) {
    if (isActive(candidates, formulation, outcome, c)) columns.push(c);
  }
  const value = (c: number): number =>
    candidates.arcs[formulation.lpArcs.arcs[c]].marginEurPerUnit * outcome.columnFlow[c];
  columns.sort((a, b) => value(b) - value(a) || a - b);
  const synergies: Synergy[] = columns.map((c, k) => explainSynergy(territory, c, `s${k + 1}`));
  candidates.pooling.forEach((proposal, k) => synergies.push(mutualisationSynergy(proposal, `m${k + 1}`)));
  return {
    format: RESULT_FORMAT,
    territoryId: territory.context.territoryId,
    status: input.status,
    synergies,
    totals: resultTotals(synergies),
    unmatched: explainUnmatched(territory, input.flowIds, input.status === 'timedout'),
    assumptions: resultAssumptions({
      parameters: input.parameters,
      settings: input.settings,
      stats: outcome.stats,
      objectiveEurPerYr: outcome.objectiveEurPerYr,
      conflicts: formulation.conflicts,
      timeLimitMs: input.timeLimitMs,
      pricing: input.pricing,
    }),
  };
}

/** The result of contradictory pins: nothing solved, every conflict explained (status `infeasible`). */
export function infeasibleResult(input: {
  readonly territoryId: string;
  readonly conflicts: readonly PinConflict[];
  readonly parameters?: MatchParameters;
  readonly settings: SolveSettings;
}): MatchResult {
  const unmatched: Unmatched[] = input.conflicts.flatMap((conflict) => {
    const reason = `épinglage contradictoire (${conflict.supplyFlowId} → ${conflict.demandFlowId}) : ${conflict.reason}`;
    return [
      { flowId: conflict.supplyFlowId, code: 'pin-conflict', reason },
      { flowId: conflict.demandFlowId, code: 'pin-conflict', reason },
    ];
  });
  return {
    format: RESULT_FORMAT,
    territoryId: input.territoryId,
    status: 'infeasible',
    synergies: [],
    totals: resultTotals([]),
    unmatched,
    assumptions: resultAssumptions({
      parameters: input.parameters,
      settings: input.settings,
      conflicts: input.conflicts,
    }),
  };
}
