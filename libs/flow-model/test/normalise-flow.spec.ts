// Tests of flow normalisation: resource or EWC entry, family, canonical quantity, months, hazard, price.

import { normaliseDataset, normaliseFlow, type Dataset, type Flow } from '../src';

const base = { siteId: 's', direction: 'output' } as const;

describe('normaliseFlow', () => {
  it('normalises a resource flow through a factor', () => {
    const flow: Flow = {
      ...base,
      id: 'h2',
      resource: 'hydrogen',
      quantity: 150,
      unit: 'kg/day',
      price: { value: 8, unit: 'EUR/kg' },
    };
    const n = normaliseFlow(flow);
    expect(n).toMatchObject({
      resource: 'hydrogen',
      family: 'gas',
      label: 'Hydrogène',
      canonicalUnit: 't/yr',
      quantityPerYr: 54.75,
      hazardous: false,
      priceEurPerUnit: 8000,
      problems: [],
    });
    expect(n.monthly).toHaveLength(12);
    expect(n.monthShares).toBeUndefined();
    expect(normaliseFlow({ ...flow, unit: 'MWh/yr', quantity: 33.33 }).factorsUsed).toEqual(['hydrogen-lhv']);
  });

  it('keeps the EWC entry of an EWC-only flow, counted in t/yr, hazardous from the list', () => {
    const n = normaliseFlow({ ...base, id: 'oil', ewc: '13 02 05*', quantity: 12, unit: 't/month' });
    expect(n.resource).toBeUndefined();
    expect(n.ewc?.code).toBe('130205');
    expect(n).toMatchObject({ family: 'waste', canonicalUnit: 't/yr', quantityPerYr: 144, hazardous: true });
    expect(n.label).toContain('13 02 05*');
  });

  it('lets an explicit hazardous flag win and uses the resource when both are given', () => {
    const n = normaliseFlow({
      ...base,
      id: 'ash',
      ewc: '10 01 01',
      resource: 'cement-additive',
      hazardous: true,
      quantity: 1,
      unit: 't/yr',
    });
    expect(n).toMatchObject({ resource: 'cement-additive', family: 'mineral', hazardous: true });
    expect(n.ewc?.code).toBe('100101');
  });

  it('gives monthly quantities from the profile', () => {
    const months = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    const n = normaliseFlow({
      ...base,
      id: 'heat',
      resource: 'heat',
      temperatureC: 80,
      quantity: 600,
      unit: 'MWh/yr',
      months,
    });
    expect(n.monthly).toEqual([100, 100, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0]);
    expect(n.monthShares?.[0]).toBeCloseTo(1 / 6, 12);
  });

  it('reports what it cannot resolve, with paths', () => {
    const n = normaliseFlow(
      { ...base, id: 'x', resource: 'heat', quantity: 1, unit: 't/yr', price: { value: 1, unit: 'EUR/t' } },
      '$.flows[4]',
    );
    expect(n.quantityPerYr).toBeUndefined();
    expect(n.priceEurPerUnit).toBeUndefined();
    expect(n.problems.map((p) => [p.path, p.code])).toEqual([
      ['$.flows[4].unit', 'incompatible-unit'],
      ['$.flows[4].price', 'incompatible-price-unit'],
    ]);
    const unknown = normaliseFlow({
      ...base,
      id: 'y',
      resource: 'nope',
      ewc: '99 99 99',
      quantity: 1,
      unit: 't/yr',
    });
    expect(unknown.family).toBe('unknown');
    expect(unknown.problems.map((p) => p.code)).toEqual(['unknown-resource', 'unknown-ewc']);
  });
});

describe('normaliseDataset', () => {
  it('normalises every flow with its index in the paths', () => {
    const dataset: Dataset = {
      format: 'toile.dataset/1',
      territory: { id: 't', name: 'T' },
      zones: [],
      sites: [{ id: 's', name: 'S', lat: 49, lon: 1 }],
      flows: [
        { ...base, id: 'a', resource: 'steam', temperatureC: 180, quantity: 1000, unit: 't/yr' },
        { ...base, id: 'b', resource: 'gypsum', quantity: 5, unit: 'MWh/yr' },
      ],
    };
    const n = normaliseDataset(dataset);
    expect(n.flows.map((f) => f.quantityPerYr)).toEqual([754, undefined]);
    expect(n.problems).toEqual([
      expect.objectContaining({ path: '$.flows[1].unit', code: 'incompatible-unit' }),
    ]);
  });
});
