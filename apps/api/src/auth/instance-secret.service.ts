// The instance secret: TOILE_SECRET when set, else generated on first start and kept in `instance_settings`,
// so tokens and pseudonyms survive restarts. Loaded once when the module starts.

import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InstanceSettingEntity } from './account.entities';
import { newInstanceSecret } from './secrets';

const SECRET_KEY = 'secret';

@Injectable()
export class InstanceSecretService implements OnModuleInit {
  private value: string | null = null;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.value = this.config.auth.secret ?? (await this.storedOrNew());
  }

  get secret(): string {
    if (this.value === null) throw new Error('@toile/api: instance secret read before the module started');
    return this.value;
  }

  private async storedOrNew(): Promise<string> {
    const repo = this.ds.getRepository(InstanceSettingEntity);
    const stored = await repo.findOneBy({ key: SECRET_KEY });
    if (stored) return stored.value;
    await repo.insert({ key: SECRET_KEY, value: newInstanceSecret() }).catch(() => undefined);
    // Another process may have won the race: whatever is stored now is the secret.
    return (await repo.findOneByOrFail({ key: SECRET_KEY })).value;
  }
}
