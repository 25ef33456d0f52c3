// The interpretation stage: LP solution → the explained `toile.result/1` document (French explanations).
export * from './format-fr';
export * from './interpretation-context';
export * from './flow-usage';
export * from './quantity-limit';
export * from './explain-synergy';
export * from './explain-unmatched';
export * from './mutualisation';
export * from './totals';
export * from './assumptions';
export * from './build-result';
