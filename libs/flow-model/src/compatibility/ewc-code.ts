// Parses a European List of Waste code as written by people (`10 01 05`, `100105`, `10 01 05*`)
// into its six digits and whether it carries the hazardous star. Pure; no table lookup.

export interface ParsedEwcCode {
  /** Six digits, no spaces (`100105`). */
  readonly code: string;
  /** True when the text carries the `*` of a hazardous entry. */
  readonly starred: boolean;
}

/** The parsed code, or undefined when the text is not six digits (spaces and one trailing `*` allowed). */
export function parseEwcCode(text: string): ParsedEwcCode | undefined {
  const trimmed = text.trim();
  const starred = trimmed.endsWith('*');
  const digits = (starred ? trimmed.slice(0, -1) : trimmed).replace(/[\s.]/g, '');
  return /^\d{6}$/.test(digits) ? { code: digits, starred } : undefined;
}

/** The six digits of a code, or undefined (shorthand of parseEwcCode). */
export function ewcDigits(text: string | undefined): string | undefined {
  return text === undefined ? undefined : parseEwcCode(text)?.code;
}
