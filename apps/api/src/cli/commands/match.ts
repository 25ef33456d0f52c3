// `toile match <dataset file | --territory id> [--out result.json] [--csv synergies.csv] [--set name=value …]`:
// runs the matcher in a worker thread, shows a progress bar on a terminal and prints a French summary.

import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { parseDataset, type Dataset, type MatchResult } from '@toile/flow-model';
import { resolveMatchParameters, validateMatchParameters } from '@toile/matcher';
import { exportDataset } from '../../datasets/dataset-store';
import { DEFAULT_STAGE_SHARES, overallProgress } from '../../match-runs/match-run-progress';
import { startMatchWorker } from '../../match-runs/match-worker-runner';
import { CliUsageError, EXIT_INVALID, EXIT_OK, processContext, type CliContext } from '../cli-context';
import { readDatasetInput } from '../dataset-input';
import { reportError, reportProblems } from '../report-error';
import { withDataSource } from '../with-data-source';
import { synergiesCsv } from './match-csv';
import { MatchProgressBar } from './match-progress';
import { collect, MatchSetOptionError, parseSetOptions } from './match-set-options';
import { matchSummary } from './match-summary';

interface MatchOptions {
  readonly territory?: string;
  readonly out?: string;
  readonly csv?: string;
  readonly set: readonly string[];
}

/** The parameters from the --set options, resolved; an unknown name or a bad value is a usage error. */
function parametersOf(options: MatchOptions): Record<string, unknown> {
  let partial: Record<string, unknown>;
  try {
    partial = parseSetOptions(options.set);
  } catch (error) {
    if (error instanceof MatchSetOptionError) throw new CliUsageError(error.message);
    throw error;
  }
  const problems = validateMatchParameters(partial);
  if (problems.length > 0) {
    const lines = problems.map(
      (problem) => `  ${problem.path.replace(/^\$\.parameters\./, '')} : ${problem.reason}`,
    );
    throw new CliUsageError(`paramètre(s) de calcul invalide(s) :\n${lines.join('\n')}`);
  }
  return { ...resolveMatchParameters(partial) };
}

/** The dataset of the file (validated: undefined after listing its problems) or of the configured database. */
async function datasetOf(
  context: CliContext,
  file: string | undefined,
  territoryId: string | undefined,
): Promise<Dataset | undefined> {
  if (file === undefined) {
    return withDataSource(context.env, (dataSource) => exportDataset(dataSource, territoryId!));
  }
  const input = await readDatasetInput(file);
  const parsed = parseDataset(input.document);
  if (parsed.ok) return parsed.dataset;
  reportProblems(context, parsed.problems, { file, locate: input.locate });
  return undefined;
}

async function matchInWorker(
  context: CliContext,
  dataset: Dataset,
  parameters: Record<string, unknown>,
): Promise<MatchResult> {
  const bar = new MatchProgressBar(context.stderr);
  let progress = 0;
  const handle = startMatchWorker({ dataset, parameters, pins: [] }, ({ stage, done, total }) => {
    progress = overallProgress(DEFAULT_STAGE_SHARES, progress, stage, done, total);
    bar.update(progress, stage);
  });
  try {
    return await handle.result;
  } finally {
    bar.stop();
  }
}

export async function runMatch(
  context: CliContext,
  file: string | undefined,
  options: MatchOptions,
): Promise<void> {
  try {
    if ((file === undefined) === (options.territory === undefined)) {
      throw new CliUsageError('donnez un fichier de données ou --territory <id> (l’un des deux)');
    }
    const parameters = parametersOf(options);
    const dataset = await datasetOf(context, file, options.territory);
    if (dataset === undefined) return context.setExitCode(EXIT_INVALID);
    const result = await matchInWorker(context, dataset, parameters);
    if (options.out !== undefined) await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`);
    if (options.csv !== undefined) await writeFile(options.csv, synergiesCsv(result));
    context.stdout.write(matchSummary(result, dataset));
    if (options.out !== undefined) context.stdout.write(`Résultat écrit dans ${options.out}\n`);
    if (options.csv !== undefined) context.stdout.write(`Synergies écrites dans ${options.csv}\n`);
    context.setExitCode(EXIT_OK);
  } catch (error) {
    reportError(context, error, { file });
  }
}

export function matchCommand(context: CliContext = processContext()): Command {
  return new Command('match')
    .description('Propose des synergies pour un territoire (programme linéaire) et les résume en français')
    .argument('[file]', 'fichier de données (.json, .xlsx, .zip de CSV ou dossier de CSV)')
    .option(
      '--territory <id>',
      'territoire de la base configurée (DATABASE_PATH ou DATABASE_URL), au lieu d’un fichier',
    )
    .option('--out <file>', 'écrit le résultat toile.result/1 (JSON)')
    .option('--csv <file>', 'écrit les synergies en CSV')
    .option(
      '--set <nom=valeur>',
      'fixe un paramètre du calcul (répétable), ex. --set heatPipeMaxKm=3',
      collect,
      [],
    )
    .action((file: string | undefined, options: MatchOptions) => runMatch(context, file, options));
}
