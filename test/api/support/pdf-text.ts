// Text of a PDF, page by page, extracted with pdf2json (pure JavaScript, a fork of PDF.js), for report tests.
// No-break and narrow no-break spaces become plain spaces so French numbers compare simply.

import PDFParser from 'pdf2json';

const PAGE_BREAK = /-+Page \(\d+\) Break-+/u;

export function pdfPages(buffer: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const parser = new PDFParser(null, true);
    parser.on('pdfParser_dataError', (error) => reject('parserError' in error ? error.parserError : error));
    parser.on('pdfParser_dataReady', () => {
      const text = parser.getRawTextContent().replace(/\r\n/gu, '\n');
      const pages = text.split(PAGE_BREAK).map((page) => normaliseSpaces(page).trimStart());
      resolve(pages.slice(0, -1));
    });
    parser.parseBuffer(buffer, 0);
  });
}

export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/gu, ' ');
}
