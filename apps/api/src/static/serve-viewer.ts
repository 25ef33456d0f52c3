// Serves the built viewer (VIEWER_DIR) at `/`, same origin as the API, with an SPA fallback to index.html
// for page requests outside /api. Without a built viewer, `/` answers a short French page saying so.

import type { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

interface Req {
  method: string;
  path: string;
  accepts(type: string): string | false;
}
interface Res {
  sendFile(path: string, callback: (error?: Error) => void): void;
  status(code: number): Res;
  type(type: string): Res;
  send(body: string): void;
}
type Next = (error?: unknown) => void;

const API_PREFIX = /^\/api(\/|$)/u;

/** True for a GET/HEAD page request outside /api that has no file extension (a client-side route). */
export function isSpaRoute(method: string, path: string, acceptsHtml: boolean): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    acceptsHtml &&
    !API_PREFIX.test(path) &&
    !/\.[^/]+$/u.test(path)
  );
}

const NOT_BUILT_PAGE = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Toile</title>
<p>Le visualiseur n’est pas construit (lancez <code>npm run build</code> depuis la racine du dépôt).
L’API répond : <a href="/api/docs">/api/docs</a>.</p></html>`;

export function serveViewer(app: NestExpressApplication, viewerDir: string, logger: Logger): void {
  const index = join(viewerDir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`Visualiseur introuvable dans ${viewerDir} : seule l’API est servie`);
    app.use((req: Req, res: Res, next: Next) => {
      if (req.path === '/' && isSpaRoute(req.method, req.path, req.accepts('html') !== false)) {
        res.status(200).type('html').send(NOT_BUILT_PAGE);
      } else next();
    });
    return;
  }
  app.useStaticAssets(viewerDir, { index: 'index.html', fallthrough: true, redirect: false });
  app.use((req: Req, res: Res, next: Next) => {
    if (!isSpaRoute(req.method, req.path, req.accepts('html') !== false)) return next();
    res.sendFile(index, (error) => (error ? next(error) : undefined));
  });
}
