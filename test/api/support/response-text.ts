// Everything a response shows, as text, to search for canaries: headers, JSON/CSV/GeoJSON/SSE bodies,
// every file inside XLSX and zip archives, and the text of PDFs.

import { unzipSync } from 'fflate';
import type { Response } from 'supertest';
import { pdfPages } from './pdf-text';

/** A supertest parser keeping the raw bytes, whatever the content type (the response is the HTTP stream). */
export function rawBody(res: Response, done: (error: Error | null, body: unknown) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}

function isZip(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** The text of the body (archives unpacked, PDFs parsed), and which kind of body it was. */
export async function bodyText(bytes: Buffer): Promise<{ kind: 'text' | 'zip' | 'pdf'; text: string }> {
  if (isZip(bytes)) {
    const files = unzipSync(new Uint8Array(bytes));
    const text = Object.entries(files)
      .map(([name, content]) => `${name}\n${Buffer.from(content).toString('utf8')}`)
      .join('\n');
    return { kind: 'zip', text };
  }
  if (isPdf(bytes)) return { kind: 'pdf', text: (await pdfPages(bytes)).join('\n') };
  return { kind: 'text', text: bytes.toString('utf8') };
}

/** Headers and body of a response, as one text. */
export async function responseText(res: Response): Promise<{ kind: string; text: string }> {
  const bytes = Buffer.isBuffer(res.body) ? res.body : Buffer.from(JSON.stringify(res.body ?? ''));
  const body = await bodyText(bytes);
  return { kind: body.kind, text: `${JSON.stringify(res.headers)}\n${body.text}` };
}

/** The body parsed as JSON, or undefined. */
export function jsonOf(res: Response): unknown {
  const bytes = Buffer.isBuffer(res.body) ? res.body : undefined;
  if (!bytes) return res.body;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
