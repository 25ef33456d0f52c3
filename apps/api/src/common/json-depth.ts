// A limit on the nesting depth of JSON request bodies, checked on the raw bytes before parsing: a deeper body
// is refused (400 malformed-body) instead of overflowing the stack of class-transformer in the ValidationPipe.

/** Deepest nesting a JSON body may have; a toile.dataset/1 document needs under 10 levels. */
export const MAX_JSON_DEPTH = 64;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of `{` and `[` outside strings, scanning no further than one level past `limit`. */
export function jsonDepthOf(raw: Uint8Array, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i += 1) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return deepest;
}

/** body-parser `verify` hook: throws (→ 400 malformed-body) when the body nests deeper than MAX_JSON_DEPTH. */
export function verifyJsonDepth(_req: unknown, _res: unknown, raw: Buffer): void {
  if (jsonDepthOf(raw, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new Error(`corps JSON trop imbriqué : plus de ${MAX_JSON_DEPTH} niveaux d’objets ou de listes`);
  }
}
