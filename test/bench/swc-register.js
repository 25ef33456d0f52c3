// Lets `node -r ./test/bench/swc-register.js file.ts` run the TypeScript benchmarks straight from the sources:
// .ts files are compiled on load by @swc/core (already a dev dependency), @toile/* packages map to their src.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..', '..');
const packages = {
  '@toile/flow-model': path.join(root, 'libs/flow-model/src/index.ts'),
  '@toile/matcher': path.join(root, 'libs/matcher/src/index.ts'),
  '@toile/seeds': path.join(root, 'seeds/src/index.ts'),
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (packages[request]) return packages[request];
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (error) {
    // Extension-less relative imports of .ts files.
    if (request.startsWith('.') && parent && parent.filename) {
      for (const candidate of [`${request}.ts`, `${request}/index.ts`]) {
        const file = path.resolve(path.dirname(parent.filename), candidate);
        if (fs.existsSync(file)) return file;
      }
    }
    throw error;
  }
};

require.extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
