// Prints a list of problems as aligned columns — where (sheet row or CSV line), JSON path, value, reason —
// with ANSI colours only when asked (a terminal). Pure: returns the text.

import type { Problem } from '@toile/flow-model';

const VALUE_CHARS = 40;

export interface ProblemListOptions {
  readonly color: boolean;
  /** The source row of a JSON path (`flows.csv:row 4`), when known. */
  readonly locate?: (path: string) => string | undefined;
}

const ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;

export function paint(text: string, style: keyof typeof ANSI, color: boolean): string {
  return color ? `\x1b[${ANSI[style]}m${text}\x1b[0m` : text;
}

/** A short one-line rendering of a problem's value: strings in « », others as JSON. */
export function showValue(value: unknown): string {
  if (value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = `« ${value} »`;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}…` : text;
}

/** French count: « 1 problème », « 3 problèmes ». */
export function problemCount(count: number): string {
  return `${count} problème${count > 1 ? 's' : ''}`;
}

export function formatProblemList(problems: readonly Problem[], options: ProblemListOptions): string {
  const rows = problems.map((problem) => {
    const where = problem.path.startsWith('$') ? (options.locate?.(problem.path) ?? '') : problem.path;
    const path = problem.path.startsWith('$') ? problem.path : '';
    return [where, path, showValue(problem.value), problem.reason];
  });
  const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
  const styles = ['dim', 'cyan', 'yellow'] as const;
  return rows
    .map((row) => {
      const cells = [0, 1, 2]
        .filter((column) => widths[column] > 0)
        .map((column) => paint(row[column].padEnd(widths[column]), styles[column], options.color));
      return `  ${[...cells, row[3]].join('  ')}\n`;
    })
    .join('');
}
