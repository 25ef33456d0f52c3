// Tests of the resource vocabulary: the CSV rows as typed data, look-ups and temperature requirements.
// Exact expectations from shared spec/resources.csv.

import { getResource, isResourceKey, requiresTemperature, RESOURCE_FAMILIES, RESOURCES } from '../src';

describe('resource vocabulary', () => {
  it('holds the 58 resources of resources.csv with unique keys, in order', () => {
    expect(RESOURCES).toHaveLength(58);
    expect(new Set(RESOURCES.map((r) => r.key)).size).toBe(58);
    expect(RESOURCES[0].key).toBe('heat');
    expect(RESOURCES[57].key).toBe('containers');
  });

  it('gives every field of a row', () => {
    expect(getResource('steam')).toEqual({
      key: 'steam',
      family: 'heat',
      canonicalUnit: 'MWh/yr',
      quality: ['temperatureC', 'pressureBar'],
      labelEn: 'Steam',
      labelFr: 'Vapeur',
    });
    expect(getResource('biowaste')?.labelFr).toBe(
      'Matière organique fermentescible (résidus alimentaires et agroalimentaires)',
    );
    expect(getResource('electricity')?.quality).toEqual([]);
    expect(getResource('water-process')?.canonicalUnit).toBe('m3/yr');
    expect(getResource('hydrogen')?.canonicalUnit).toBe('t/yr');
  });

  it('uses only the 12 families and the three canonical units', () => {
    expect(RESOURCE_FAMILIES).toHaveLength(12);
    for (const r of RESOURCES) {
      expect(RESOURCE_FAMILIES).toContain(r.family);
      expect(['t/yr', 'MWh/yr', 'm3/yr']).toContain(r.canonicalUnit);
    }
    const families = new Set(RESOURCES.map((r) => r.family));
    expect(families.size).toBe(12);
  });

  it('finds keys exactly and nothing else', () => {
    expect(getResource('Heat')).toBeUndefined();
    expect(getResource('')).toBeUndefined();
    expect(isResourceKey('gypsum')).toBe(true);
    expect(isResourceKey('toString')).toBe(false);
    expect(isResourceKey(3)).toBe(false);
  });

  it('requires a temperature for heat, steam, cold and cooling water only', () => {
    const needing = RESOURCES.filter((r) => requiresTemperature(r.key)).map((r) => r.key);
    expect(needing).toEqual(['heat', 'steam', 'cold', 'water-cooling']);
    expect(requiresTemperature('nope')).toBe(false);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(RESOURCES)).toBe(true);
    expect(Object.isFrozen(RESOURCES[0])).toBe(true);
  });
});
