// configureApp: everything that makes the HTTP application what it is — /api prefix, body limits, the one
// ValidationPipe, the one exception filter, OpenAPI at /api/docs, the viewer at `/`. Used by main.ts and e2e tests.

import { Logger, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { actorContextMiddleware } from './auth/request-actor';
import type { AppConfig } from './config/app-config';
import { verifyJsonDepth } from './common/json-depth';
import { writeGenerationMiddleware } from './common/write-generation';
import { BODY_LIMITS, MEDIA_TYPES, ZIP_MEDIA_TYPES } from './common/media-types';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { validationExceptionFactory } from './errors/validation-problems';
import { buildOpenApiDocument } from './openapi/build-openapi';
import { applySecurity } from './security/apply-security';
import { DEFAULT_SECURITY_SETTINGS, type SecuritySettings } from './security/security-settings';
import { serveViewer } from './static/serve-viewer';

export const API_PREFIX = 'api';

/**
 * Installs the API's cross-cutting behaviour on an app created with `bodyParser: false`; call before `init()`
 * or `listen()`. `viewerDir` null (tests, OpenAPI script) skips the static viewer.
 */
export function configureApp(
  app: NestExpressApplication,
  config: (Pick<AppConfig, 'viewerDir'> | { viewerDir: null }) & { readonly security?: SecuritySettings },
): void {
  applySecurity(app, config.security ?? DEFAULT_SECURITY_SETTINGS);
  app.use(actorContextMiddleware);
  app.use(writeGenerationMiddleware);
  app.setGlobalPrefix(API_PREFIX);
  app.useBodyParser('json', { limit: BODY_LIMITS.jsonBytes, verify: verifyJsonDepth });
  app.useBodyParser('raw', { type: [MEDIA_TYPES.xlsx, ...ZIP_MEDIA_TYPES], limit: BODY_LIMITS.uploadBytes });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ApiExceptionFilter());
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
  if (config.viewerDir !== null) serveViewer(app, config.viewerDir, new Logger('Viewer'));
}
