// Turns any error a command meets into what the user reads and the exit code: file and validation problems
// listed one per line, configuration and usage errors with exit code 2, anything else as one clear line.

import type { Problem } from '@toile/flow-model';
import { ConfigError } from '../config/app-config';
import { DomainError, ValidationFailedError } from '../errors/domain-errors';
import { FormatError } from '../formats';
import { CliUsageError, colorEnabled, EXIT_INVALID, EXIT_USAGE, type CliContext } from './cli-context';
import { formatProblemList, paint, problemCount } from './problem-list';

export interface ReportOptions {
  /** The file the problems are about, for the summary line. */
  readonly file?: string;
  readonly locate?: (path: string) => string | undefined;
}

/** Writes `N problèmes dans <file>` then the aligned list, on stdout. */
export function reportProblems(
  context: CliContext,
  problems: readonly Problem[],
  { file, locate }: ReportOptions = {},
): void {
  const color = colorEnabled(context.stdout, context.env);
  const where = file === undefined ? '' : ` dans ${file}`;
  context.stdout.write(`${paint(`✗ ${problemCount(problems.length)}${where}`, 'red', color)}\n`);
  context.stdout.write(formatProblemList(problems, { color, locate }));
}

export function reportError(context: CliContext, error: unknown, options: ReportOptions = {}): void {
  if (error instanceof FormatError || error instanceof ValidationFailedError) {
    reportProblems(context, error.problems, options);
    context.setExitCode(EXIT_INVALID);
    return;
  }
  const usage = error instanceof CliUsageError || error instanceof ConfigError;
  const expected = usage || error instanceof DomainError;
  const message = error instanceof Error ? error.message : String(error);
  const debug = !expected && error instanceof Error && context.env.TOILE_DEBUG ? `\n${error.stack}` : '';
  context.stderr.write(`toile : ${message}${debug}\n`);
  context.setExitCode(usage ? EXIT_USAGE : EXIT_INVALID);
}
