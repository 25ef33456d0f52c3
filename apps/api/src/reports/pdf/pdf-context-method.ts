// Chapters 1 and 2 of the report: the territory's context (zones, sites by NACE section, declared flows by
// family) and the method with every assumption, its value, unit and source.

import { integerFr } from '../report-format-fr';
import type { ReportModel, Secret } from '../report-model';
import { bullets, heading, paragraph, type Doc } from './pdf-layout';
import { table } from './pdf-table';

const SECRET = 's';

const ZONE_KINDS_FR: Readonly<Record<string, string>> = {
  zae: 'ZAE',
  epci: 'EPCI',
  'territoire-industrie': 'Territoire d’industrie',
  region: 'Région',
  port: 'Zone portuaire',
  platform: 'Plateforme industrielle',
};

function zoneKindFr(kind: string | undefined): string {
  return kind === undefined ? '' : (ZONE_KINDS_FR[kind] ?? kind);
}

function count(value: Secret<number>): string {
  return value === 'secret' ? SECRET : integerFr(value);
}

function quantities(value: Secret<Readonly<Record<string, number>>>): string {
  if (value === 'secret') return SECRET;
  const parts = (['t/yr', 'MWh/yr', 'm3/yr'] as const)
    .filter((unit) => (value[unit] ?? 0) > 0)
    .map((unit) => `${integerFr(value[unit])} ${unit.replace('/yr', '/an').replace('m3', 'm³')}`);
  return parts.length > 0 ? parts.join('\n') : '—';
}

export function drawContext(doc: Doc, model: ReportModel): void {
  paragraph(
    doc,
    `Le territoire « ${model.meta.territoryName} » compte ${model.zones.length} zones d’activités, ${model.siteCount} ` +
      `établissements et ${model.flowCount} flux déclarés (ressources entrantes, sortantes, déchets, chaleur fatale, ` +
      'hydrogène). Les quantités sont ramenées à l’unité de référence de chaque ressource, par an.',
  );
  if (model.meta.variant === 'public') bullets(doc, model.confidentialityNotes, 8.5);
  heading(doc, 'Zones d’activités');
  table(
    doc,
    [
      { header: 'Zone', width: 5 },
      { header: 'Type', width: 2 },
      { header: 'Sites', width: 1, align: 'right' },
    ],
    model.zones.map((z) => [z.name, zoneKindFr(z.kind), count(z.sites)]),
    { size: 8 },
  );
  heading(doc, 'Établissements par section d’activité (NAF rév. 2)');
  table(
    doc,
    [
      { header: 'Section', width: 0.8 },
      { header: 'Activité', width: 6 },
      { header: 'Sites', width: 1, align: 'right' },
    ],
    model.sections.map((s) => [s.section, s.label, count(s.sites)]),
    { size: 8 },
  );
  heading(doc, 'Flux déclarés par famille de ressources');
  table(
    doc,
    [
      { header: 'Famille', width: 2.4 },
      { header: 'Sorties', width: 0.9, align: 'right' },
      { header: 'Quantités sortantes', width: 2.2, align: 'right' },
      { header: 'Entrées', width: 0.9, align: 'right' },
      { header: 'Quantités entrantes', width: 2.2, align: 'right' },
    ],
    model.families.map((f) => [
      f.label,
      count(f.outputs),
      quantities(f.outputQuantities),
      count(f.inputs),
      quantities(f.inputQuantities),
    ]),
    { size: 8 },
  );
  if (model.meta.variant === 'public')
    paragraph(doc, '« s » : secret statistique (moins de 3 entreprises concernées).', {
      size: 8,
      italic: true,
    });
}

export function drawMethod(doc: Doc, model: ReportModel): void {
  paragraph(
    doc,
    'Les synergies sont proposées par un programme linéaire qui apparie les ressources sortantes des sites aux ' +
      'besoins des autres, dans le respect des règles de compatibilité (même ressource, règle de substitution, ' +
      'température, pureté, code déchet accepté), des distances maximales et des quantités déclarées. Chaque prix, ' +
      'coût et facteur d’émission utilisé est listé ci-dessous avec sa source ; une valeur « fixée pour ce calcul » a ' +
      'été choisie par l’animateur. Drapeaux des sources : V vérifié, R repris de la littérature, D dérivé.',
  );
  heading(doc, 'Modèle');
  bullets(doc, model.model, 9);
  const groups = [...new Set(model.assumptions.map((a) => a.group))];
  for (const group of groups) {
    heading(doc, `Hypothèses — ${group}`);
    table(
      doc,
      [
        { header: 'Paramètre', width: 2.6 },
        { header: 'Valeur', width: 1.1, align: 'right' },
        { header: 'Unité', width: 1.3 },
        { header: 'Source', width: 5 },
      ],
      model.assumptions.filter((a) => a.group === group).map((a) => [a.name, a.value, a.unit, a.source]),
      { size: 7.2 },
    );
  }
}
