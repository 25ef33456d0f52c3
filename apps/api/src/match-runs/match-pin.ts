// A facilitator's pin on a supply/demand pair, as the API and the CLI pass it to the matcher.
// `required` forces the pair into the solution when feasible, `forbidden` keeps it out.

export type MatchPinKind = 'required' | 'forbidden';

export interface MatchPin {
  readonly supplyFlowId: string;
  readonly demandFlowId: string;
  readonly pin: MatchPinKind;
}
