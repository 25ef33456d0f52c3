// Geography for the candidate stage: great-circle distance, detour, and a grid index for near pairs.
export * from './haversine';
export * from './grid-index';
