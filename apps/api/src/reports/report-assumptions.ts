// The method-and-assumptions part of a report, read from a result's `assumptions`: every scalar parameter
// (value, unit, source), the per-resource factors and prices with their sources, and the model's sentences.

import { AVOIDED_CO2_DEFAULTS, DEFAULT_MATCH_PARAMETERS, PURCHASE_PRICE_DEFAULTS } from '@toile/matcher';
import { getResource } from '@toile/flow-model';
import type { AssumptionRow } from './report-model';
import { exactFr, unitFr } from './report-format-fr';

const GROUPS: readonly (readonly [RegExp, string])[] = [
  [/^(road|maxRoadKm)/u, 'Transport routier'],
  [/^(h2|hydrogen|minPurifiable)/u, 'Hydrogène'],
  [/^(heatPipe|steamPipe|waterPipe|gasPipe|compressedAir|electricityGrid|electricityMaxKm)/u, 'Réseaux'],
  [/^(heatPump|deltaT|boiler|chiller)/u, 'Chaleur'],
  [/^(gasPurification|gasCompression)/u, 'Gaz industriels'],
  [/(Price|Co2T)/u, 'Énergie et carbone'],
  [/(Disposal|discount|Lifetime)/u, 'Économie'],
];

function groupOf(name: string): string {
  return GROUPS.find(([pattern]) => pattern.test(name))?.[1] ?? 'Calcul et mutualisation';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueText(value: unknown): string {
  if (typeof value === 'number') return exactFr(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return String(value);
}

function resourceLabel(key: string): string {
  return getResource(key)?.labelFr.replace(/\s*\(.*\)\s*$/u, '') ?? key;
}

function mapRows(
  map: unknown,
  group: string,
  unitOf: (key: string) => string,
  sourceOf: (key: string, value: number) => string,
): AssumptionRow[] {
  if (!isRecord(map)) return [];
  return Object.entries(map)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([key, value]) => ({
      group,
      name: resourceLabel(key),
      value: exactFr(value),
      unit: unitOf(key),
      source: sourceOf(key, value),
    }));
}

function canonical(key: string): string {
  return (getResource(key)?.canonicalUnit ?? 't/yr').replace('/yr', '');
}

/** Every parameter, factor and price the run used, with its source (`valeur fixée pour ce calcul` when set). */
export function assumptionRows(assumptions: Readonly<Record<string, unknown>>): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  const scalars = isRecord(assumptions.parameters) ? assumptions.parameters : {};
  for (const [name, entry] of Object.entries(scalars)) {
    if (!isRecord(entry)) continue;
    rows.push({
      group: groupOf(name),
      name,
      value: valueText(entry.value),
      unit: unitFr(String(entry.unit ?? '')),
      source: String(entry.source ?? ''),
      ...(typeof entry.meaning === 'string' ? { meaning: entry.meaning } : {}),
    });
  }
  const fixed = 'valeur fixée pour ce calcul';
  rows.push(
    ...mapRows(
      assumptions.avoidedCo2TPerUnit,
      'Émissions évitées par ressource',
      (k) => `tCO2e/${unitFr(canonical(k))}`,
      (k, v) => (AVOIDED_CO2_DEFAULTS[k]?.value === v ? AVOIDED_CO2_DEFAULTS[k].source : fixed),
    ),
    ...mapRows(
      assumptions.purchasePriceEurPerUnit,
      'Prix d’achat par défaut',
      (k) => `€/${unitFr(canonical(k))}`,
      (k, v) => (PURCHASE_PRICE_DEFAULTS[k]?.value === v ? PURCHASE_PRICE_DEFAULTS[k].source : fixed),
    ),
    ...mapRows(
      assumptions.disposalCostEurPerUnit,
      'Coûts d’élimination fixés',
      (k) => `€/${unitFr(canonical(k))}`,
      () => fixed,
    ),
  );
  return rows;
}

export function modelSentences(assumptions: Readonly<Record<string, unknown>>): string[] {
  const model = Array.isArray(assumptions.model)
    ? assumptions.model.filter((s) => typeof s === 'string')
    : [];
  const solve =
    isRecord(assumptions.solve) && typeof assumptions.solve.method === 'string'
      ? [`Résolution : ${assumptions.solve.method}.`]
      : [];
  return [...(model as string[]), ...solve];
}

const KEY_PARAMETERS = [
  'roadCostEurPerTKm',
  'heatPipeMaxKm',
  'carbonPriceEurPerT',
  'poolingRadiusKm',
] as const;

/** A few lines for the cover: the key parameters and how many differ from the defaults. */
export function parameterSummary(
  parameters: Readonly<Record<string, unknown>>,
  assumptions: Readonly<Record<string, unknown>>,
): string[] {
  const scalars = isRecord(assumptions.parameters) ? assumptions.parameters : {};
  const valueOf = (name: string): unknown =>
    name in parameters ? parameters[name] : isRecord(scalars[name]) ? scalars[name].value : undefined;
  const defaults = DEFAULT_MATCH_PARAMETERS as unknown as Record<string, unknown>;
  const changed = Object.keys(scalars).filter((name) => valueOf(name) !== defaults[name]);
  const lines = KEY_PARAMETERS.filter((name) => valueOf(name) !== undefined).map((name) => {
    const entry = scalars[name];
    const unit = isRecord(entry) ? unitFr(String(entry.unit)) : '';
    return `${name} = ${valueText(valueOf(name))} ${unit}`.trim();
  });
  lines.push(
    changed.length === 0
      ? 'Tous les autres paramètres à leur valeur par défaut (voir « Méthode et hypothèses »).'
      : `Paramètres modifiés pour ce calcul : ${changed.join(', ')}.`,
  );
  return lines;
}
