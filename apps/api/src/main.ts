// Toile API entry point: validated configuration → Nest app (migrations run) → demo territory and its first
// match run on first start → listen. Run from the repository root: relative paths (DATABASE_PATH, VIEWER_DIR) are from the working directory.

import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { seedDemoIfEmpty } from './database/seed-demo';
import { MatchRunsService } from './match-runs/match-runs.service';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Toile');
  const app = await createApp(config);
  app.enableShutdownHooks();
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(app.get<DataSource>(getDataSourceToken()));
    if (seeded) {
      logger.log(
        `Territoire de démonstration « ${seeded.territoryId} » chargé : ${seeded.sites} sites, ${seeded.flows} flux`,
      );
      // A first match run with the default parameters, in its worker: the viewer opens on synergies, not bare sites.
      const run = await app.get(MatchRunsService).start(seeded.territoryId, {});
      logger.log(
        `Première recherche de synergies lancée sur le territoire de démonstration (calcul ${run.id})`,
      );
    }
  }
  await app.listen(config.port);
  const where = config.database.type === 'sqlite' ? config.database.path : 'PostgreSQL';
  logger.log(
    `Toile écoute sur http://localhost:${config.port} (API /api, documentation /api/docs, base ${where})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    new Logger('Toile').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
