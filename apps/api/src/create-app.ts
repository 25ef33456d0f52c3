// Creates the configured Nest application for a configuration (not yet listening): the one path used by
// main.ts, the e2e tests and the OpenAPI script.

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { type AppConfig, loggerLevels } from './config/app-config';
import { configureApp } from './configure-app';

export interface CreateAppOptions {
  /** Serve the built viewer at `/` (default true). */
  readonly serveViewer?: boolean;
  /** Nest logger: false silences it (tests). */
  readonly logger?: false;
}

export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger === false ? false : loggerLevels(config.logLevel),
    abortOnError: false,
  });
  configureApp(app, {
    viewerDir: options.serveViewer === false ? null : config.viewerDir,
    security: config.security,
  });
  await app.init();
  return app;
}
