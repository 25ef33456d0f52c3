// The error thrown when a dataset file cannot be read at all (not a zip or workbook, missing sheet,
// bad encoding, unknown column): it carries every problem found, each with where and why.

import type { Problem } from '@toile/flow-model';

export class FormatError extends Error {
  override readonly name: string = 'FormatError';

  constructor(
    readonly problems: readonly Problem[],
    message = `toile formats: ${problems.length} problème(s) de lecture : ${problems
      .map((problem) => `${problem.path} : ${problem.reason}`)
      .join(' ; ')}`,
  ) {
    super(message);
  }
}

/** A problem of the file itself (as opposed to one of the dataset's content). */
export function formatProblem(path: string, code: string, reason: string, value?: unknown): Problem {
  return value === undefined ? { path, code, reason } : { path, code, reason, value };
}

/** Throws a FormatError when `problems` is not empty. */
export function throwIfProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new FormatError(problems);
}
