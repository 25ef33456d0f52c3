// Pure compatibility predicates between an output and an input: substitution rules, hazardous acceptance,
// heat/steam/cold temperature rules and gas purity/pressure rules.
export * from './ewc-code';
export * from './hazardous';
export * from './substitution';
export * from './heat';
export * from './gas';
