// The `toile.result/1` document: the synergies the matcher proposes, explained.
// Public contract, see shared spec/dataset.md.

export const RESULT_FORMAT = 'toile.result/1' as const;

export type ResultStatus = 'optimal' | 'infeasible' | 'timedout';
export type SynergyKind = 'substitution' | 'mutualisation';

export interface FlowRef {
  readonly siteId: string;
  readonly flowId: string;
}

export interface Synergy {
  readonly id: string;
  readonly kind: SynergyKind;
  /** Resource key of what is exchanged (the consumer's resource for a substitution). */
  readonly resource: string;
  readonly supplier?: FlowRef;
  readonly consumer?: FlowRef;
  readonly members?: readonly FlowRef[];
  /** In the resource's canonical unit per year. */
  readonly quantity: number;
  readonly unit: string;
  readonly distanceKm?: number;
  readonly netValueEurPerYr?: number;
  readonly co2AvoidedTPerYr?: number;
  readonly explanation: string;
  /** Further machine-readable detail (rule id, transport mode, heat pump, limits…); optional. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface ResultTotals {
  readonly synergies: number;
  readonly tonnesPerYr: number;
  readonly mwhPerYr: number;
  readonly m3PerYr: number;
  readonly netValueEurPerYr: number;
  readonly co2AvoidedTPerYr: number;
}

export interface Unmatched {
  readonly flowId: string;
  readonly reason: string;
  readonly code?: string;
}

export interface MatchResult {
  readonly format: typeof RESULT_FORMAT;
  readonly territoryId: string;
  readonly status: ResultStatus;
  readonly synergies: readonly Synergy[];
  readonly totals: ResultTotals;
  readonly unmatched: readonly Unmatched[];
  readonly assumptions: Readonly<Record<string, unknown>>;
}
