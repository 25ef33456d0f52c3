// fast-check arbitraries of junk JSON values for the malformed-input fuzz: wrong types, huge and NaN-ish
// numbers, unicode, deep nesting, prototype keys, and raw JSON tokens (1e400…) written into the JSON text as is.

import fc from 'fast-check';

/** A token written verbatim into the JSON text (e.g. `1e400`, which JSON.parse reads as Infinity). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may hold RawJson tokens and own `__proto__` keys (kept by JSON.stringify). */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0000raw${raws.length - 1}\u0000`;
    }
    return v;
  });
  return text.replace(/"\\u0000raw(\d+)\\u0000"/gu, (_m, i: string) => raws[Number(i)]);
}

/** An object with an own enumerable key, even `__proto__` (plain assignment would set the prototype). */
export function withOwnKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;

/** An own prototype-pollution key with a polluting payload. */
export const protoEntry: fc.Arbitrary<[string, unknown]> = fc.tuple(
  fc.constantFrom(...PROTO_KEYS),
  fc.constantFrom<unknown>(
    { polluted: 'oui', isAdmin: true },
    { prototype: { polluted: 'oui' } },
    'polluted',
    null,
    [1, 2],
  ),
);

const unicode = fc.constantFrom(
  'é',
  '\u0000',
  '\u202e',
  '\ud800',
  '\udfff',
  '𝕿𝖔𝖎𝖑𝖊',
  '🏭♻️',
  'ﷺ',
  '\u200b',
  '\r\n',
  'Ω≈ç√',
  "'; DROP TABLE sites; --",
  '<script>alert(1)</script>',
  '${7*7}',
  '%00',
  '../..',
);

/** Strings: unicode, control characters, injection-looking text, long strings. */
export const junkString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  unicode,
  fc.tuple(unicode, fc.integer({ min: 1, max: 12_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
);

/** Junk for URL parts: short enough that path and query stay under Node's 16 KiB header limit (else 431). */
export const urlJunk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  unicode,
  fc.tuple(unicode, fc.integer({ min: 1, max: 300 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
);

/** Strings that look like numbers but are not JSON numbers. */
export const nanIshString: fc.Arbitrary<string> = fc.constantFrom(
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '1e400',
  '12',
  '0x10',
  '1,5',
  '',
  ' ',
  'undefined',
  'null',
  '١٢٣',
  '1_000',
);

/** Numbers JSON cannot carry exactly, or that lie outside every sensible range. */
export const hugeNumber: fc.Arbitrary<number | RawJson> = fc.oneof(
  fc.constantFrom<number | RawJson>(
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    -1e300,
    5e-324,
    new RawJson('1e400'),
    new RawJson('-1e400'),
    new RawJson('1e-400'),
    new RawJson('-0'),
    new RawJson('123456789012345678901234567890'),
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => Math.abs(x) > 1e9),
);

/** Nested arrays or objects, up to a depth that would overflow a naive recursive walk. */
export const deepNesting: fc.Arbitrary<RawJson> = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays
      ? new RawJson('['.repeat(depth) + ']'.repeat(depth))
      : new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  );

const small = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  junkString,
);

/** Any JSON value that is not a string (for string fields). */
export const notString: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  hugeNumber,
  fc.array(small, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), small, { maxKeys: 3 }),
  deepNesting,
);

/** Any JSON value that is not a finite number (for number fields). */
export const notNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  nanIshString,
  junkString,
  fc.constant(new RawJson('1e400')),
  fc.constant(new RawJson('-1e400')),
  fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), small, { maxKeys: 3 }),
  deepNesting,
);

/** Any JSON value that is not a boolean. */
export const notBoolean: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('true', 'false', 'oui', 1, 0),
  nanIshString,
  fc.array(fc.boolean(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 6 }), small, { maxKeys: 2 }),
);

/** Any JSON value that is not a plain object (for whole bodies or nested objects). */
export const notObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  hugeNumber,
  junkString,
  fc.array(small, { maxLength: 4 }),
  deepNesting,
);

/** Any JSON value at all, junk included. */
export const anyJunk: fc.Arbitrary<unknown> = fc.oneof(notString, notNumber, junkString);

/** A path segment: lone surrogates (which encodeURIComponent refuses) replaced, then percent-encoded. */
export function encodeSegment(text: string): string {
  return encodeURIComponent(text.replace(/[\ud800-\udfff]/gu, '\ufffd'));
}

/**
 * Identifiers no route should find: bad characters, unicode, dot segments inside a name, encoded slashes,
 * broken percent-encoding, very long. Encoded for a path segment (or on purpose not).
 */
export const badPathId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'a..b',
    '..%2F..%2Fetc%2Fpasswd',
    '%2F',
    'a%2Fb',
    '%5C..%5C',
    '%00',
    '%E0%A4%A',
    '%',
    '%zz',
    '%C0%AE%C0%AE',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '%20',
    'a%3Bb%3Dc',
    "'%20OR%201%3D1",
  ),
  urlJunk.filter((s) => s.length > 0 && s !== '.' && s !== '..').map((s) => encodeSegment(s)),
  fc.integer({ min: 101, max: 6000 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => encodeSegment(`${s}é`)),
);
