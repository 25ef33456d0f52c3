// `toile user add --email … --role admin|facilitator|firm [--territory id …] [--site territoire/site …]`:
// creates an account directly in the configured database (operators' tool, no token needed). The password
// comes from TOILE_USER_PASSWORD, or is generated and printed once.

import { Command } from 'commander';
import { AccountsService } from '../../auth/accounts.service';
import { isRole, ROLE_LABELS_FR, ROLES } from '../../auth/roles';
import { newRandomPassword } from '../../auth/secrets';
import { CliUsageError, EXIT_OK, processContext, type CliContext } from '../cli-context';
import { reportError } from '../report-error';
import { withDataSource } from '../with-data-source';

interface UserAddOptions {
  readonly email: string;
  readonly role: string;
  readonly name?: string;
  readonly territory: string[];
  readonly site: string[];
}

function siteClaim(text: string): { territoryId: string; siteId: string } {
  const slash = text.indexOf('/');
  if (slash <= 0 || slash === text.length - 1) {
    throw new CliUsageError(
      `--site « ${text} » : attendu territoire/site, par exemple axe-seine/raffinerie-1`,
    );
  }
  return { territoryId: text.slice(0, slash), siteId: text.slice(slash + 1) };
}

export async function runUserAdd(context: CliContext, options: UserAddOptions): Promise<void> {
  try {
    if (!isRole(options.role))
      throw new CliUsageError(`--role « ${options.role} » : attendu ${ROLES.join(', ')}`);
    const given = context.env.TOILE_USER_PASSWORD;
    const password = given !== undefined && given !== '' ? given : newRandomPassword();
    const role = options.role;
    const user = await withDataSource(context.env, (dataSource) =>
      new AccountsService(dataSource).create(
        {
          email: options.email,
          password,
          role,
          displayName: options.name ?? null,
          territoryIds: options.territory,
          sites: options.site.map(siteClaim),
        },
        null,
      ),
    );
    context.stdout.write(`Compte ${ROLE_LABELS_FR[user.role]} créé : ${user.email} (id ${user.id})\n`);
    if (given === undefined || given === '') {
      context.stdout.write(`Mot de passe (affiché une seule fois) : ${password}\n`);
    }
    context.setExitCode(EXIT_OK);
  } catch (error) {
    reportError(context, error, {});
  }
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function userCommand(context: CliContext = processContext()): Command {
  const user = new Command('user').description('Comptes : administrateurs, animateurs, entreprises');
  user
    .command('add')
    .description(
      'Crée un compte dans la base configurée ; mot de passe de TOILE_USER_PASSWORD, sinon généré et affiché',
    )
    .requiredOption('--email <adresse>', 'adresse e-mail (identifiant de connexion)')
    .requiredOption('--role <rôle>', `rôle : ${ROLES.join(', ')}`)
    .option('--name <nom>', 'nom affiché')
    .option('--territory <id>', 'territoire animé (animateur, répétable)', collect, [])
    .option('--site <territoire/site>', 'site de l’entreprise (répétable)', collect, [])
    .action((options: UserAddOptions) => runUserAdd(context, options));
  return user;
}
