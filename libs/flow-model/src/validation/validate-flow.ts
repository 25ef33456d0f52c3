// Validation of one flow: identity, resource or EWC code, quantity and unit, quality fields, price, months.
// Unit and price units are checked against the resource through the same conversions as normaliseFlow.

import { CONFIDENTIALITIES, DIRECTIONS } from '../enums';
import { lookupEwc } from '../ewc';
import { priceToCanonical } from '../price';
import { getResource, requiresTemperature } from '../resources';
import { toCanonical } from '../unit-conversion';
import { MAX_HOURS_PER_YEAR, parseUnit } from '../units';
import {
  checkArray,
  checkBoolean,
  checkEnum,
  checkNumber,
  checkString,
  checkUnknownFields,
  getField,
  isObject,
  type JsonObject,
  type ProblemList,
} from './checks';
import type { ValidationLimits } from './problem-codes';
import { SITE_ID_PATTERN } from './validate-places';

export const FLOW_FIELDS = [
  'id',
  'siteId',
  'direction',
  'resource',
  'ewc',
  'quantity',
  'unit',
  'hoursPerYear',
  'temperatureC',
  'pressureBar',
  'purityPct',
  'dryMatterPct',
  'moisturePct',
  'hazardous',
  'price',
  'months',
  'confidentiality',
  'note',
  'acceptsEwc',
] as const;
export const PRICE_FIELDS = ['value', 'unit'] as const;

function validateMonths(flow: JsonObject, path: string, out: ProblemList): void {
  const months = checkArray(flow, 'months', path, 10_000, false, out);
  if (months === undefined) return;
  const p = `${path}.months`;
  if (months.length !== 12) {
    out.add(p, 'bad-months', `\`months\` must hold exactly 12 numbers (January first), got ${months.length}`);
    return;
  }
  let total = 0;
  months.forEach((m, i) => {
    if (typeof m !== 'number' || !Number.isFinite(m) || m < 0 || m > 1)
      out.add(`${p}[${i}]`, 'bad-months', `\`months[${i}]\` must be a number in 0–1 (share of the year)`, m);
    else total += m;
  });
  if (total === 0 && months.every((m) => m === 0))
    out.add(p, 'bad-months', '`months` are all zero: the flow would never be available or needed');
}

function validatePrice(
  flow: JsonObject,
  path: string,
  resource: string | undefined,
  resolvable: boolean,
  out: ProblemList,
): void {
  const price = getField(flow, 'price');
  if (price === undefined) return;
  const p = `${path}.price`;
  if (!isObject(price)) {
    out.add(
      p,
      'wrong-type',
      '`price` must be an object { value, unit } such as { "value": 45, "unit": "EUR/t" }',
      price,
    );
    return;
  }
  const value = getField(price, 'value');
  const unit = getField(price, 'unit');
  checkUnknownFields(price, PRICE_FIELDS, p, 'a price', out);
  if (value === undefined) out.add(`${p}.value`, 'missing-field', '`price.value` is required (EUR per unit)');
  else if (typeof value !== 'number' || !Number.isFinite(value))
    out.add(
      `${p}.value`,
      'bad-price',
      '`price.value` must be a finite number (EUR per unit; negative for a revenue)',
      value,
    );
  if (unit === undefined) out.add(`${p}.unit`, 'missing-field', '`price.unit` is required (e.g. EUR/t)');
  else if (typeof unit !== 'string')
    out.add(`${p}.unit`, 'wrong-type', '`price.unit` must be a string such as EUR/t', unit);
  else if (resolvable) {
    const r = priceToCanonical(
      { value: typeof value === 'number' && Number.isFinite(value) ? value : 0, unit },
      resource,
    );
    if (!r.ok && r.code !== 'bad-price') out.add(`${p}.unit`, r.code, r.reason, unit);
  }
}

function validateAcceptsEwc(
  flow: JsonObject,
  path: string,
  limits: ValidationLimits,
  out: ProblemList,
): void {
  const list = checkArray(flow, 'acceptsEwc', path, limits.acceptsEwc, false, out);
  list?.forEach((code, i) => {
    const p = `${path}.acceptsEwc[${i}]`;
    if (typeof code !== 'string')
      out.add(p, 'wrong-type', '`acceptsEwc` entries must be strings such as "16 01 04*"', code);
    else if (lookupEwc(code) === undefined)
      out.add(
        p,
        'unknown-ewc',
        '`acceptsEwc` entry is not a code of the European List of Waste',
        code.slice(0, 100),
      );
  });
}

export function validateFlow(value: unknown, path: string, limits: ValidationLimits, out: ProblemList): void {
  if (!isObject(value)) {
    out.add(
      path,
      'not-an-object',
      'a flow must be an object { id, siteId, direction, resource|ewc, quantity, unit, … }',
    );
    return;
  }
  const flow = value;
  checkString(
    flow,
    'id',
    path,
    { required: true, maxChars: limits.idChars, pattern: SITE_ID_PATTERN, patternText: '[A-Za-z0-9._-]+' },
    out,
  );
  checkString(flow, 'siteId', path, { required: true, maxChars: limits.idChars }, out);
  checkEnum(flow, 'direction', path, DIRECTIONS, true, out);
  checkEnum(flow, 'confidentiality', path, CONFIDENTIALITIES, false, out);
  checkString(flow, 'note', path, { maxChars: limits.noteChars }, out);

  const resourceKey = checkString(flow, 'resource', path, { maxChars: limits.idChars }, out);
  const resource = resourceKey === undefined ? undefined : getResource(resourceKey);
  if (resourceKey !== undefined && resource === undefined)
    out.add(
      `${path}.resource`,
      'unknown-resource',
      '`resource` is not a key of the resource vocabulary (resources.csv)',
      resourceKey,
    );
  const ewcText = checkString(flow, 'ewc', path, { maxChars: 40 }, out);
  const ewc = ewcText === undefined ? undefined : lookupEwc(ewcText);
  if (ewcText !== undefined && ewc === undefined)
    out.add(
      `${path}.ewc`,
      'unknown-ewc',
      '`ewc` is not a code of the European List of Waste (e.g. 10 01 05)',
      ewcText,
    );
  if (getField(flow, 'resource') === undefined && getField(flow, 'ewc') === undefined)
    out.add(
      path,
      'missing-resource-or-ewc',
      'a flow needs `resource` (a vocabulary key) or `ewc` (a List of Waste code)',
    );
  const hazardous = checkBoolean(flow, 'hazardous', path, out);
  if (hazardous === false && ewc?.hazardous === true)
    out.add(
      `${path}.hazardous`,
      'hazardous-conflict',
      `\`hazardous\` is false but EWC ${ewc.display} is hazardous`,
      false,
    );

  const quantity = getField(flow, 'quantity');
  if (quantity === undefined)
    out.add(`${path}.quantity`, 'missing-field', '`quantity` is required (a number > 0)');
  else if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0)
    out.add(`${path}.quantity`, 'bad-quantity', '`quantity` must be a positive finite number', quantity);
  const hours = checkNumber(
    flow,
    'hoursPerYear',
    path,
    { above: 0, max: MAX_HOURS_PER_YEAR, unit: ' h' },
    out,
  );
  const unit = checkString(flow, 'unit', path, { required: true, maxChars: 40 }, out);
  // A flow is resolvable when its canonical unit is known: a known resource, or no resource and a known EWC code.
  const resolvable =
    resource !== undefined ||
    (resourceKey === undefined && getField(flow, 'resource') === undefined && ewc !== undefined);
  if (unit !== undefined && parseUnit(unit) === undefined)
    out.add(
      `${path}.unit`,
      'unknown-unit',
      '`unit` is not a known unit (e.g. t/yr, MWh/yr, kW, m3/h, Nm3/h)',
      unit,
    );
  else if (unit !== undefined && resolvable) {
    const r = toCanonical({ quantity: 1, unit, hoursPerYear: hours }, resource?.key);
    if (!r.ok && r.code === 'incompatible-unit') out.add(`${path}.unit`, 'incompatible-unit', r.reason, unit);
  }

  checkNumber(flow, 'temperatureC', path, { min: -273.15, max: 2000, unit: ' °C' }, out);
  if (
    resource !== undefined &&
    requiresTemperature(resource.key) &&
    getField(flow, 'temperatureC') === undefined
  )
    out.add(
      `${path}.temperatureC`,
      'missing-temperature',
      `a \`${resource.key}\` flow needs \`temperatureC\` (°C)`,
    );
  checkNumber(flow, 'pressureBar', path, { min: 0, max: 1000, unit: ' bar' }, out);
  for (const key of ['purityPct', 'dryMatterPct', 'moisturePct'])
    checkNumber(flow, key, path, { min: 0, max: 100, unit: ' %' }, out);
  validatePrice(flow, path, resource?.key, resolvable, out);
  validateMonths(flow, path, out);
  validateAcceptsEwc(flow, path, limits, out);
  checkUnknownFields(flow, FLOW_FIELDS, path, 'a flow', out);
}
