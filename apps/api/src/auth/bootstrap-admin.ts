// First start: when no account exists, the first admin is created — from TOILE_ADMIN_EMAIL/TOILE_ADMIN_PASSWORD,
// or `admin@toile.local` with a random password that is printed once (change it, or set the variables).

import type { AuthSettings } from './auth-settings';
import { BOOTSTRAP_ADMIN_EMAIL } from './auth-settings';
import type { AccountsService } from './accounts.service';
import { newRandomPassword } from './secrets';

export interface BootstrapOutcome {
  readonly email: string;
  /** Set only when generated here: the caller prints it once. */
  readonly generatedPassword: string | null;
}

export async function ensureBootstrapAdmin(
  accounts: AccountsService,
  settings: AuthSettings,
): Promise<BootstrapOutcome | null> {
  if ((await accounts.count()) > 0) return null;
  const given = settings.bootstrapAdmin;
  const email = given?.email ?? BOOTSTRAP_ADMIN_EMAIL;
  const password = given?.password ?? newRandomPassword();
  await accounts.create({ email, password, role: 'admin', displayName: 'Administrateur' }, null);
  return { email, generatedPassword: given ? null : password };
}
