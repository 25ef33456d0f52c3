// Small field checks shared by the validators: each appends problems to a list and returns the typed value.
// Paths are JSON paths (`$.flows[3].unit`); messages name the field and the reason.

import type { Problem } from '../problem';
import { showValue, typeName } from '../show-value';
import type { ProblemCode } from './problem-codes';

export type JsonObject = Readonly<Record<string, unknown>>;

export class ProblemList {
  readonly items: Problem[] = [];

  add(path: string, code: ProblemCode, reason: string, value?: unknown): void {
    const shown = typeof value === 'object' && value !== null ? undefined : value;
    this.items.push(shown === undefined ? { path, code, reason } : { path, code, reason, value: shown });
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function get(obj: JsonObject, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export interface StringRule {
  readonly required?: boolean;
  readonly maxChars: number;
  readonly pattern?: RegExp;
  readonly patternText?: string;
}

/** A string field: absent (ok unless required), wrong type, too long, or not matching its pattern. */
export function checkString(
  obj: JsonObject,
  key: string,
  path: string,
  rule: StringRule,
  out: ProblemList,
): string | undefined {
  const p = `${path}.${key}`;
  const value = get(obj, key);
  if (value === undefined) {
    if (rule.required === true) out.add(p, 'missing-field', `\`${key}\` is required`);
    return undefined;
  }
  if (typeof value !== 'string') {
    out.add(p, 'wrong-type', `\`${key}\` must be a string, got ${typeName(value)}`, value);
    return undefined;
  }
  if (value.length > rule.maxChars) {
    out.add(
      p,
      'too-long',
      `\`${key}\` is ${value.length} characters long, more than ${rule.maxChars}`,
      value.slice(0, 100),
    );
    return undefined;
  }
  if (rule.pattern !== undefined && !rule.pattern.test(value)) {
    const code: ProblemCode = key === 'id' ? 'bad-id' : 'wrong-type';
    out.add(
      p,
      code,
      `\`${key}\` ${showValue(value)} must match ${rule.patternText ?? rule.pattern.source}`,
      value,
    );
    return undefined;
  }
  return value;
}

export interface NumberRule {
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Exclusive lower bound. */
  readonly above?: number;
  readonly unit?: string;
}

/** A number field: absent (ok unless required), not a finite number, or outside its range. */
export function checkNumber(
  obj: JsonObject,
  key: string,
  path: string,
  rule: NumberRule,
  out: ProblemList,
): number | undefined {
  const p = `${path}.${key}`;
  const value = get(obj, key);
  if (value === undefined) {
    if (rule.required === true) out.add(p, 'missing-field', `\`${key}\` is required`);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const got = typeof value === 'number' ? showValue(value) : typeName(value);
    out.add(p, 'wrong-type', `\`${key}\` must be a finite number, got ${got}`, value);
    return undefined;
  }
  const tooLow =
    (rule.min !== undefined && value < rule.min) || (rule.above !== undefined && value <= rule.above);
  const tooHigh = rule.max !== undefined && value > rule.max;
  if (tooLow || tooHigh) {
    const low = rule.above !== undefined ? `]${rule.above}` : `[${rule.min ?? '-∞'}`;
    const high = rule.max !== undefined ? `${rule.max}]` : '+∞[';
    out.add(
      p,
      'out-of-range',
      `\`${key}\` ${showValue(value)} is outside ${low}, ${high}${rule.unit ?? ''}`,
      value,
    );
    return undefined;
  }
  return value;
}

/** A field restricted to a few string values. */
export function checkEnum<T extends string>(
  obj: JsonObject,
  key: string,
  path: string,
  allowed: readonly T[],
  required: boolean,
  out: ProblemList,
): T | undefined {
  const p = `${path}.${key}`;
  const value = get(obj, key);
  if (value === undefined) {
    if (required) out.add(p, 'missing-field', `\`${key}\` is required (one of ${allowed.join(', ')})`);
    return undefined;
  }
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    out.add(p, 'bad-enum', `\`${key}\` ${showValue(value)} must be one of ${allowed.join(', ')}`, value);
    return undefined;
  }
  return value as T;
}

/** A boolean field, optional. */
export function checkBoolean(
  obj: JsonObject,
  key: string,
  path: string,
  out: ProblemList,
): boolean | undefined {
  const value = get(obj, key);
  if (value === undefined || typeof value === 'boolean') return value;
  out.add(`${path}.${key}`, 'wrong-type', `\`${key}\` must be true or false, got ${typeName(value)}`, value);
  return undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** Reports every key not in `allowed`, suggesting the closest allowed name for a likely typo. */
export function checkUnknownFields(
  obj: JsonObject,
  allowed: readonly string[],
  path: string,
  what: string,
  out: ProblemList,
): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const near =
      key.length > 60 ? undefined : allowed.find((a) => distance(a.toLowerCase(), key.toLowerCase()) <= 2);
    const hint = near === undefined ? '' : ` (did you mean \`${near}\`?)`;
    const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
    out.add(`${path}.${shown}`, 'unknown-field', `\`${shown}\` is not a field of ${what}${hint}`);
  }
}

/** The value of an array field, or undefined (with a problem) when absent-but-required or not an array. */
export function checkArray(
  obj: JsonObject,
  key: string,
  path: string,
  maxItems: number,
  required: boolean,
  out: ProblemList,
): readonly unknown[] | undefined {
  const p = `${path}.${key}`;
  const value = get(obj, key);
  if (value === undefined) {
    if (required) out.add(p, 'missing-field', `\`${key}\` is required (an array, possibly empty)`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    out.add(p, 'wrong-type', `\`${key}\` must be an array, got ${typeName(value)}`, value);
    return undefined;
  }
  if (value.length > maxItems) {
    out.add(p, 'too-many', `\`${key}\` has ${value.length} items, more than ${maxItems}`);
    return undefined;
  }
  return value;
}

export { get as getField };
