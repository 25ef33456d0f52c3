// The committed apps/api/openapi.json must be exactly what the code generates now (run `npm run openapi`).
// Also checks the canonical form: keys sorted at every depth, arrays untouched.

import { readFileSync } from 'node:fs';
import { sortKeysDeep } from './build-openapi';
import { generateOpenApiText, OPENAPI_PATH } from './write-openapi';

describe('openapi.json', () => {
  it('is up to date with the controllers (regenerate with `npm run build && npm run openapi`)', async () => {
    const committed = readFileSync(OPENAPI_PATH, 'utf8');
    const fresh = await generateOpenApiText();
    expect(fresh).toBe(committed);
  }, 30_000);

  it('sorts keys recursively and keeps array order', () => {
    const sorted = sortKeysDeep({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } });
    expect(JSON.stringify(sorted)).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
});
