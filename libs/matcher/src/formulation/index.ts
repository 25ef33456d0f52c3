// The formulation stage: candidate arcs → plain LP data per independent component and time slice.
export * from './transport-lp';
export * from './lp-arcs';
export * from './required-bounds';
export * from './build-formulation';
