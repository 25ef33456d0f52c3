// renderReportPdf: the report model as an A4 PDF in French, in the manner of an ADEME EIT study — cover,
// contents, context, method and assumptions, portfolio, totals, figure of the web, major synergies, unmatched.

import type { ReportModel } from '../report-model';
import { drawCover, drawToc, variantLabel, type TocEntry } from './pdf-cover';
import { drawContext, drawMethod } from './pdf-context-method';
import { chapter, footers, newReportDocument, pdfBuffer, type Doc } from './pdf-layout';
import { byValue, drawFigure, drawPortfolio, drawTotals } from './pdf-portfolio';
import { drawSynergyPage, drawUnmatched, synergyPageTitle } from './pdf-synergy-pages';

export interface PdfOptions {
  /** How many synergies get a page of their own (the most valuable). */
  readonly majorSynergies: number;
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = { majorSynergies: 8 };

export function validatePdfOptions(options: PdfOptions): string[] {
  return Number.isInteger(options.majorSynergies) &&
    options.majorSynergies >= 0 &&
    options.majorSynergies <= 100
    ? []
    : ['majorSynergies: un entier de 0 à 100'];
}

export function resolvePdfOptions(partial: Partial<PdfOptions> = {}): PdfOptions {
  const options = { ...DEFAULT_PDF_OPTIONS, ...partial };
  const reasons = validatePdfOptions(options);
  if (reasons.length > 0)
    throw new RangeError(`@toile/api: options du rapport invalides : ${reasons.join(', ')}`);
  return options;
}

/** The chapter titles, in order (also what the tests look for in the text). */
export const CHAPTER_TITLES = [
  'Contexte du territoire',
  'Méthode et hypothèses',
  'Portefeuille de synergies',
  'Totaux',
  'La toile industrielle',
  'Synergies majeures',
  'Flux sans partenaire et leviers',
] as const;

export async function renderReportPdf(
  model: ReportModel,
  partial: Partial<PdfOptions> = {},
): Promise<Buffer> {
  const options = resolvePdfOptions(partial);
  const doc: Doc = newReportDocument(model.meta.title, variantLabel(model));
  drawCover(doc, model);
  doc.addPage();
  const tocPage = 1;
  const toc: TocEntry[] = [];
  const open = (index: number, landscape = false): void => {
    const title = CHAPTER_TITLES[index];
    toc.push({ title: `${index + 1}. ${title}`, page: chapter(doc, String(index + 1), title, landscape) });
  };
  open(0);
  drawContext(doc, model);
  open(1);
  drawMethod(doc, model);
  open(2);
  drawPortfolio(doc, model);
  open(3);
  drawTotals(doc, model);
  open(4, true);
  drawFigure(doc, model);
  const major = byValue(model).slice(0, options.majorSynergies);
  open(5);
  doc
    .font('regular')
    .fontSize(10)
    .text(
      `Les ${major.length} synergies de plus grande valeur nette annuelle sont présentées chacune sur une page :`,
    );
  doc.moveDown(0.5);
  for (const [i, s] of major.entries()) doc.text(`${i + 1}. ${synergyPageTitle(s)}`, { indent: 10 });
  major.forEach((s, i) => drawSynergyPage(doc, s, i + 1));
  open(6);
  drawUnmatched(doc, model);
  drawToc(doc, tocPage, toc);
  footers(doc, model.meta.title, model.meta.variant === 'public' ? 'Version publique' : 'Version complète');
  return pdfBuffer(doc);
}
