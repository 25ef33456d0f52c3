// Writes apps/api/openapi.json: the OpenAPI document with sorted keys, from an app on an in-memory database.
// Run `npm run openapi` (after the build); a jest test fails when the committed file is out of date.

import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { buildOpenApiDocument, openApiText } from './build-openapi';

/** apps/api/openapi.json, from src/openapi or dist/openapi alike. */
export const OPENAPI_PATH = join(__dirname, '..', '..', 'openapi.json');

/** The canonical OpenAPI text of the API as it is now. */
export async function generateOpenApiText(): Promise<string> {
  const config = loadConfig({ DATABASE_PATH: ':memory:', SEED_DEMO: 'false' });
  const app = await createApp(config, { serveViewer: false, logger: false });
  try {
    return openApiText(buildOpenApiDocument(app));
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  generateOpenApiText()
    .then((text) => {
      writeFileSync(OPENAPI_PATH, text);
      console.log(`OpenAPI écrit dans ${OPENAPI_PATH}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
