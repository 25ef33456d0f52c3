// Accounts and access (global): the AuthGuard on every route, the services other modules use to check and
// project, and the account endpoints. On start, the first admin is created if there is no account.

import { Global, Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { ensureBootstrapAdmin } from './bootstrap-admin';
import { InstanceSecretService } from './instance-secret.service';
import { TokensService } from './tokens.service';
import { UsersController } from './users.controller';

@Global()
@Module({
  controllers: [AuthController, UsersController],
  providers: [
    InstanceSecretService,
    AccountsService,
    TokensService,
    AuthService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsService, AuthService, InstanceSecretService, TokensService],
})
export class AuthModule implements OnApplicationBootstrap {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const created = await ensureBootstrapAdmin(this.accounts, this.config.auth);
    if (!created) return;
    const logger = new Logger('Comptes');
    if (created.generatedPassword === null) {
      logger.log(`Compte administrateur créé : ${created.email} (mot de passe de TOILE_ADMIN_PASSWORD)`);
    } else {
      logger.warn(
        `Compte administrateur créé : ${created.email}, mot de passe « ${created.generatedPassword} » ` +
          `(affiché une seule fois ; définissez TOILE_ADMIN_EMAIL et TOILE_ADMIN_PASSWORD pour choisir le vôtre)`,
      );
    }
  }
}
