// `toile compare <a.json> <b.json> [--json]`: compares two toile.result/1 files (e.g. two `toile match --out`):
// parameters that differ, totals side by side, synergies gained, lost and changed, in French.

import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { RESULT_FORMAT, type MatchResult } from '@toile/flow-model';
import { compareRuns } from '../../scenarios/compare-runs';
import { comparisonSummaryFr } from '../../scenarios/comparison-summary-fr';
import { resultParameters } from '../../scenarios/result-parameters';
import { EXIT_OK, processContext, type CliContext } from '../cli-context';
import { reportError } from '../report-error';

interface CompareOptions {
  readonly json?: boolean;
}

export class ResultFileError extends Error {
  override readonly name = 'ResultFileError';
}

/** Reads a result file; an unreadable file, bad JSON or another format is a ResultFileError naming the file. */
export async function readResultFile(file: string): Promise<MatchResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ResultFileError(
      `${file} : lecture impossible (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ResultFileError(`${file} : JSON invalide`);
  }
  const result = document as Partial<MatchResult> | null;
  if (
    result?.format !== RESULT_FORMAT ||
    !Array.isArray(result.synergies) ||
    typeof result.totals !== 'object'
  ) {
    throw new ResultFileError(
      `${file} : ce n’est pas un résultat ${RESULT_FORMAT} (synergies et totals attendus)`,
    );
  }
  return result as MatchResult;
}

export async function runCompare(
  context: CliContext,
  baseFile: string,
  otherFile: string,
  options: CompareOptions,
): Promise<void> {
  try {
    const base = await readResultFile(baseFile);
    const other = await readResultFile(otherFile);
    const comparison = compareRuns(base, other, resultParameters(base), resultParameters(other));
    context.stdout.write(
      options.json
        ? `${JSON.stringify({ files: { base: baseFile, other: otherFile }, ...comparison }, null, 2)}\n`
        : comparisonSummaryFr(comparison, { base: baseFile, other: otherFile }),
    );
    context.setExitCode(EXIT_OK);
  } catch (error) {
    reportError(context, error);
  }
}

export function compareCommand(context: CliContext = processContext()): Command {
  return new Command('compare')
    .description(
      'Compare deux résultats toile.result/1 : paramètres, totaux côte à côte, synergies gagnées, perdues, modifiées',
    )
    .argument('<a>', 'résultat de référence (A), p. ex. `toile match … --out a.json`')
    .argument('<b>', 'résultat comparé (B)')
    .option('--json', 'écrit la comparaison complète en JSON')
    .action((a: string, b: string, options: CompareOptions) => runCompare(context, a, b, options));
}
