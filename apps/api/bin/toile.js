#!/usr/bin/env node
// The `toile` command: runs the built command line (../dist/cli/main.js), or says how to build it.
'use strict';

const { existsSync } = require('node:fs');
const { join } = require('node:path');

const main = join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!existsSync(main)) {
  process.stderr.write(
    `toile : la commande n’est pas construite (${main} est absent).\n` +
      'Lancez « npm run build » à la racine du dépôt (« npm ci » le fait aussi), puis réessayez.\n',
  );
  process.exit(1);
}
require(main)
  .run(process.argv)
  .catch((error) => {
    process.stderr.write(`toile : ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
