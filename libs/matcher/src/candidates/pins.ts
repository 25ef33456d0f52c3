// A facilitator's pin on an output → input pair: `required` keeps the arc even at a loss or beyond the cut-off,
// `forbidden` removes it.

export interface CandidatePin {
  readonly supplyFlowId: string;
  readonly demandFlowId: string;
  readonly pin: 'required' | 'forbidden';
}

/** `supply>demand` key of a pair. */
export function pairKey(supplyFlowId: string, demandFlowId: string): string {
  return `${supplyFlowId}>${demandFlowId}`;
}
