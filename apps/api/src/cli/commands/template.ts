// `toile template <file>`: writes the blank French workshop template, as a workbook (.xlsx) or as a zip of
// CSV files with LISEZ-MOI.txt (.zip).

import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { templateCsvZip, templateWorkbook } from '../../formats';
import { CliUsageError, EXIT_OK, processContext, type CliContext } from '../cli-context';
import { reportError } from '../report-error';

export async function runTemplate(context: CliContext, file: string): Promise<void> {
  try {
    const lower = file.toLowerCase();
    if (!lower.endsWith('.xlsx') && !lower.endsWith('.zip')) {
      throw new CliUsageError('le modèle s’écrit en .xlsx (classeur) ou en .zip (fichiers CSV)');
    }
    await writeFile(file, lower.endsWith('.xlsx') ? await templateWorkbook() : templateCsvZip());
    context.stdout.write(`Modèle d’atelier écrit dans ${file} (voir la feuille « lisez-moi »)\n`);
    context.setExitCode(EXIT_OK);
  } catch (error) {
    reportError(context, error, { file });
  }
}

export function templateCommand(context: CliContext = processContext()): Command {
  return new Command('template')
    .description('Écrit le modèle de saisie vierge d’un atelier, en français (.xlsx ou .zip de CSV)')
    .argument('<file>', 'fichier à écrire : modele.xlsx ou modele.zip')
    .action((file: string) => runTemplate(context, file));
}
