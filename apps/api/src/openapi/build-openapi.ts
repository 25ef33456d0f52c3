// The OpenAPI document of the API, built from the controllers' decorators, and its canonical text
// (keys sorted recursively) as committed in apps/api/openapi.json.

import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_VERSION } from '../version';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Toile API')
    .setDescription(
      'Écologie industrielle et territoriale : territoires, sites, flux (toile.dataset/1), graphe du territoire, ' +
        'calculs de synergies (toile.result/1). Erreurs : { statusCode, code, message, problems[] }.',
    )
    .setVersion(API_VERSION)
    .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** A copy of a JSON value with every object's keys in code-point order (arrays keep their order). */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  return out;
}

/** The committed form: sorted keys, two-space indentation, final newline. */
export function openApiText(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeysDeep(document), null, 2)}\n`;
}
