// Flow units (`t/yr`, `kg/day`, `MWh/month`, `kW`, `Nm3/h`…): parsing into an amount and a period.
// Case-insensitive; `m³` and spaces tolerated. Conversions between dimensions live in unit-conversion.ts.

/** What an amount measures: mass (base t), energy (MWh), volume (m3), normal volume of gas (Nm3 at 0 °C, 1 atm). */
export type Dimension = 'mass' | 'energy' | 'volume' | 'normal-volume';
export type Period = 'yr' | 'month' | 'week' | 'day' | 'h';

export interface AmountUnit {
  /** Spelling used in messages and canonical forms: `t`, `kg`, `MWh`, `GWh`, `kWh`, `m3`, `Nm3`. */
  readonly symbol: string;
  readonly dimension: Dimension;
  /** Base units of the dimension (t, MWh, m3, Nm3) in one of this unit. */
  readonly toBase: number;
}

export interface ParsedUnit {
  /** Canonical spelling, e.g. `t/day`, `MWh/yr`, `kW`. */
  readonly symbol: string;
  readonly amount: AmountUnit;
  readonly period: Period;
  /** True for power units (`kW`, `MW`), read as kWh/h and MWh/h. */
  readonly power: boolean;
}

export const DEFAULT_HOURS_PER_YEAR = 8760;
/** Days per year and weeks per year (365/7) used for `/day` and `/week` units. */
export const DAYS_PER_YEAR = 365;
export const WEEKS_PER_YEAR = 365 / 7;
export const MAX_HOURS_PER_YEAR = 8784;

const AMOUNTS: Readonly<Record<string, AmountUnit>> = Object.freeze({
  t: { symbol: 't', dimension: 'mass', toBase: 1 },
  kg: { symbol: 'kg', dimension: 'mass', toBase: 0.001 },
  mwh: { symbol: 'MWh', dimension: 'energy', toBase: 1 },
  gwh: { symbol: 'GWh', dimension: 'energy', toBase: 1000 },
  kwh: { symbol: 'kWh', dimension: 'energy', toBase: 0.001 },
  m3: { symbol: 'm3', dimension: 'volume', toBase: 1 },
  nm3: { symbol: 'Nm3', dimension: 'normal-volume', toBase: 1 },
});

const PERIODS: Readonly<Record<string, Period>> = Object.freeze({
  yr: 'yr',
  year: 'yr',
  a: 'yr',
  an: 'yr',
  month: 'month',
  mois: 'month',
  week: 'week',
  day: 'day',
  d: 'day',
  j: 'day',
  h: 'h',
});

const POWERS: Readonly<Record<string, string>> = Object.freeze({ kw: 'kwh', mw: 'mwh' });

function compact(text: string): string {
  return text.replace(/\s+/gu, '').replace(/³/gu, '3').toLowerCase();
}

/** The amount unit of `t`, `kg`, `MWh`, `kWh`, `GWh`, `m3`, `Nm3` (case-insensitive), or undefined. */
export function parseAmountUnit(text: unknown): AmountUnit | undefined {
  if (typeof text !== 'string') return undefined;
  return Object.hasOwn(AMOUNTS, compact(text)) ? AMOUNTS[compact(text)] : undefined;
}

/**
 * Parses a flow unit: `<amount>/<period>` with amount t, kg, MWh, GWh, kWh, m3, Nm3 and period yr, month,
 * week, day, h (aliases year, an, mois, j), or a power `kW`, `MW`. Undefined when the text is none of these.
 */
export function parseUnit(text: unknown): ParsedUnit | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const s = compact(text);
  if (Object.hasOwn(POWERS, s)) {
    const amount = AMOUNTS[POWERS[s]];
    return Object.freeze({ symbol: s === 'kw' ? 'kW' : 'MW', amount, period: 'h', power: true });
  }
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const amountKey = s.slice(0, slash);
  const periodKey = s.slice(slash + 1);
  if (!Object.hasOwn(AMOUNTS, amountKey) || !Object.hasOwn(PERIODS, periodKey)) return undefined;
  const amount = AMOUNTS[amountKey];
  const period = PERIODS[periodKey];
  return Object.freeze({ symbol: `${amount.symbol}/${period}`, amount, period, power: false });
}

/** How many periods make a year; `/h` and power units use `hoursPerYear` (default 8760). */
export function periodsPerYear(period: Period, hoursPerYear: number = DEFAULT_HOURS_PER_YEAR): number {
  switch (period) {
    case 'yr':
      return 1;
    case 'month':
      return 12;
    case 'week':
      return WEEKS_PER_YEAR;
    case 'day':
      return DAYS_PER_YEAR;
    case 'h':
      return hoursPerYear;
  }
}

/** The units the spec lists, in its order (all are accepted by parseUnit, as are their combinations). */
export const SPEC_UNITS: readonly string[] = Object.freeze([
  't/yr',
  't/month',
  't/week',
  't/day',
  'kg/yr',
  'kg/day',
  'kg/h',
  'MWh/yr',
  'GWh/yr',
  'kWh/yr',
  'MWh/month',
  'kW',
  'MW',
  'm3/yr',
  'm3/month',
  'm3/day',
  'm3/h',
  'Nm3/yr',
  'Nm3/h',
]);
