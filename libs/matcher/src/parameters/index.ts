// Matcher parameters: named defaults with units and sources, validation and resolution per run.
export * from './parameter-spec';
export * from './match-parameters';
export * from './resource-defaults';
export * from './derived-values';
