// `toile report <dataset file | --territory id> [--run result.json | --run-id id] --out rapport.pdf [--format …]
// [--public]`: writes a run's EIT study (PDF, workbook, CSV of synergies, GeoJSON); without a run, runs the matcher.

import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Command } from 'commander';
import { parseDataset, RESULT_FORMAT, type Dataset, type MatchResult } from '@toile/flow-model';
import { resolveMatchParameters, validateMatchParameters } from '@toile/matcher';
import { exportDataset } from '../../datasets/dataset-store';
import { MatchRunEntity } from '../../match-runs/match-run.entity';
import { startMatchWorker } from '../../match-runs/match-worker-runner';
import { DEFAULT_STAGE_SHARES, overallProgress } from '../../match-runs/match-run-progress';
import { prepareReport } from '../../reports/prepare-report';
import { REPORT_FORMATS, writeReport, type ReportFormat } from '../../reports/report-media';
import { integerFr } from '../../reports/report-format-fr';
import { CliUsageError, EXIT_INVALID, EXIT_OK, processContext, type CliContext } from '../cli-context';
import { readDatasetInput } from '../dataset-input';
import { reportError, reportProblems } from '../report-error';
import { withDataSource } from '../with-data-source';
import { MatchProgressBar } from './match-progress';
import { collect, MatchSetOptionError, parseSetOptions } from './match-set-options';

interface ReportOptions {
  readonly territory?: string;
  readonly run?: string;
  readonly runId?: string;
  readonly out?: string;
  readonly format?: string;
  readonly public?: boolean;
  readonly set: readonly string[];
}

interface RunSource {
  readonly result: MatchResult;
  readonly parameters: Record<string, unknown>;
  readonly runId?: string;
  readonly date?: string;
}

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  '.pdf': 'pdf',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '.geojson': 'geojson',
  '.json': 'geojson',
};

/** The format asked by --format, else by the extension of --out. */
export function reportFormatOf(out: string, format: string | undefined): ReportFormat {
  if (format !== undefined) {
    if (!(REPORT_FORMATS as readonly string[]).includes(format))
      throw new CliUsageError(`--format : « ${format} » inconnu (${REPORT_FORMATS.join(', ')})`);
    return format as ReportFormat;
  }
  const byName = EXTENSIONS[extname(out).toLowerCase()];
  if (byName === undefined)
    throw new CliUsageError(
      `--out : extension de « ${out} » inconnue, donnez --format (${REPORT_FORMATS.join(', ')})`,
    );
  return byName;
}

function parametersOf(set: readonly string[]): Record<string, unknown> {
  let partial: Record<string, unknown>;
  try {
    partial = parseSetOptions(set);
  } catch (error) {
    if (error instanceof MatchSetOptionError) throw new CliUsageError(error.message);
    throw error;
  }
  const problems = validateMatchParameters(partial);
  if (problems.length > 0)
    throw new CliUsageError(
      `paramètre(s) de calcul invalide(s) : ${problems.map((p) => `${p.path.replace(/^\$\.parameters\./, '')} (${p.reason})`).join(' ; ')}`,
    );
  return { ...resolveMatchParameters(partial) };
}

async function resultFile(file: string, dataset: Dataset): Promise<RunSource> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as Partial<MatchResult>;
  if (doc.format !== RESULT_FORMAT || !Array.isArray(doc.synergies) || doc.totals === undefined)
    throw new CliUsageError(`--run : ${file} n’est pas un résultat ${RESULT_FORMAT}`);
  if (doc.territoryId !== dataset.territory.id)
    throw new CliUsageError(
      `--run : le résultat est celui du territoire « ${doc.territoryId} », pas « ${dataset.territory.id} »`,
    );
  return { result: doc as MatchResult, parameters: {} };
}

async function storedRun(context: CliContext, territoryId: string, runId: string): Promise<RunSource> {
  const run = await withDataSource(context.env, (ds) =>
    ds.getRepository(MatchRunEntity).findOneBy({ territoryId, id: runId }),
  );
  if (run === null)
    throw new CliUsageError(`--run-id : calcul « ${runId} » inconnu pour le territoire « ${territoryId} »`);
  if (run.status !== 'done' || run.result === null)
    throw new CliUsageError(`--run-id : le calcul « ${runId} » n’est pas terminé (${run.status})`);
  return {
    result: run.result,
    parameters: run.parameters,
    runId: run.id,
    date: run.finishedAt ?? run.createdAt,
  };
}

async function freshRun(
  context: CliContext,
  dataset: Dataset,
  parameters: Record<string, unknown>,
): Promise<RunSource> {
  const bar = new MatchProgressBar(context.stderr);
  let progress = 0;
  const handle = startMatchWorker({ dataset, parameters, pins: [] }, ({ stage, done, total }) => {
    progress = overallProgress(DEFAULT_STAGE_SHARES, progress, stage, done, total);
    bar.update(progress, stage);
  });
  try {
    return { result: await handle.result, parameters };
  } finally {
    bar.stop();
  }
}

export async function runReport(
  context: CliContext,
  file: string | undefined,
  options: ReportOptions,
): Promise<void> {
  try {
    if ((file === undefined) === (options.territory === undefined))
      throw new CliUsageError('donnez un fichier de données ou --territory <id> (l’un des deux)');
    if (options.out === undefined)
      throw new CliUsageError('--out <fichier> est obligatoire (ex. --out rapport.pdf)');
    if (options.run !== undefined && options.runId !== undefined)
      throw new CliUsageError('--run et --run-id : l’un ou l’autre');
    if (options.runId !== undefined && options.territory === undefined)
      throw new CliUsageError('--run-id demande --territory <id>');
    const format = reportFormatOf(options.out, options.format);
    const parameters = parametersOf(options.set);
    let dataset: Dataset;
    if (file === undefined) {
      dataset = await withDataSource(context.env, (ds) => exportDataset(ds, options.territory!));
    } else {
      const input = await readDatasetInput(file);
      const parsed = parseDataset(input.document);
      if (!parsed.ok) {
        reportProblems(context, parsed.problems, { file, locate: input.locate });
        return context.setExitCode(EXIT_INVALID);
      }
      dataset = parsed.dataset;
    }
    const source =
      options.run !== undefined
        ? await resultFile(options.run, dataset)
        : options.runId !== undefined
          ? await storedRun(context, options.territory!, options.runId)
          : await freshRun(context, dataset, parameters);
    const variant = options.public === true ? 'public' : 'full';
    const report = prepareReport({ dataset, ...source }, variant);
    await writeFile(options.out, await writeReport(report, format));
    const t = report.model.totals;
    context.stdout.write(
      `Rapport ${variant === 'public' ? 'public' : 'complet'} (${format}) écrit dans ${options.out} : ${t.synergies} synergies, ` +
        `${integerFr(t.tonnesPerYr)} t/an, ${integerFr(t.mwhPerYr)} MWh/an, ${integerFr(t.m3PerYr)} m³/an, ` +
        `${integerFr(t.netValueEurPerYr)} €/an, ${integerFr(t.co2AvoidedTPerYr)} tCO2e/an\n`,
    );
    context.setExitCode(EXIT_OK);
  } catch (error) {
    reportError(context, error, { file });
  }
}

export function reportCommand(context: CliContext = processContext()): Command {
  return new Command('report')
    .description('Écrit l’étude EIT d’un calcul : PDF (français), classeur, CSV des synergies ou GeoJSON')
    .argument('[file]', 'fichier de données (.json, .xlsx, .zip de CSV ou dossier de CSV)')
    .option('--territory <id>', 'territoire de la base configurée, au lieu d’un fichier')
    .option('--run <result.json>', 'résultat toile.result/1 déjà calculé (sinon le calcul est lancé)')
    .option('--run-id <id>', 'calcul terminé de la base (avec --territory)')
    .option('--out <file>', 'fichier écrit : .pdf, .xlsx, .csv, .geojson')
    .option('--format <format>', 'pdf, xlsx, csv ou geojson (par défaut : selon l’extension de --out)')
    .option('--public', 'version publique : flux confidentiels retirés, sites anonymisés, secret statistique')
    .option(
      '--set <nom=valeur>',
      'paramètre du calcul lancé (répétable), ex. --set heatPipeMaxKm=3',
      collect,
      [],
    )
    .action((file: string | undefined, options: ReportOptions) => runReport(context, file, options));
}
