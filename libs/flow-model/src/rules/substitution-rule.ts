// The shape of a substitution rule: which outputs (EWC codes, sub-chapters or a resource) can replace
// which input resource, at what ratio, under which conditions, and on what authority.

/** What a rule applies to: any one of these matches (codes are six digits, no spaces, no `*`). */
export interface RuleFrom {
  /** Full EWC codes, six digits (`100105`). */
  readonly ewc?: readonly string[];
  /** EWC chapter or sub-chapter prefixes (`1001`). */
  readonly ewcPrefixes?: readonly string[];
  /** A resource key of the vocabulary (for outputs declared by resource). */
  readonly resource?: string;
}

/** Conditions: a text for people and optional machine-checkable bounds on the supplying flow. */
export interface RuleConditions {
  /** What must be true, in French, for the facilitator. */
  readonly text: string;
  readonly minDryMatterPct?: number;
  readonly maxMoisturePct?: number;
  readonly minPurityPct?: number;
  /** The rule never applies to a hazardous output, even towards an acceptor. */
  readonly nonHazardousOnly?: boolean;
}

export interface SubstitutionRule {
  /** Stable kebab-case id, cited in candidate arcs and explanations. */
  readonly id: string;
  readonly from: RuleFrom;
  /** Resource key the output replaces at the consumer. */
  readonly to: string;
  /** 1 canonical unit of the output replaces `ratio` canonical units of `to`. */
  readonly ratio: number;
  readonly conditions: RuleConditions;
  /** Pre-treatment before use (grinding, sorting, drying…), EUR per canonical unit of output; 0 if none. */
  readonly treatmentCostEurPerUnit?: number;
  /** French label used in explanations: « Gypse de désulfuration → gypse ». */
  readonly labelFr: string;
  /** French legal frame (waste status, end-of-waste, spreading plan, animal by-products…). */
  readonly legalNote?: string;
  /** Regulation, guidance or standard the rule and its ratio rest on; flags R (recalled) / D (derived). */
  readonly source: string;
}
