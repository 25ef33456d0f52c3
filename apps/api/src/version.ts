// The API's version, read once from its package.json (the same file from src/ in tests and dist/ at run time).
// Shown by GET /api/health and in the OpenAPI document.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const API_VERSION: string = (
  JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;
