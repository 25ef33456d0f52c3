// `toile export <id> <file>`: writes the territory's dataset from the configured database in the form the
// target asks for: .json, .xlsx, .zip of CSV files, or a folder (a path without extension).

import { Command } from 'commander';
import { exportDataset } from '../../datasets/dataset-store';
import { datasetFileForm, writeDatasetFile } from '../../formats';
import { EXIT_OK, processContext, type CliContext } from '../cli-context';
import { reportError } from '../report-error';
import { withDataSource } from '../with-data-source';

const FORM_LABELS = { json: 'JSON', xlsx: 'classeur', zip: 'zip de CSV', folder: 'dossier de CSV' } as const;

export async function runExport(context: CliContext, territoryId: string, file: string): Promise<void> {
  try {
    const form = datasetFileForm(file);
    const dataset = await withDataSource(context.env, (dataSource) => exportDataset(dataSource, territoryId));
    await writeDatasetFile(dataset, file);
    context.stdout.write(
      `Territoire « ${territoryId} » exporté dans ${file} (${FORM_LABELS[form]}) : ` +
        `${dataset.zones.length} zones, ${dataset.sites.length} sites, ${dataset.flows.length} flux\n`,
    );
    context.setExitCode(EXIT_OK);
  } catch (error) {
    reportError(context, error, { file });
  }
}

export function exportCommand(context: CliContext = processContext()): Command {
  return new Command('export')
    .description('Exporte le jeu de données d’un territoire de la base configurée')
    .argument('<id>', 'id du territoire')
    .argument('<file>', 'cible : .json, .xlsx, .zip (CSV) ou dossier (chemin sans extension)')
    .action((territoryId: string, file: string) => runExport(context, territoryId, file));
}
