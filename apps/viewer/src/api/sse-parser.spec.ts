// Unit tests of the server-sent events parser: events split across chunks, CRLF, comments, multi-line data.

import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('returns the data of complete events only, whatever the chunking', () => {
    const stream = 'data: {"status":"running","progress":0.5}\n\n: keep-alive\n\ndata: {"status":"done"}\n\n';
    const whole = new SseParser().push(stream);
    expect(whole).toEqual(['{"status":"running","progress":0.5}', '{"status":"done"}']);
    for (const size of [1, 2, 3, 7, 13]) {
      const parser = new SseParser();
      const events: string[] = [];
      for (let i = 0; i < stream.length; i += size) events.push(...parser.push(stream.slice(i, i + size)));
      expect(events).toEqual(whole);
    }
  });

  it('handles CRLF and CR line ends, multi-line data, other fields and an event left open', () => {
    const parser = new SseParser();
    expect(parser.push('id: 1\r\nevent: message\r\ndata: a\r\ndata:b\r\n\r')).toEqual([]);
    expect(parser.push('\ndata: c\r\rdata: open')).toEqual(['a\nb', 'c']);
    expect(parser.push('\n')).toEqual([]);
  });
});
