// Validation of the territory, its zones and its sites (ids, names, coordinates, SIRET, NACE, polygon).
// Cross-references (duplicate ids, dangling zoneId) are checked in validate-dataset.ts.

import { CONFIDENTIALITIES } from '../enums';
import { lookupNace } from '../nace';
import { isValidSiret } from '../siret';
import {
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

export const TERRITORY_ID_PATTERN = /^[a-z0-9-]+$/u;
export const SITE_ID_PATTERN = /^[A-Za-z0-9._-]+$/u;

export const TERRITORY_FIELDS = ['id', 'name', 'kind', 'note'] as const;
export const ZONE_FIELDS = ['id', 'name', 'kind', 'polygon', 'note'] as const;
export const SITE_FIELDS = [
  'id',
  'name',
  'lat',
  'lon',
  'siret',
  'nace',
  'zoneId',
  'confidentiality',
  'note',
] as const;

function common(
  obj: JsonObject,
  path: string,
  pattern: RegExp,
  limits: ValidationLimits,
  out: ProblemList,
): void {
  const patternText = pattern === TERRITORY_ID_PATTERN ? '[a-z0-9-]+' : '[A-Za-z0-9._-]+';
  checkString(obj, 'id', path, { required: true, maxChars: limits.idChars, pattern, patternText }, out);
  checkString(obj, 'name', path, { required: true, maxChars: limits.nameChars }, out);
  checkString(obj, 'note', path, { maxChars: limits.noteChars }, out);
}

export function validateTerritory(
  value: unknown,
  path: string,
  limits: ValidationLimits,
  out: ProblemList,
): void {
  if (!isObject(value)) {
    out.add(
      path,
      value === undefined ? 'missing-field' : 'not-an-object',
      '`territory` must be an object { id, name, kind }',
    );
    return;
  }
  common(value, path, TERRITORY_ID_PATTERN, limits, out);
  checkString(value, 'kind', path, { maxChars: limits.nameChars }, out);
  checkUnknownFields(value, TERRITORY_FIELDS, path, 'the territory', out);
}

function isPosition(p: unknown): boolean {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return false;
  const [lon, lat] = p as unknown[];
  return (
    typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 // NaN fails both
  );
}

function validatePolygon(value: unknown, path: string, limits: ValidationLimits, out: ProblemList): void {
  const bad = (reason: string): void => out.add(path, 'bad-polygon', `\`polygon\` ${reason}`);
  if (!isObject(value)) return bad('must be a GeoJSON Polygon object { type: "Polygon", coordinates }');
  if (getField(value, 'type') !== 'Polygon') return bad('must have `type: "Polygon"`');
  const rings = getField(value, 'coordinates');
  if (!Array.isArray(rings) || rings.length === 0)
    return bad('must have `coordinates`, a non-empty array of rings');
  let positions = 0;
  for (const [i, ring] of rings.entries()) {
    if (!Array.isArray(ring) || ring.length < 4)
      return bad(`ring ${i} must be an array of at least 4 [lon, lat] positions`);
    positions += ring.length;
    if (positions > limits.polygonPositions) return bad(`has more than ${limits.polygonPositions} positions`);
    const wrong = ring.findIndex((p) => !isPosition(p));
    if (wrong >= 0) return bad(`ring ${i} position ${wrong} is not [lon, lat] in WGS84 degrees`);
  }
}

export function validateZone(value: unknown, path: string, limits: ValidationLimits, out: ProblemList): void {
  if (!isObject(value)) {
    out.add(path, 'not-an-object', 'a zone must be an object { id, name, kind?, polygon? }');
    return;
  }
  common(value, path, TERRITORY_ID_PATTERN, limits, out);
  checkString(value, 'kind', path, { maxChars: limits.nameChars }, out);
  const polygon = getField(value, 'polygon');
  if (polygon !== undefined) validatePolygon(polygon, `${path}.polygon`, limits, out);
  checkUnknownFields(value, ZONE_FIELDS, path, 'a zone', out);
}

export function validateSite(value: unknown, path: string, limits: ValidationLimits, out: ProblemList): void {
  if (!isObject(value)) {
    out.add(path, 'not-an-object', 'a site must be an object { id, name, lat, lon, … }');
    return;
  }
  common(value, path, SITE_ID_PATTERN, limits, out);
  checkNumber(value, 'lat', path, { required: true, min: -90, max: 90, unit: ' degrees' }, out);
  checkNumber(value, 'lon', path, { required: true, min: -180, max: 180, unit: ' degrees' }, out);
  const siret = checkString(value, 'siret', path, { maxChars: 40 }, out);
  if (siret !== undefined && !isValidSiret(siret))
    out.add(`${path}.siret`, 'bad-siret', '`siret` must be 14 digits with a valid check digit (Luhn)', siret);
  const nace = checkString(value, 'nace', path, { maxChars: 40 }, out);
  if (nace !== undefined && lookupNace(nace) === undefined)
    out.add(
      `${path}.nace`,
      'unknown-nace',
      '`nace` is not a NACE Rev. 2 / NAF code (e.g. 17.12, 1712, 17.12Z)',
      nace,
    );
  checkString(value, 'zoneId', path, { maxChars: limits.idChars }, out);
  checkEnum(value, 'confidentiality', path, CONFIDENTIALITIES, false, out);
  checkUnknownFields(value, SITE_FIELDS, path, 'a site', out);
}
