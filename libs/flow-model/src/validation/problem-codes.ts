// The stable codes of validation problems, each with the meaning documented in the README.
// Codes never change meaning; new ones may be added.

export const PROBLEM_CODES = Object.freeze({
  'not-an-object': 'the document (or an element that must be an object) is not a JSON object',
  'bad-format': 'the `format` tag is not `toile.dataset/1`',
  'missing-field': 'a required field is absent',
  'wrong-type': 'a field has the wrong JSON type (string, number, boolean, array, object)',
  'bad-id':
    'an id does not match its pattern (`[a-z0-9-]+` for territory and zones, `[A-Za-z0-9._-]+` for sites and flows)',
  'duplicate-id': 'two sites, two flows or two zones share an id',
  'unknown-site': 'a flow`s `siteId` names no site of the document',
  'unknown-zone': 'a site`s `zoneId` names no zone of the document',
  'unknown-resource': '`resource` is not a key of the resource vocabulary',
  'unknown-ewc': '`ewc` (or an `acceptsEwc` entry) is not a code of the European List of Waste',
  'missing-resource-or-ewc': 'a flow has neither `resource` nor `ewc`',
  'hazardous-conflict': '`hazardous: false` on a flow whose EWC code is hazardous (starred)',
  'bad-siret': '`siret` is not 14 digits with a valid check digit',
  'unknown-nace': '`nace` is not a NACE Rev. 2 / NAF code',
  'out-of-range':
    'a number is outside its range (lat, lon, percentages, temperature, pressure, hoursPerYear)',
  'missing-temperature': 'a heat, steam, cold or cooling-water flow has no `temperatureC`',
  'bad-months': '`months` is not 12 finite numbers in 0–1, or all of them are zero',
  'bad-quantity': '`quantity` is not a positive finite number',
  'unknown-unit': '`unit` is not a known unit',
  'incompatible-unit':
    '`unit` cannot be converted to the canonical unit of the resource (or to t/yr for an EWC-only flow)',
  'bad-price': '`price.value` is not a finite number',
  'unknown-price-unit': '`price.unit` is not a price unit such as `EUR/t`',
  'incompatible-price-unit': '`price.unit` cannot be converted to EUR per canonical unit of the flow',
  'bad-enum': 'a field is not one of its allowed values (`direction`, `confidentiality`)',
  'bad-polygon': 'a zone`s `polygon` is not a GeoJSON Polygon of [lon, lat] positions',
  'too-long': 'a string is absurdly long (ids > 100, names > 200, notes > 2000 characters)',
  'too-many': 'an array is absurdly large (e.g. more than 100,000 flows)',
  'unknown-field': 'a field that the format does not define (often a typo, e.g. `temperatureCC`)',
});

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** Size limits applied by the validator. */
export interface ValidationLimits {
  readonly idChars: number;
  readonly nameChars: number;
  readonly noteChars: number;
  readonly zones: number;
  readonly sites: number;
  readonly flows: number;
  readonly acceptsEwc: number;
  readonly polygonPositions: number;
}

export const DEFAULT_VALIDATION_LIMITS: ValidationLimits = Object.freeze({
  idChars: 100,
  nameChars: 200,
  noteChars: 2000,
  zones: 10_000,
  sites: 100_000,
  flows: 100_000,
  acceptsEwc: 1000,
  polygonPositions: 100_000,
});
