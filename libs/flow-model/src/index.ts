// Public entry of @toile/flow-model: the dataset and result contracts and the pure helpers around them.
export * from './dataset';
export * from './result';
export * from './problem';
export * from './graph';
