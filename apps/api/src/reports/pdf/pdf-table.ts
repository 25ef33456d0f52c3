// A table for the report's PDF: header row on a coloured band (repeated after a page break), zebra rows,
// wrapped cells with per-column width and alignment. Draws into a PDFKit document at the current position.

import { BOTTOM, COLORS, CONTENT_WIDTH, PAGE, type Doc } from './pdf-layout';

export interface TableColumn {
  readonly header: string;
  /** Share of the content width. */
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}

export interface TableOptions {
  readonly size?: number;
  /** Rows drawn in bold (group titles, totals), by index. */
  readonly boldRows?: ReadonlySet<number>;
}

const PAD = 3;

export function table(
  doc: Doc,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): void {
  const size = options.size ?? 8.5;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
  const lefts = widths.map((_, i) => PAGE.margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const rowHeight = (cells: readonly string[], font: string): number => {
    doc.font(font).fontSize(size);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 2 * PAD }))) +
      2 * PAD
    );
  };
  const drawRow = (cells: readonly string[], y: number, font: string, color: string): void => {
    doc.font(font).fontSize(size).fillColor(color);
    cells.forEach((cell, i) => {
      doc.text(cell, lefts[i] + PAD, y + PAD, {
        width: widths[i] - 2 * PAD,
        align: columns[i].align ?? 'left',
        lineGap: 0.5,
      });
    });
  };
  const header = (): void => {
    const cells = columns.map((c) => c.header);
    const height = rowHeight(cells, 'bold');
    const y = doc.y;
    doc.rect(PAGE.margin, y, CONTENT_WIDTH, height).fill(COLORS.primary);
    drawRow(cells, y, 'bold', '#FFFFFF');
    doc.y = y + height;
  };
  if (doc.y + 40 > BOTTOM) doc.addPage();
  header();
  rows.forEach((cells, index) => {
    const font = options.boldRows?.has(index) ? 'bold' : 'regular';
    const height = rowHeight(cells, font);
    if (doc.y + height > BOTTOM) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    if (index % 2 === 1) doc.rect(PAGE.margin, y, CONTENT_WIDTH, height).fill(COLORS.zebra);
    drawRow(cells, y, font, COLORS.text);
    doc.y = y + height;
  });
  doc
    .moveTo(PAGE.margin, doc.y)
    .lineTo(PAGE.margin + CONTENT_WIDTH, doc.y)
    .lineWidth(0.5)
    .stroke(COLORS.rule);
  doc.x = PAGE.margin;
  doc.moveDown(0.6);
  doc.font('regular').fontSize(10).fillColor(COLORS.text);
}
