// The aligned problem list of `toile validate`: columns line up, values are shortened, colours appear only
// when asked, and file problems (no JSON path) print their location alone.

import { formatProblemList, problemCount, showValue } from './problem-list';

const PROBLEMS = [
  { path: '$.flows[0].unit', code: 'bad-unit', value: 't/an/x', reason: 'unit unknown' },
  { path: '$.sites[12].lat', code: 'wrong-type', value: 'abc', reason: 'lat must be a number' },
  { path: '$.territory', code: 'missing', reason: 'territory missing' },
];

const locate = (path: string): string | undefined =>
  ({ '$.flows[0].unit': 'flows.csv:row 2', '$.sites[12].lat': 'sites.csv:row 14' })[path];

describe('problem list', () => {
  it('aligns where, path, value and reason', () => {
    const lines = formatProblemList(PROBLEMS, { color: false, locate }).trimEnd().split('\n');
    expect(lines).toEqual([
      '  flows.csv:row 2   $.flows[0].unit  « t/an/x »  unit unknown',
      '  sites.csv:row 14  $.sites[12].lat  « abc »     lat must be a number',
      '                    $.territory                  territory missing',
    ]);
  });

  it('colours only when asked', () => {
    expect(formatProblemList(PROBLEMS, { color: false, locate })).not.toContain('\x1b[');
    expect(formatProblemList(PROBLEMS, { color: true, locate })).toContain('\x1b[36m$.flows[0].unit');
  });

  it('prints file problems by their location', () => {
    const text = formatProblemList(
      [{ path: 'sites:column C', code: 'unknown-column', value: 'x', reason: 'inconnue' }],
      {
        color: false,
      },
    );
    expect(text).toBe('  sites:column C  « x »  inconnue\n');
  });

  it('shortens long values and counts in French', () => {
    expect(showValue('a'.repeat(100))).toHaveLength(40);
    expect(showValue({ value: 1 })).toBe('{"value":1}');
    expect(showValue('deux\nlignes')).toBe('« deux lignes »');
    expect(problemCount(1)).toBe('1 problème');
    expect(problemCount(3)).toBe('3 problèmes');
  });
});
