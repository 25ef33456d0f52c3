// French number and unit formatting for the explanations a facilitator reads (`2 150 000 €/an`, `1,8 km`).
// Display only: the result's numeric fields keep full precision.

const SIGNIFICANT = new Intl.NumberFormat('fr-FR', { maximumSignificantDigits: 3 });
const WHOLE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const EUROS = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/**
 * A quantity in French separators: whole units from 100 up (a facilitator compares it with the declared
 * `1 825 t/an`, which 3 significant digits would turn into `1 830`), 3 significant digits below (`12,7 km`).
 */
export function formatNumberFr(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? WHOLE.format(value) : SIGNIFICANT.format(value);
}

/** An amount in euros with at most two decimals. */
export function formatEurFr(value: number): string {
  return `${EUROS.format(value)} €`;
}

/** `t/yr` → `t/an`, `m3/yr` → `m³/an`. */
export function unitPerYearFr(unit: string): string {
  return unit.replace('/yr', '/an').replace('m3', 'm³');
}

/** The unit of one item of a yearly unit: `t/yr` → `t`, `MWh/yr` → `MWh`. */
export function unitItemFr(unit: string): string {
  return unit.replace('/yr', '').replace('m3', 'm³');
}

export function quantityFr(value: number, unit: string): string {
  return `${formatNumberFr(value)} ${unitPerYearFr(unit)}`;
}

/** A French list: `a`, `a et b`, `a, b et c` (at most `max` names, then `et N autres`). */
export function listFr(items: readonly string[], max = 3): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} et ${rest} autre${rest > 1 ? 's' : ''}`;
  if (shown.length === 1) return shown[0];
  return `${shown.slice(0, -1).join(', ')} et ${shown[shown.length - 1]}`;
}

const TRANSPORT_FR: Readonly<Record<string, string>> = {
  road: 'par route',
  'heat-pipe': 'par réseau de chaleur',
  'steam-pipe': 'par conduite de vapeur',
  'water-pipe': 'par conduite d’eau',
  'gas-pipe': 'par canalisation de gaz',
  'air-pipe': 'par réseau d’air comprimé',
  grid: 'par le réseau électrique',
  h2: 'par canalisation ou remorque à tubes (hydrogène)',
  'gas-or-road': 'par canalisation ou camion (gaz industriel)',
  'h2-tube-trailer': 'par remorque à tubes',
  'heat-pump': 'par réseau de chaleur',
};

export function transportFr(mode: string): string {
  return TRANSPORT_FR[mode] ?? `par ${mode}`;
}

const CONVERSION_FR: Readonly<Record<string, string>> = {
  'heat-pump': 'relevage par pompe à chaleur',
  purification: 'purification',
  compression: 'compression',
  'purification+compression': 'purification et compression',
};

export function conversionFr(conversion: string): string {
  return CONVERSION_FR[conversion] ?? conversion;
}

/** Past participle agreeing with the unit: `t` (la tonne) is feminine, MWh and m³ masculine. */
export function suppliedFr(unit: string): string {
  return unitItemFr(unit) === 't' ? 'fournie' : 'fourni';
}

/** A resource label without its parenthesised hint: `Chaleur (eau chaude …)` → `Chaleur`. */
export function shortLabelFr(label: string): string {
  const short = label.replace(/\s*\(.*\)\s*$/u, '').trim();
  return short === '' ? label : short;
}

/** `12 tCO2e évitées par an`, or `0,2 tCO2e émises en plus par an` when negative. */
export function co2Fr(tonnes: number): string {
  return tonnes >= 0
    ? `${formatNumberFr(tonnes)} tCO2e évitées par an`
    : `${formatNumberFr(-tonnes)} tCO2e émises en plus par an`;
}
