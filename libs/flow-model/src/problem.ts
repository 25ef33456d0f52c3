// A problem found in a document: where (JSON path), what value, and why.
// Validation returns every problem at once; nothing here throws.

export interface Problem {
  /** JSON path such as `$.flows[3].unit`. */
  readonly path: string;
  readonly value?: unknown;
  readonly reason: string;
  /** Stable machine-readable code, e.g. `unknown-resource`. */
  readonly code: string;
}
