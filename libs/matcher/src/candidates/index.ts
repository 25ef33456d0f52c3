// The candidate stage: domain flows → abstract candidate arcs, rejections and pooling proposals.
export { buildCandidates, buildCandidateStage, pairContext, type CandidateStage } from './build-candidates';
export { pricePrunedPairs, type PricerInput, type PricingPass } from './price-pruned';
export { PricingMemory } from './pricing-memory';
export type { CandidatePin } from './pins';
export { pairKey } from './pins';
export { ruleLabelFr, CANDIDATE_RULE_LABELS_FR } from './rule-labels';
export { prepareFlows, type PreparedFlow, type PreparedDataset } from './prepared-flow';
export { transportKindFor, cutoffKm, transportCost, type TransportKind } from './transport';
export { buildPooling } from './pooling';
