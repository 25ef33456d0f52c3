// The JSON depth limit: nesting counted outside strings only, and the body-parser hook refusing deeper bodies.

import { jsonDepthOf, MAX_JSON_DEPTH, verifyJsonDepth } from './json-depth';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('jsonDepthOf', () => {
  it('counts objects and lists, not brackets inside strings or escaped quotes', () => {
    expect(jsonDepthOf(bytes('1'))).toBe(0);
    expect(jsonDepthOf(bytes('{"a":[1,{"b":[]}]}'))).toBe(4);
    expect(jsonDepthOf(bytes('{"a":"[[[{{{","b":"\\"[[["}'))).toBe(1);
  });

  it('stops scanning one level past the limit', () => {
    expect(jsonDepthOf(bytes('['.repeat(10_000)), 5)).toBe(6);
  });
});

describe('verifyJsonDepth', () => {
  it('accepts a body at the limit and refuses one level deeper', () => {
    const at = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(() => verifyJsonDepth(null, null, bytes(at))).not.toThrow();
    expect(() => verifyJsonDepth(null, null, bytes(`[${at}]`))).toThrow(/trop imbriqué/u);
  });
});
