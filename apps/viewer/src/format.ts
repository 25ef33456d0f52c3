// French number formatting for the interface: quantities with their unit, euros per year, tCO2e per year.

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A number with at most one decimal below 100, none above (French separators). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return Math.abs(value) < 100 ? oneDecimal.format(value) : integer.format(value);
}

const UNIT_FR: Readonly<Record<string, string>> = {
  't/yr': 't/an',
  'MWh/yr': 'MWh/an',
  'm3/yr': 'm³/an',
  'kg/day': 'kg/jour',
  m3: 'm³',
};

export function formatUnit(unit: string): string {
  return UNIT_FR[unit] ?? unit.replace(/\/yr$/, '/an').replace(/m3/g, 'm³');
}

export function formatQuantity(quantity: number, unit: string): string {
  return `${formatNumber(quantity)} ${formatUnit(unit)}`;
}

export function formatEurPerYear(value: number | undefined): string {
  return value === undefined ? '—' : `${formatNumber(value)} €/an`;
}

export function formatCo2PerYear(value: number | undefined): string {
  return value === undefined ? '—' : `${formatNumber(value)} tCO₂e/an`;
}

export function formatDistanceKm(value: number | undefined): string {
  return value === undefined ? '—' : `${formatNumber(value)} km`;
}
