// Public entry of @toile/matcher: synergy candidates, linear programme, explained result.
export * from './types';
export * from './parameters';
export * from './geo';
export * from './candidates';
export * from './formulation';
export * from './solve';
export * from './interpretation';
export * from './match-pins';
export * from './match';
export * from './priced-solve';
