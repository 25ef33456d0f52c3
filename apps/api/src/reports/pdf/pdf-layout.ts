// The report's PDF page furniture on top of pdfkit: A4 pages, the embedded DejaVu fonts (French accents, €),
// colours, headings with bookmarks, paragraphs, key figures, page footers. Writes into a PDFKit document.

import PDFDocument from 'pdfkit';

export const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const BOTTOM = PAGE.height - PAGE.margin - 10;

export const COLORS = {
  primary: '#0B5563',
  accent: '#D55E00',
  text: '#1F2933',
  muted: '#5F6B76',
  rule: '#C9D3DB',
  band: '#E6EFF2',
  zebra: '#F4F7F9',
} as const;

/** Where the fonts come from: the `dejavu-fonts-ttf` package, shipped with the project's dependencies. */
export function fontPath(file: 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf' | 'DejaVuSans-Oblique.ttf'): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
}

export type Doc = PDFKit.PDFDocument;

export function newReportDocument(title: string, subject: string): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: 20, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: title, Subject: subject, Author: 'Toile', Creator: 'Toile (pdfkit)' },
    lang: 'fr-FR',
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont('regular', fontPath('DejaVuSans.ttf'));
  doc.registerFont('bold', fontPath('DejaVuSans-Bold.ttf'));
  doc.registerFont('italic', fontPath('DejaVuSans-Oblique.ttf'));
  doc.font('regular').fontSize(10).fillColor(COLORS.text);
  return doc;
}

/** Renders the document into one buffer. */
export function pdfBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

/** A numbered chapter title on a new page, bookmarked; returns the page index (0-based). */
export function chapter(doc: Doc, number: string, title: string, landscape = false): number {
  if (landscape)
    doc.addPage({
      size: 'A4',
      layout: 'landscape',
      margins: doc.options.margins,
    } as PDFKit.PDFDocumentOptions);
  else doc.addPage();
  const top = doc.y;
  doc.rect(PAGE.margin, top, 6, 26).fill(COLORS.accent);
  doc
    .font('bold')
    .fontSize(18)
    .fillColor(COLORS.primary)
    .text(`${number}. ${title}`, PAGE.margin + 16, top + 2, {
      width: doc.page.width - 2 * PAGE.margin - 16,
    });
  doc.outline.addItem(`${number}. ${title}`);
  doc.moveDown(0.8);
  doc.x = PAGE.margin;
  doc.font('regular').fontSize(10).fillColor(COLORS.text);
  return doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
}

export function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.6);
  doc
    .font('bold')
    .fontSize(12)
    .fillColor(COLORS.primary)
    .text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(10).fillColor(COLORS.text);
}

export function paragraph(
  doc: Doc,
  text: string,
  options: { size?: number; color?: string; italic?: boolean } = {},
): void {
  doc
    .font(options.italic ? 'italic' : 'regular')
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? COLORS.text);
  ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_WIDTH }) + 4);
  doc.text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH, align: 'justify', lineGap: 2 });
  doc.moveDown(0.4);
  doc.font('regular').fillColor(COLORS.text);
}

export function bullets(doc: Doc, items: readonly string[], size = 10): void {
  for (const item of items) {
    doc.font('regular').fontSize(size).fillColor(COLORS.text);
    const height = doc.heightOfString(item, { width: CONTENT_WIDTH - 14 });
    ensureSpace(doc, height + 4);
    const y = doc.y;
    doc.circle(PAGE.margin + 4, y + size * 0.45, 1.8).fill(COLORS.accent);
    doc.fillColor(COLORS.text).text(item, PAGE.margin + 14, y, { width: CONTENT_WIDTH - 14, lineGap: 1.5 });
    doc.moveDown(0.25);
  }
  doc.x = PAGE.margin;
}

/** A box of key figures: value in large type, label under it, `columns` per row. */
export function keyFigures(
  doc: Doc,
  figures: readonly { value: string; label: string }[],
  columns = 3,
): void {
  const gap = 10;
  const width = (CONTENT_WIDTH - gap * (columns - 1)) / columns;
  const height = 62;
  const rows = Math.ceil(figures.length / columns);
  ensureSpace(doc, rows * (height + gap));
  const top = doc.y;
  figures.forEach((figure, i) => {
    const x = PAGE.margin + (i % columns) * (width + gap);
    const y = top + Math.floor(i / columns) * (height + gap);
    doc.roundedRect(x, y, width, height, 4).fill(COLORS.band);
    doc.font('bold').fontSize(15);
    const size = Math.min(15, (15 * (width - 16)) / Math.max(doc.widthOfString(figure.value), 1));
    doc
      .fontSize(size)
      .fillColor(COLORS.primary)
      .text(figure.value, x + 8, y + 10 + (15 - size) / 2, {
        width: width - 16,
        align: 'center',
        lineBreak: false,
      });
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(COLORS.muted)
      .text(figure.label, x + 8, y + 36, { width: width - 16, align: 'center' });
  });
  doc.x = PAGE.margin;
  doc.y = top + rows * (height + gap);
  doc.fillColor(COLORS.text).fontSize(10);
}

/** Footer on every page but the cover: title, variant, page X / N. */
export function footers(doc: Doc, left: string, right: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const y = doc.page.height - 38;
    const width = doc.page.width - 2 * PAGE.margin;
    doc
      .moveTo(PAGE.margin, y - 6)
      .lineTo(PAGE.margin + width, y - 6)
      .lineWidth(0.5)
      .stroke(COLORS.rule);
    doc.font('regular').fontSize(7.5).fillColor(COLORS.muted);
    doc.text(left, PAGE.margin, y, { width: width - 150, lineBreak: false, height: 10, ellipsis: true });
    doc.text(`${right} — page ${i + 1} / ${range.count}`, PAGE.margin, y, {
      width,
      align: 'right',
      lineBreak: false,
      height: 10,
    });
  }
}
