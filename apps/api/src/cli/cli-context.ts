// What every command needs from its surroundings: where to write, whether colours are on, and the
// exit codes (0 done, 1 invalid data or failure, 2 wrong usage or configuration).

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface OutputStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

export interface CliContext {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: NodeJS.ProcessEnv;
  setExitCode(code: number): void;
}

export function processContext(): CliContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    setExitCode: (code) => {
      process.exitCode = code;
    },
  };
}

/** Colours only on a terminal, never with NO_COLOR set (https://no-color.org). */
export function colorEnabled(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

/** A mistake in how the command was called (missing option…): reported with exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
