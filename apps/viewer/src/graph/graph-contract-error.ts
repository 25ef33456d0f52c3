// The error raised when the API's serialized graph breaks the contract of @toile/flow-model's graph.ts;
// its message names the offending field.

export class GraphContractError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`@toile/viewer: graph field "${field}" ${reason}`);
    this.name = 'GraphContractError';
  }
}
