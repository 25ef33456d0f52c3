// Entry of the `toile` command line (apps/api/bin/toile.js requires the built dist/cli/main.js and calls run).
// Also runnable directly: `node apps/api/dist/cli/main.js validate file.xlsx`.

import { run } from './program';

export { run };

if (require.main === module) {
  run(process.argv).catch((error: unknown) => {
    process.stderr.write(
      `toile : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
