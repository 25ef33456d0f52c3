// The solve stage: components, closed forms, javascript-lp-solver, column generation over a revised simplex.
export * from './components';
export * from './closed-forms';
export * from './column-generation';
export * from './solve-settings';
export * from './solve-transport-lp';
export * from './solve-formulation';
export * from './basis-memory';
export * from './month-jobs';
export * from './solve-thread';
