// Chapters 6 and 7 of the report: one page per major synergy (partners, resource, quantity, distance, value
// breakdown, CO2, explanation, limits) and the flows left without a partner with what would unlock them.

import { eurosFr, familyLabelFr, numberFr, quantityFr, transportLabelFr } from '../report-format-fr';
import { neutralReasonFr } from '../unmatched-levers';
import type { ReportModel, ReportSynergy } from '../report-model';
import { COLORS, CONTENT_WIDTH, PAGE, heading, keyFigures, paragraph, type Doc } from './pdf-layout';
import { table } from './pdf-table';
import { partnersText } from './pdf-portfolio';

const BREAKDOWN_FR: Readonly<Record<string, string>> = {
  avoidedDisposal: 'Élimination évitée',
  avoidedPurchase: 'Achat évité',
  transport: 'Transport',
  conversion: 'Conversion',
  carbon: 'Prix du carbone',
};

const LIMIT_FR: Readonly<Record<string, string>> = {
  demand: 'le besoin du preneur, entièrement couvert',
  supply: 'le gisement du fournisseur, entièrement utilisé',
  competition: 'le partage avec d’autres synergies plus rentables',
  both: 'le gisement et le besoin, tous deux épuisés',
};

export function synergyPageTitle(s: ReportSynergy): string {
  return `Synergie ${s.id} — ${s.resourceLabel}`;
}

export function drawSynergyPage(doc: Doc, s: ReportSynergy, rank: number): void {
  doc.addPage();
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(COLORS.muted)
    .text(`Synergie majeure n° ${rank}`, PAGE.margin, PAGE.margin);
  doc.font('bold').fontSize(15).fillColor(COLORS.primary).text(synergyPageTitle(s), { width: CONTENT_WIDTH });
  doc.outline.addItem(synergyPageTitle(s));
  doc.font('regular').fontSize(10).fillColor(COLORS.text).text(partnersText(s), { width: CONTENT_WIDTH });
  doc.moveDown(0.8);
  keyFigures(doc, [
    { value: quantityFr(s.quantity, s.unit), label: 'quantité échangée' },
    { value: `${eurosFr(s.netValueEurPerYr)}`, label: 'valeur nette par an' },
    {
      value: `${numberFr(Math.abs(s.co2AvoidedTPerYr))} tCO2e`,
      label: s.co2AvoidedTPerYr >= 0 ? 'évitées par an' : 'émises en plus par an (transport)',
    },
  ]);
  heading(doc, 'Fiche');
  const rows: string[][] = [
    ['Type', s.kind === 'substitution' ? 'Substitution' : 'Mutualisation'],
    ['Ressource', `${s.resourceLabel} (${familyLabelFr(s.family)})`],
  ];
  if (s.supplier) rows.push(['Fournisseur', `${s.supplier.name} — flux ${s.supplier.flowId}`]);
  if (s.consumer) rows.push(['Preneur', `${s.consumer.name} — flux ${s.consumer.flowId}`]);
  if (s.members.length > 0) rows.push(['Membres', s.members.map((m) => m.name).join(', ')]);
  if (s.distanceKm !== undefined) rows.push(['Distance', `${numberFr(s.distanceKm)} km`]);
  const transport = transportLabelFr(s.transport);
  if (transport) rows.push(['Transport', transport]);
  if (s.ruleLabel) rows.push(['Règle de compatibilité', s.ruleLabel]);
  if (s.limitedBy) rows.push(['Ce qui limite la quantité', LIMIT_FR[s.limitedBy] ?? s.limitedBy]);
  table(
    doc,
    [
      { header: 'Élément', width: 1.4 },
      { header: 'Valeur', width: 4 },
    ],
    rows,
    { size: 8.5 },
  );
  if (s.breakdown) {
    const unit = s.unit.replace('/yr', '').replace('m3', 'm³');
    const parts = Object.entries(s.breakdown).filter(([, v]) => Number.isFinite(v) && v !== 0);
    if (parts.length > 0) {
      heading(doc, `Décomposition de la valeur (par ${unit} fourni)`);
      table(
        doc,
        [
          { header: 'Poste', width: 3 },
          { header: `€ par ${unit}`, width: 1.5, align: 'right' },
        ],
        parts.map(([key, value]) => [BREAKDOWN_FR[key] ?? key, numberFr(value)]),
        { size: 8.5 },
      );
    }
  }
  heading(doc, 'Explication du calcul');
  paragraph(doc, s.explanation, { size: 9 });
  heading(doc, 'Limites et points à vérifier');
  paragraph(
    doc,
    'Piste issue des déclarations et des hypothèses de la partie « Méthode et hypothèses » : à confirmer avec les ' +
      'entreprises (qualité réelle, régularité, statut réglementaire — déchet, sous-produit, sortie du statut de ' +
      'déchet —, investissements, contrat). Les quantités et valeurs sont annuelles et hors subventions.',
    { size: 9 },
  );
}

export function drawUnmatched(doc: Doc, model: ReportModel): void {
  paragraph(
    doc,
    `${model.unmatched.length} flux n’ont pas de partenaire dans ce calcul. Le tableau de synthèse donne, pour chaque ` +
      'raison, ce qui permettrait de débloquer ces flux ; la liste détaillée suit.',
  );
  const codes = [...new Set(model.unmatched.map((u) => u.code ?? '—'))];
  table(
    doc,
    [
      { header: 'Raison', width: 2.2 },
      { header: 'Flux', width: 0.6, align: 'right' },
      { header: 'Leviers', width: 5 },
    ],
    codes.map((code) => {
      const list = model.unmatched.filter((u) => (u.code ?? '—') === code);
      return [neutralReasonFr(list[0].code), String(list.length), list[0].lever];
    }),
    { size: 8 },
  );
  heading(doc, 'Liste des flux sans partenaire');
  table(
    doc,
    [
      { header: 'Site', width: 2.2 },
      { header: 'Flux', width: 2.4 },
      { header: 'Sens', width: 0.8 },
      { header: 'Quantité', width: 1.5, align: 'right' },
      { header: 'Raison', width: 3.4 },
    ],
    model.unmatched.map((u) => [
      u.siteName,
      u.label,
      u.direction === 'output' ? 'sortie' : u.direction === 'input' ? 'entrée' : '?',
      u.quantity === undefined ? '' : quantityFr(u.quantity, u.unit ?? ''),
      u.reason,
    ]),
    { size: 6.8 },
  );
}
