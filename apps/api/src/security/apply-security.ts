// Security headers (helmet, with a Content-Security-Policy the viewer works under) and CORS, closed by
// default. Called from configureApp before any route, so every answer — errors included — carries them.

import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { SecuritySettings } from './security-settings';

/** Tile image sources when TILE_ORIGINS is empty: any http(s) host (the viewer's `tileUrl` is chosen at run
 * time). */
const ANY_TILE_HOST: readonly string[] = ['http:', 'https:'];

/** The CSP directives: own scripts only, ForceAtlas2 workers from blob:, images from self/data/blob/tiles. */
export function contentSecurityDirectives(settings: SecuritySettings): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'img-src': [
      "'self'",
      'data:',
      'blob:',
      ...(settings.imageOrigins.length === 0 ? ANY_TILE_HOST : settings.imageOrigins),
    ],
    'connect-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
}

/** Installs helmet and CORS on the app. */
export function applySecurity(app: NestExpressApplication, settings: SecuritySettings): void {
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityDirectives(settings) },
    }),
  );
  app.enableCors({
    origin: settings.corsOrigins.length === 0 ? false : [...settings.corsOrigins],
    methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
  });
}
