// `toile validate <file>`: reads a dataset file of any form and lists every problem (where, path, value,
// reason); exit 1 when there is any, 0 with « valide » otherwise. `--json` prints the problems as JSON.

import { Command } from 'commander';
import { validateDataset } from '@toile/flow-model';
import { FormatError } from '../../formats';
import { colorEnabled, EXIT_INVALID, EXIT_OK, processContext, type CliContext } from '../cli-context';
import { readDatasetInput } from '../dataset-input';
import { paint } from '../problem-list';
import { reportError, reportProblems } from '../report-error';

interface ValidateOptions {
  readonly territory?: string;
  readonly name?: string;
  readonly json?: boolean;
}

function countOf(document: unknown, key: 'sites' | 'flows'): number {
  const list = (document as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.length : 0;
}

export async function runValidate(
  context: CliContext,
  file: string,
  options: ValidateOptions,
): Promise<void> {
  let problems;
  let locate: ((path: string) => string | undefined) | undefined;
  let document: unknown;
  try {
    const input = await readDatasetInput(file, options.territory, options.name);
    ({ document, locate } = input);
    problems = validateDataset(document);
  } catch (error) {
    if (!(error instanceof FormatError) || !options.json) return reportError(context, error, { file });
    problems = error.problems;
  }
  if (options.json) {
    context.stdout.write(`${JSON.stringify({ file, valid: problems.length === 0, problems }, null, 2)}\n`);
  } else if (problems.length > 0) {
    reportProblems(context, problems, { file, locate });
  } else {
    const color = colorEnabled(context.stdout, context.env);
    const counts = `${countOf(document, 'sites')} sites, ${countOf(document, 'flows')} flux`;
    context.stdout.write(`${paint('✓', 'green', color)} ${file} : valide (${counts})\n`);
  }
  context.setExitCode(problems.length > 0 ? EXIT_INVALID : EXIT_OK);
}

export function validateCommand(context: CliContext = processContext()): Command {
  return new Command('validate')
    .description(
      'Vérifie un fichier de données (.json, .xlsx, .zip de CSV ou dossier de CSV) et liste chaque problème',
    )
    .argument('<file>', 'fichier ou dossier à vérifier')
    .option('--territory <id>', 'id du territoire, si le fichier n’en déclare pas (CSV sans territory.csv)')
    .option('--name <nom>', 'nom du territoire, avec --territory')
    .option('--json', 'écrit le résultat en JSON (file, valid, problems)')
    .action((file: string, options: ValidateOptions) => runValidate(context, file, options));
}
