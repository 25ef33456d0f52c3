// Safe text of any value for messages: never throws (null-prototype objects, symbols, huge strings).
// Used by validation and conversion messages instead of String(value).

const MAX_CHARS = 60;

export function showValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > MAX_CHARS ? `\`${value.slice(0, MAX_CHARS)}…\`` : `\`${value}\``;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `\`${value.toString()}\``;
    case 'undefined':
      return 'nothing';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return value === null ? '`null`' : Array.isArray(value) ? 'an array' : 'an object';
  }
}

/** JSON type name of a value, for `wrong-type` reasons. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
