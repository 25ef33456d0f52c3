// Prices of flows (`{ value, unit: 'EUR/t' }`): parsing the price unit and converting to EUR per canonical unit.
// Uses the same physical factors as quantities; an impossible conversion is reported, never guessed.

import type { Price } from './dataset';
import { showValue } from './show-value';
import { getResource, type CanonicalUnit } from './resources';
import { canonicalDimension, dimensionFactor, EWC_CANONICAL_UNIT } from './unit-conversion';
import { parseAmountUnit, type AmountUnit } from './units';

export interface ParsedPriceUnit {
  /** Canonical spelling, e.g. `EUR/t`, `EUR/kWh`. */
  readonly symbol: string;
  readonly currency: 'EUR';
  readonly per: AmountUnit;
}

export type PriceResult =
  | {
      readonly ok: true;
      /** EUR per canonical amount (EUR/t, EUR/MWh, EUR/m3). */
      readonly value: number;
      readonly unit: string;
      readonly factorsUsed: readonly string[];
    }
  | {
      readonly ok: false;
      readonly reason: string;
      readonly code: 'unknown-price-unit' | 'incompatible-price-unit' | 'bad-price' | 'unknown-resource';
    };

/** Parses `EUR/t`, `EUR/kg`, `EUR/MWh`, `EUR/kWh`, `EUR/GWh`, `EUR/m3`, `EUR/Nm3` (`€` accepted, any case). */
export function parsePriceUnit(text: unknown): ParsedPriceUnit | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const m = /^\s*(eur|€)\s*\/\s*(.+)$/iu.exec(text);
  if (m === null) return undefined;
  const per = parseAmountUnit(m[2]);
  return per === undefined ? undefined : Object.freeze({ symbol: `EUR/${per.symbol}`, currency: 'EUR', per });
}

/** The price unit matching a canonical unit: `t/yr` → `EUR/t`. */
export function canonicalPriceUnit(unit: CanonicalUnit): string {
  return `EUR/${unit.slice(0, unit.indexOf('/'))}`;
}

/**
 * A price converted to EUR per canonical unit of the resource (`resourceKey` undefined: an EWC-only flow,
 * EUR/t from mass price units only). Negative values (revenue) are kept as they are.
 */
export function priceToCanonical(price: Price, resourceKey: string | undefined): PriceResult {
  const resource = resourceKey === undefined ? undefined : getResource(resourceKey);
  if (resourceKey !== undefined && resource === undefined)
    return {
      ok: false,
      code: 'unknown-resource',
      reason: `resource ${showValue(resourceKey)} is not in the vocabulary`,
    };
  if (typeof price.value !== 'number' || !Number.isFinite(price.value))
    return { ok: false, code: 'bad-price', reason: 'price.value must be a finite number (EUR per unit)' };
  const unit = parsePriceUnit(price.unit);
  if (unit === undefined)
    return {
      ok: false,
      code: 'unknown-price-unit',
      reason: `price.unit ${showValue(price.unit)} is not a price unit such as EUR/t, EUR/MWh, EUR/m3, EUR/Nm3, EUR/kg, EUR/kWh`,
    };
  const canonical = resource?.canonicalUnit ?? EWC_CANONICAL_UNIT;
  const link = dimensionFactor(resource, unit.per.dimension, canonicalDimension(canonical));
  if (!link.ok)
    return {
      ok: false,
      code: 'incompatible-price-unit',
      reason: `price.unit \`${unit.symbol}\` cannot be converted to ${canonicalPriceUnit(canonical)}: ${link.reason}`,
    };
  // One `per` unit holds toBase × factor canonical amounts; the price of one canonical amount is value / that.
  const value = price.value / (unit.per.toBase * link.factor);
  return { ok: true, value, unit: canonicalPriceUnit(canonical), factorsUsed: link.factorsUsed };
}

/** The flow's price in EUR per canonical unit, undefined when the flow has no price. */
export function pricePerCanonicalUnit(flow: {
  readonly price?: Price;
  readonly resource?: string;
}): PriceResult | undefined {
  return flow.price === undefined ? undefined : priceToCanonical(flow.price, flow.resource);
}
