// An incremental parser of a text/event-stream body (WHATWG HTML, server-sent events): fed decoded chunks,
// it returns the `data` of each complete event. The viewer reads the match-run stream with fetch (which can
// send the Authorization header, unlike EventSource) and hands the chunks to this parser.

export class SseParser {
  private buffer = '';
  private data: string[] = [];

  /** Feeds a decoded chunk; returns the data of the events it completes, in order. */
  push(chunk: string): string[] {
    this.buffer += chunk;
    const events: string[] = [];
    let end: number;
    while ((end = this.lineEnd()) >= 0) {
      const line = this.buffer.slice(0, end);
      const next = this.buffer[end] === '\r' && this.buffer[end + 1] === '\n' ? end + 2 : end + 1;
      this.buffer = this.buffer.slice(next);
      if (line === '') {
        if (this.data.length > 0) events.push(this.data.join('\n'));
        this.data = [];
        continue;
      }
      if (line.startsWith(':')) continue; // comment (keep-alive)
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') this.data.push(value);
    }
    return events;
  }

  /** Index of the first line ending in the buffer; a lone trailing '\r' waits for a possible '\n'. */
  private lineEnd(): number {
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c === '\n') return i;
      if (c === '\r') return i + 1 < this.buffer.length ? i : -1;
    }
    return -1;
  }
}
