// Chapters 3 to 5 of the report: the portfolio of synergies (table), the totals (exactly the run's) with a
// breakdown by family, and the figure of the industrial web with its legend.

import { eurosFr, familyLabelFr, integerFr, numberFr, quantityFr } from '../report-format-fr';
import type { ReportModel, ReportSynergy } from '../report-model';
import { COLORS, PAGE, bullets, heading, keyFigures, paragraph, type Doc } from './pdf-layout';
import { table } from './pdf-table';
import { drawLegend, drawWebFigure } from './web-figure';

export function partnersText(s: ReportSynergy): string {
  if (s.kind === 'substitution' && s.supplier && s.consumer) return `${s.supplier.name} → ${s.consumer.name}`;
  return s.members.map((m) => m.name).join(', ');
}

export function byValue(model: ReportModel): ReportSynergy[] {
  return [...model.synergies].sort(
    (a, b) => b.netValueEurPerYr - a.netValueEurPerYr || a.id.localeCompare(b.id),
  );
}

export function drawPortfolio(doc: Doc, model: ReportModel): void {
  const substitutions = model.synergies.filter((s) => s.kind === 'substitution').length;
  paragraph(
    doc,
    `Le calcul propose ${model.synergies.length} synergies : ${substitutions} substitutions (la sortie d’un site ` +
      `remplace une entrée d’un autre) et ${model.synergies.length - substitutions} mutualisations (collecte, achat ` +
      'ou équipement partagés). Elles sont classées par valeur nette annuelle décroissante.',
  );
  table(
    doc,
    [
      { header: 'N°', width: 0.6 },
      { header: 'Ressource', width: 2 },
      { header: 'Partenaires', width: 4.2 },
      { header: 'Quantité', width: 1.6, align: 'right' },
      { header: 'km', width: 0.7, align: 'right' },
      { header: '€/an', width: 1.5, align: 'right' },
      { header: 'tCO2e/an', width: 1.2, align: 'right' },
    ],
    byValue(model).map((s) => [
      s.id,
      `${s.resourceLabel}${s.kind === 'mutualisation' ? ' (mutualisation)' : ''}`,
      partnersText(s),
      quantityFr(s.quantity, s.unit),
      s.distanceKm === undefined ? '' : numberFr(s.distanceKm),
      integerFr(s.netValueEurPerYr),
      numberFr(s.co2AvoidedTPerYr),
    ]),
    { size: 6.8 },
  );
}

export function totalsFigures(model: ReportModel): { value: string; label: string }[] {
  const t = model.totals;
  return [
    { value: integerFr(t.tonnesPerYr), label: 'tonnes détournées par an (t/an)' },
    { value: integerFr(t.mwhPerYr), label: 'MWh valorisés par an (MWh/an)' },
    { value: integerFr(t.m3PerYr), label: 'm³ d’eau par an (m³/an)' },
    { value: eurosFr(t.netValueEurPerYr), label: 'valeur nette par an (€/an)' },
    { value: integerFr(t.co2AvoidedTPerYr), label: 'tCO2e évitées par an (tCO2e/an)' },
    { value: integerFr(t.synergies), label: 'synergies proposées' },
  ];
}

export function drawTotals(doc: Doc, model: ReportModel): void {
  paragraph(
    doc,
    model.meta.variant === 'public'
      ? 'Totaux des synergies présentées dans cette version publique (les synergies impliquant un flux confidentiel n’y sont pas comptées).'
      : 'Totaux du calcul : sommes des synergies proposées, tonnes, MWh et m³ reçus par les preneurs ou mis en commun.',
  );
  keyFigures(doc, totalsFigures(model));
  heading(doc, 'Par famille de ressources');
  const families = [...new Set(model.synergies.map((s) => s.family))].sort();
  table(
    doc,
    [
      { header: 'Famille', width: 3 },
      { header: 'Synergies', width: 1.3, align: 'right' },
      { header: 'Quantités', width: 2.4, align: 'right' },
      { header: '€/an', width: 1.6, align: 'right' },
      { header: 'tCO2e/an', width: 1.3, align: 'right' },
    ],
    families.map((family) => {
      const list = model.synergies.filter((s) => s.family === family);
      const units = [...new Set(list.map((s) => s.unit))];
      return [
        familyLabelFr(family),
        String(list.length),
        units
          .map((u) =>
            quantityFr(
              list.filter((s) => s.unit === u).reduce((a, s) => a + s.quantity, 0),
              u,
            ),
          )
          .join('\n'),
        integerFr(list.reduce((a, s) => a + s.netValueEurPerYr, 0)),
        integerFr(list.reduce((a, s) => a + s.co2AvoidedTPerYr, 0)),
      ];
    }),
  );
  if (model.meta.variant === 'public') {
    heading(doc, 'Synergies impliquant des données confidentielles');
    if (model.withheld.length > 0)
      table(
        doc,
        [
          { header: 'Famille', width: 3 },
          { header: 'Synergies', width: 1, align: 'right' },
          { header: 'Entreprises', width: 1, align: 'right' },
        ],
        model.withheld.map((w) => [w.label, String(w.synergies), String(w.firms)]),
      );
    bullets(doc, model.confidentialityNotes, 8.5);
  }
}

export function drawFigure(doc: Doc, model: ReportModel): void {
  const width = doc.page.width - 2 * PAGE.margin;
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(COLORS.text)
    .text(
      'Chaque point est un établissement à sa position géographique (projection Web Mercator, nord en haut) ; les ' +
        'zones d’activités sont entourées. Chaque trait est une synergie proposée, colorée par famille de ressource, ' +
        'd’épaisseur croissante avec la quantité échangée (relativement aux synergies de même unité). Les ' +
        'établissements des synergies les plus valorisées sont nommés.',
      PAGE.margin,
      doc.y,
      { width },
    );
  const labelled = new Set(
    byValue(model)
      .slice(0, 8)
      .flatMap((s) =>
        [s.supplier?.siteId, s.consumer?.siteId].filter((id): id is string => id !== undefined),
      ),
  );
  const top = doc.y + 4;
  const height = doc.page.height - 50 - 58 - top;
  drawWebFigure(doc, model, { x: PAGE.margin, y: top, width, height }, labelled);
  drawLegend(doc, PAGE.margin, top + height + 6, width);
  doc.x = PAGE.margin;
}
