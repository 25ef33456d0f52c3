// The cover page (title, territory, date, run, parameters, fictional-data and confidentiality statements)
// and the table of contents, filled in once the chapters' pages are known.

import { dateFr } from '../report-format-fr';
import type { ReportModel } from '../report-model';
import { COLORS, CONTENT_WIDTH, PAGE, type Doc } from './pdf-layout';

export function variantLabel(model: ReportModel): string {
  return model.meta.variant === 'public'
    ? 'Version publique — données confidentielles anonymisées ou agrégées'
    : 'Version complète — diffusion restreinte aux animateurs du territoire';
}

export function drawCover(doc: Doc, model: ReportModel): void {
  const { meta } = model;
  doc.rect(0, 0, PAGE.width, 250).fill(COLORS.primary);
  doc.rect(0, 250, PAGE.width, 6).fill(COLORS.accent);
  doc
    .font('regular')
    .fontSize(11)
    .fillColor('#CFE3E8')
    .text('ÉCOLOGIE INDUSTRIELLE ET TERRITORIALE', PAGE.margin, 70, { characterSpacing: 1.5 });
  doc
    .font('bold')
    .fontSize(24)
    .fillColor('#FFFFFF')
    .text('Étude d’écologie industrielle et territoriale', PAGE.margin, 100, { width: CONTENT_WIDTH });
  doc.font('regular').fontSize(15).text(`— ${meta.territoryName}`, { width: CONTENT_WIDTH });
  doc.fillColor(COLORS.text).font('regular').fontSize(10.5);
  let y = 290;
  const line = (label: string, value: string) => {
    doc.font('bold').fillColor(COLORS.muted).text(label, PAGE.margin, y, { width: 130 });
    doc
      .font('regular')
      .fillColor(COLORS.text)
      .text(value, PAGE.margin + 135, y, { width: CONTENT_WIDTH - 135 });
    y = doc.y + 6;
  };
  line('Territoire', `${meta.territoryName} (${meta.territoryId})`);
  line('Date du calcul', dateFr(meta.date));
  line('Calcul', meta.runId ?? 'calcul fait pour ce rapport');
  line('Statut', meta.status === 'optimal' ? 'optimum exact du programme linéaire' : meta.status);
  line(
    'Périmètre',
    `${model.zones.length} zones, ${model.siteCount} sites, ${model.flowCount} flux déclarés`,
  );
  line('Diffusion', variantLabel(model));
  y += 8;
  doc.font('bold').fontSize(10.5).fillColor(COLORS.primary).text('Paramètres du calcul', PAGE.margin, y);
  doc.font('regular').fontSize(9).fillColor(COLORS.text);
  for (const text of model.parameterSummary)
    doc.text(`• ${text}`, PAGE.margin + 8, doc.y + 2, { width: CONTENT_WIDTH - 8 });
  if (meta.fictional) {
    const boxY = doc.y + 18;
    doc.roundedRect(PAGE.margin, boxY, CONTENT_WIDTH, 62, 4).fill('#FFF4E5');
    doc.rect(PAGE.margin, boxY, 4, 62).fill(COLORS.accent);
    doc
      .font('bold')
      .fontSize(10)
      .fillColor(COLORS.accent)
      .text('Données fictives', PAGE.margin + 14, boxY + 10);
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(COLORS.text)
      .text(
        'Les entreprises, SIRET, quantités et prix de ce territoire sont inventés pour la démonstration ; seuls les ' +
          'lieux sont réels. Ce document ne décrit aucune entreprise existante.',
        PAGE.margin + 14,
        boxY + 26,
        { width: CONTENT_WIDTH - 28 },
      );
  }
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(COLORS.muted)
    .text(
      'Rapport produit par Toile, plateforme ouverte d’écologie industrielle et territoriale. Les synergies proposées ' +
        'sont des pistes calculées à partir des déclarations : elles restent à étudier avec les entreprises.',
      PAGE.margin,
      PAGE.height - 100,
      { width: CONTENT_WIDTH },
    );
}

export interface TocEntry {
  readonly title: string;
  readonly page: number;
}

/** Writes the table of contents on page `pageIndex` (already added, left empty). */
export function drawToc(doc: Doc, pageIndex: number, entries: readonly TocEntry[]): void {
  doc.switchToPage(pageIndex);
  doc.font('bold').fontSize(18).fillColor(COLORS.primary).text('Sommaire', PAGE.margin, PAGE.margin);
  let y = PAGE.margin + 44;
  for (const entry of entries) {
    doc
      .font('regular')
      .fontSize(11)
      .fillColor(COLORS.text)
      .text(entry.title, PAGE.margin, y, { width: CONTENT_WIDTH - 40, lineBreak: false });
    doc.text(String(entry.page + 1), PAGE.margin, y, {
      width: CONTENT_WIDTH,
      align: 'right',
      lineBreak: false,
    });
    doc
      .moveTo(PAGE.margin, y + 15)
      .lineTo(PAGE.width - PAGE.margin, y + 15)
      .lineWidth(0.3)
      .dash(1, { space: 2 })
      .stroke(COLORS.rule);
    doc.undash();
    y += 24;
  }
}
