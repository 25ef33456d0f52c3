// Errors of @toile/seeds: a seed file that does not look like a `toile.dataset/1` document.
// Messages start with the package name, as in the other Toile packages.

export class SeedError extends Error {
  constructor(
    readonly seedId: string,
    reason: string,
  ) {
    super(`@toile/seeds: seed "${seedId}" ${reason}`);
    this.name = 'SeedError';
  }
}
