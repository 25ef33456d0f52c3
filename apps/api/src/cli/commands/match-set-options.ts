// Parses the repeated `--set name=value` options of `toile match` into a partial parameter object (pure).
// Values read as booleans (`true`/`false`), then numbers, else stay text; the matcher validates them.

export class MatchSetOptionError extends Error {
  override readonly name = 'MatchSetOptionError';
}

export function parseSetValue(text: string): boolean | number | string {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return trimmed;
}

export function parseSetOptions(options: readonly string[]): Record<string, boolean | number | string> {
  const parameters: Record<string, boolean | number | string> = {};
  for (const option of options) {
    const equals = option.indexOf('=');
    const name = equals < 0 ? '' : option.slice(0, equals).trim();
    if (name === '') {
      throw new MatchSetOptionError(`toile match: --set attend nom=valeur (reçu « ${option} »)`);
    }
    parameters[name] = parseSetValue(option.slice(equals + 1));
  }
  return parameters;
}

/** Commander collector for a repeatable option. */
export function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}
