// `toile import <file> --territory <id>`: validates a dataset file and stores it as the whole dataset of the
// territory in the configured database, all or nothing; prints what was stored.

import { statSync } from 'node:fs';
import { Command } from 'commander';
import { importFormatOfPath } from '../../audit/audit-summary';
import { importDataset } from '../../datasets/dataset-store';
import { CliUsageError, EXIT_OK, processContext, type CliContext } from '../cli-context';
import { readDatasetInput, territoryIdOf } from '../dataset-input';
import { reportError } from '../report-error';
import { withDataSource } from '../with-data-source';

interface ImportOptions {
  readonly territory?: string;
  readonly name?: string;
}

export async function runImport(context: CliContext, file: string, options: ImportOptions): Promise<void> {
  let locate: ((path: string) => string | undefined) | undefined;
  try {
    const input = await readDatasetInput(file, options.territory, options.name);
    locate = input.locate;
    const territoryId = options.territory ?? territoryIdOf(input.document);
    if (territoryId === undefined) {
      throw new CliUsageError('le fichier ne déclare pas de territoire : précisez --territory <id>');
    }
    const outcome = await withDataSource(context.env, async (dataSource, database) => ({
      database,
      ...(await importDataset(dataSource, territoryId, input.document, {
        format: importFormatOfPath(file, statSync(file).isDirectory()),
        systemLabel: 'cli',
      })),
    }));
    const verb = outcome.created ? 'créé' : 'remplacé';
    context.stdout.write(
      `Territoire « ${outcome.territoryId} » ${verb} : ${outcome.zones} zones, ${outcome.sites} sites, ` +
        `${outcome.flows} flux (base ${outcome.database})\n`,
    );
    context.setExitCode(EXIT_OK);
  } catch (error) {
    reportError(context, error, { file, locate });
  }
}

export function importCommand(context: CliContext = processContext()): Command {
  return new Command('import')
    .description(
      'Importe un fichier de données dans la base configurée (DATABASE_PATH ou DATABASE_URL) : ' +
        'remplace tout le jeu du territoire, ou rien si le fichier a un problème',
    )
    .argument('<file>', 'fichier .json, .xlsx, .zip de CSV ou dossier de CSV')
    .option('--territory <id>', 'id du territoire (par défaut celui du fichier)')
    .option('--name <nom>', 'nom du territoire si le fichier n’en déclare pas')
    .action((file: string, options: ImportOptions) => runImport(context, file, options));
}
