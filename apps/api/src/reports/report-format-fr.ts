// French number and unit formatting for reports: narrow no-break spaces between thousands, decimal comma,
// `t/an`, `m³/an`, `€/an`. Display only: the model keeps full precision.

const INTEGER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const SIGNIFICANT = new Intl.NumberFormat('fr-FR', { maximumSignificantDigits: 3 });
const DECIMALS = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const EXACT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 8 });

/** Whole number, French grouping (`1 249 583`); `-0` shows as `0`. */
export function integerFr(value: number): string {
  const rounded = Math.round(value);
  return INTEGER.format(rounded === 0 ? 0 : rounded);
}

/** Three significant digits (`12,7`, `40 000`). */
export function numberFr(value: number): string {
  return Number.isFinite(value) ? SIGNIFICANT.format(value) : String(value);
}

/** At most two decimals (prices, factors): `0,12`, `1 200`. */
export function decimalFr(value: number): string {
  return DECIMALS.format(value);
}

/** A parameter's value as given, French separators, no rounding away of small factors (`0,0001`). */
export function exactFr(value: number): string {
  return EXACT.format(value);
}

/** `t/yr` → `t/an`, `m3/yr` → `m³/an`, `EUR/t` → `€/t`. */
export function unitFr(unit: string): string {
  return unit
    .replace('/yr', '/an')
    .replace(/\bm3\b/u, 'm³')
    .replace(/\bNm3\b/u, 'Nm³')
    .replace(/EUR/gu, '€')
    .replace(/\byr\b/u, 'an');
}

export function quantityFr(value: number, unit: string): string {
  return `${value >= 1000 ? integerFr(value) : numberFr(value)} ${unitFr(unit)}`;
}

export function eurosFr(value: number): string {
  return `${integerFr(value)} €`;
}

/** `2026-11-28T…` → `28 novembre 2026`. */
export function dateFr(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export const FAMILY_LABELS_FR: Readonly<Record<string, string>> = {
  heat: 'Chaleur et vapeur',
  energy: 'Énergie',
  fuel: 'Combustibles',
  gas: 'Gaz (dont hydrogène, CO2)',
  water: 'Eau',
  mineral: 'Minéraux',
  metal: 'Métaux',
  chemical: 'Chimie',
  organic: 'Organiques',
  plastic: 'Plastiques',
  fibre: 'Fibres, papier, bois',
  packaging: 'Emballages',
  waste: 'Déchets (code CED seul)',
  unknown: 'Non classé',
};

export function familyLabelFr(family: string): string {
  return FAMILY_LABELS_FR[family] ?? family;
}

export const TRANSPORT_LABELS_FR: Readonly<Record<string, string>> = {
  road: 'route',
  'heat-pipe': 'réseau de chaleur',
  'steam-pipe': 'conduite de vapeur',
  'water-pipe': 'conduite d’eau',
  'gas-pipe': 'canalisation de gaz',
  'air-pipe': 'réseau d’air comprimé',
  grid: 'réseau électrique',
  h2: 'canalisation ou remorque à tubes',
  'gas-or-road': 'canalisation ou camion',
  'h2-tube-trailer': 'remorque à tubes',
  'heat-pump': 'réseau de chaleur et pompe à chaleur',
};

export function transportLabelFr(mode: string | undefined): string | undefined {
  return mode === undefined ? undefined : (TRANSPORT_LABELS_FR[mode] ?? mode);
}
