// The matcher's internal contract between its stages:
// candidates (domain → abstract arcs) → formulation (LP data) → solver adapter → interpretation.

/** One side of an exchange as the LP sees it: a flow's capacity, in its canonical unit. */
export interface Endpoint {
  /** The flow id (unique in the dataset). */
  readonly flowId: string;
  readonly siteId: string;
  readonly direction: 'output' | 'input';
  /** Resource key of the flow (for EWC-only flows, the resource its EWC code maps to, or `ewc:XXXXXX`). */
  readonly resource: string;
  readonly canonicalUnit: string;
  /** Yearly quantity in canonical unit. */
  readonly quantityPerYr: number;
  /** 12 monthly shares summing to 1 when the flow declares a profile; absent means flat. */
  readonly monthShares?: readonly number[];
}

/**
 * How an output can serve an input, with every number the LP needs. The arcs the candidate stage and the pricing
 * make compute `id`, `breakdown` and `details` again when read, and keep `ratio`, `marginEurPerUnit`,
 * `co2TPerUnit` and `distanceKm` in shared arrays (getters, to keep ≈ 1.35 million arcs small): read them by name —
 * a spread copy does not carry them; `JSON.stringify` does.
 */
export interface CandidateArc {
  /** Stable id: `${supplyFlowId}>${demandFlowId}` (plus `#variant` when several ways exist). */
  readonly id: string;
  readonly supplyFlowId: string;
  readonly demandFlowId: string;
  /** Units of the demand served by one canonical unit of the supply (1 t of X replaces `ratio` t of Y). */
  readonly ratio: number;
  /** Net value in EUR per canonical unit of supply sent (avoided disposal + avoided purchase − transport − conversion). */
  readonly marginEurPerUnit: number;
  /** tCO2e avoided per canonical unit of supply sent (may be negative). */
  readonly co2TPerUnit: number;
  readonly distanceKm: number;
  /** The rule that made the pair possible (`same-resource`, a substitution rule id, `heat-direct`, …). */
  readonly ruleId: string;
  /** Transport mode used for costing (`road`, `heat-pipe`, `steam-pipe`, `h2-tube-trailer`, `pipeline`, …). */
  readonly transport: string;
  /** Set when a conversion is needed: `heat-pump`, `purification`, `compression`, `purification+compression`. */
  readonly conversion?: string;
  /** Line items of the margin, EUR per unit of supply: avoidedDisposal, avoidedPurchase, transport, conversion, carbon. */
  readonly breakdown: Readonly<Record<string, number>>;
  /** Facilitator's pin. */
  readonly pin?: 'required' | 'forbidden';
  /**
   * Facts for the explanation, set only when there are some: `heatPumpCop`, `electricityMWhPerUnit`,
   * `conversionReason` (gas purity/pressure), `disposalPriceIsDefault`, `purchasePriceIsDefault`.
   */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

/** Why a flow has no usable candidate, as found by the candidate stage. */
export type RejectionCode = 'no-compatible-partner' | 'too-far' | 'not-worth-it' | 'hazardous-not-accepted';

export interface Rejection {
  readonly flowId: string;
  readonly code: RejectionCode;
  readonly detail: string;
}

/** A pooling proposal: several nearby sites declaring the same input or the same waste. */
export interface PoolingProposal {
  readonly id: string;
  readonly resource: string;
  readonly direction: 'output' | 'input';
  readonly members: readonly {
    readonly siteId: string;
    readonly flowId: string;
    readonly quantityPerYr: number;
  }[];
  readonly quantityPerYr: number;
  readonly canonicalUnit: string;
  readonly savingEurPerYr: number;
  readonly co2AvoidedTPerYr: number;
  readonly radiusKm: number;
  readonly explanation: string;
}

export interface CandidateSet {
  readonly endpoints: readonly Endpoint[];
  readonly arcs: readonly CandidateArc[];
  readonly rejections: readonly Rejection[];
  readonly pooling: readonly PoolingProposal[];
}
