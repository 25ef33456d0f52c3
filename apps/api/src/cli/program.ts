// The `toile` command line: one sub-command per file under ./commands, registered here. Commander errors
// (unknown option, missing argument) exit with code 2; `--help` and `--version` with 0.

import { Command, CommanderError } from 'commander';
import { EXIT_OK, EXIT_USAGE, processContext, type CliContext } from './cli-context';
import { compareCommand } from './commands/compare';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { matchCommand } from './commands/match';
import { reportCommand } from './commands/report';
import { templateCommand } from './commands/template';
import { userCommand } from './commands/user';
import { validateCommand } from './commands/validate';

/** The sub-commands, in the order `toile --help` lists them. Add new commands here. */
export function commandsOf(context: CliContext): Command[] {
  return [
    validateCommand(context),
    importCommand(context),
    exportCommand(context),
    matchCommand(context),
    compareCommand(context),
    reportCommand(context),
    templateCommand(context),
    userCommand(context),
  ];
}

export function buildProgram(
  context: CliContext = processContext(),
  commands = commandsOf(context),
): Command {
  const program = new Command('toile')
    .description(
      'Toile — écologie industrielle et territoriale : vérifier, importer, exporter les données d’un territoire et proposer des synergies',
    )
    .version(readVersion(), '-V, --version', 'affiche la version')
    .helpOption('-h, --help', 'affiche l’aide')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande')
    .showHelpAfterError('(toile --help pour l’aide)')
    .exitOverride();
  for (const command of commands) {
    program.addCommand(
      command
        .helpOption('-h, --help', 'affiche l’aide')
        .showHelpAfterError('(toile --help pour l’aide)')
        .exitOverride(),
    );
  }
  return program;
}

function readVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../package.json') as { version: string }).version;
}

/** Runs the command line; resolves once the command is done (the exit code is set, not forced). */
export async function run(argv: readonly string[], context: CliContext = processContext()): Promise<void> {
  const program = buildProgram(context);
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
    context.setExitCode(quiet ? EXIT_OK : EXIT_USAGE);
  }
}
