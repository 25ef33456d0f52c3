// The fields of each dataset entity (territory, zone, site, flow) with values each must refuse, and an
// arbitrary that breaks one field of an object: wrong type, out-of-range or unknown value, or a required field gone.

import fc from 'fast-check';
import { notBoolean, notNumber, notObject, notString, RawJson } from './fuzz-values';

export interface FieldSpec {
  readonly name: string;
  readonly type: 'string' | 'number' | 'boolean' | 'object' | 'array';
  readonly required: boolean;
  /** Values of the right JSON type that must still be refused (bad code, out of range, dangling reference…). */
  readonly invalid?: fc.Arbitrary<unknown>;
}

const long = (min: number): fc.Arbitrary<string> =>
  fc.integer({ min, max: min + 5000 }).map((n) => 'é'.repeat(n));
const BAD_SITE_IDS = fc.constantFrom('', 'a b', 'éé', 'a/b', 'a;b', '<x>', '..\\..', 'x'.repeat(101));
const BAD_TERRITORY_IDS = fc.constantFrom('', 'Tiny-Materials', 'a_b', 'a.b', '..', 'é', 'x'.repeat(101));
const ENUM_JUNK = fc.constantFrom('', 'secret', 'PUBLIC', 'Territory', 'both', 'in', 'null');
const INFINITY = fc.constantFrom(new RawJson('1e400'), new RawJson('-1e400'));

export const TERRITORY_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'string', required: true, invalid: BAD_TERRITORY_IDS },
  { name: 'name', type: 'string', required: true, invalid: long(201) },
  { name: 'kind', type: 'string', required: false },
];

export const ZONE_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'string', required: true, invalid: BAD_SITE_IDS },
  { name: 'name', type: 'string', required: true, invalid: long(201) },
  { name: 'kind', type: 'string', required: false },
];

export const SITE_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'string', required: true, invalid: BAD_SITE_IDS },
  { name: 'name', type: 'string', required: true, invalid: long(201) },
  {
    name: 'lat',
    type: 'number',
    required: true,
    invalid: fc.oneof(INFINITY, fc.double({ min: 90.0001, max: 1e300, noNaN: true }), fc.constant(-91)),
  },
  {
    name: 'lon',
    type: 'number',
    required: true,
    invalid: fc.oneof(INFINITY, fc.double({ min: 180.0001, max: 1e300, noNaN: true }), fc.constant(-181)),
  },
  {
    name: 'siret',
    type: 'string',
    required: false,
    invalid: fc.constantFrom('123', '73282932000075', 'abcdefghijklmn'),
  },
  { name: 'nace', type: 'string', required: false, invalid: fc.constantFrom('99.99', 'ZZ', 'banane', '1') },
  {
    name: 'zoneId',
    type: 'string',
    required: false,
    invalid: fc.constantFrom('zone-nulle-part', 'ZONE-TEST'),
  },
  { name: 'confidentiality', type: 'string', required: false, invalid: ENUM_JUNK },
  { name: 'note', type: 'string', required: false, invalid: long(2001) },
];

export const FLOW_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'string', required: true, invalid: BAD_SITE_IDS },
  { name: 'siteId', type: 'string', required: true, invalid: fc.constantFrom('site-absent', 'CENTRALE', '') },
  { name: 'direction', type: 'string', required: true, invalid: ENUM_JUNK },
  { name: 'resource', type: 'string', required: false, invalid: fc.constantFrom('bananes', 'GYPSUM!', '🍌') },
  {
    name: 'ewc',
    type: 'string',
    required: false,
    invalid: fc.constantFrom('99 99 99', '1001', 'abc', '10 01 05 05'),
  },
  {
    name: 'quantity',
    type: 'number',
    required: true,
    invalid: fc.oneof(INFINITY, fc.constantFrom(0, -1, -0.5, -1e300, new RawJson('-0'))),
  },
  {
    name: 'unit',
    type: 'string',
    required: true,
    invalid: fc.constantFrom('bananes/an', 'parsecs', 'x'.repeat(41)),
  },
  {
    name: 'hoursPerYear',
    type: 'number',
    required: false,
    invalid: fc.constantFrom(0, -5, 1e9, new RawJson('1e400')),
  },
  {
    name: 'temperatureC',
    type: 'number',
    required: false,
    invalid: fc.constantFrom(-300, 5000, new RawJson('-1e400')),
  },
  { name: 'pressureBar', type: 'number', required: false, invalid: fc.constantFrom(-1, 1001) },
  { name: 'purityPct', type: 'number', required: false, invalid: fc.constantFrom(-1, 100.5, 1e6) },
  { name: 'hazardous', type: 'boolean', required: false },
  {
    name: 'price',
    type: 'object',
    required: false,
    invalid: fc.constantFrom({ value: 'trente', unit: 'EUR/t' }, { value: 30 }, { unit: 'EUR/t' }, {}),
  },
  {
    name: 'months',
    type: 'array',
    required: false,
    invalid: fc.constantFrom([1, 2], Array(12).fill(-1), Array(12).fill('x'), Array(13).fill(1 / 13)),
  },
  { name: 'confidentiality', type: 'string', required: false, invalid: ENUM_JUNK },
  { name: 'acceptsEwc', type: 'array', required: false, invalid: fc.constantFrom([1, 2], [null], [{}]) },
];

function wrongType(spec: FieldSpec): fc.Arbitrary<unknown> {
  const junk = {
    string: notString,
    number: notNumber,
    boolean: notBoolean,
    object: notObject,
    array: fc.oneof(
      notObject.filter((v) => !Array.isArray(v)),
      fc.dictionary(fc.string(), fc.integer()),
    ),
  }[spec.type];
  // `null` removes an optional field (PATCH semantics): only a required field must refuse it.
  return spec.required ? junk : junk.filter((v) => v !== null);
}

/** A value the field must refuse (never `undefined`). */
export function invalidValue(spec: FieldSpec): fc.Arbitrary<unknown> {
  return spec.invalid === undefined ? wrongType(spec) : fc.oneof(wrongType(spec), spec.invalid);
}

export type ObjectEdit = (target: Record<string, unknown>) => string;

/** Breaks one field of an object; returns a short label. `allowDelete`: dropping a required field counts. */
export function breakField(specs: readonly FieldSpec[], allowDelete: boolean): fc.Arbitrary<ObjectEdit> {
  const deletable = specs.filter((spec) => spec.required);
  const set = fc
    .constantFrom(...specs)
    .chain((spec) => invalidValue(spec).map((value) => ({ spec, value })))
    .map(({ spec, value }): ObjectEdit => (target) => {
      target[spec.name] = value;
      return `${spec.name}=bad`;
    });
  if (!allowDelete) return set;
  const drop = fc.constantFrom(...deletable).map((spec): ObjectEdit => (target) => {
    delete target[spec.name];
    return `${spec.name} absent`;
  });
  return fc.oneof({ arbitrary: set, weight: 4 }, { arbitrary: drop, weight: 1 });
}
