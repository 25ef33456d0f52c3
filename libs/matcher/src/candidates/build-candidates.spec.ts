// The candidate stage on small hand-made territories: rules, heat, hydrogen, pins, cut-offs, rejections.
import type { Dataset, Flow, Site } from '@toile/flow-model';
import { resolveMatchParameters } from '../parameters';
import { buildCandidates } from './build-candidates';

const site = (id: string, lat: number, lon: number): Site => ({ id, name: id, lat, lon });
const dataset = (sites: Site[], flows: Flow[]): Dataset => ({
  format: 'toile.dataset/1',
  territory: { id: 't', name: 'T' },
  zones: [],
  sites,
  flows,
});
const params = resolveMatchParameters({});
// 0.01° of latitude ≈ 1.112 km.
const SITES = [site('a', 49.44, 1.1), site('b', 49.45, 1.1), site('c', 49.46, 1.1), site('far', 50.44, 1.1)];

describe('buildCandidates', () => {
  it('pairs FGD gypsum with a plaster works by rule, with the margin line by line', () => {
    const set = buildCandidates(
      dataset(SITES, [
        {
          id: 'fgd',
          siteId: 'a',
          direction: 'output',
          ewc: '10 01 05',
          quantity: 80000,
          unit: 't/yr',
          price: { value: 10, unit: 'EUR/t' },
        },
        {
          id: 'gyp',
          siteId: 'b',
          direction: 'input',
          resource: 'gypsum',
          quantity: 60000,
          unit: 't/yr',
          price: { value: 22, unit: 'EUR/t' },
        },
      ]),
      params,
    );
    expect(set.arcs).toHaveLength(1);
    const arc = set.arcs[0];
    expect(arc).toMatchObject({ id: 'fgd>gyp', ruleId: 'fgd-gypsum-to-gypsum', ratio: 1, transport: 'road' });
    expect(arc.distanceKm).toBeCloseTo(1.1119508 * 1.3, 4);
    const transport = 5 + 0.12 * arc.distanceKm;
    expect(arc.breakdown).toEqual({
      avoidedDisposal: 10,
      avoidedPurchase: 22,
      transport: -transport,
      conversion: 0,
      carbon: 0,
    });
    expect(arc.marginEurPerUnit).toBeCloseTo(32 - transport, 10);
    expect(arc.co2TPerUnit).toBeCloseTo(0.006 - 0.0001 * arc.distanceKm, 12);
    expect(set.rejections).toEqual([]);
  });

  it('gives an arc in JSON with every field, its breakdown and details read again as they were evaluated', () => {
    const set = buildCandidates(
      dataset(SITES, [
        { id: 'fgd', siteId: 'a', direction: 'output', ewc: '10 01 05', quantity: 80000, unit: 't/yr' },
        { id: 'gyp', siteId: 'b', direction: 'input', resource: 'gypsum', quantity: 60000, unit: 't/yr' },
      ]),
      params,
    );
    const arc = set.arcs[0];
    // No prices declared: the defaults are used, and said in the details.
    expect(arc.details).toEqual({ disposalPriceIsDefault: true, purchasePriceIsDefault: true });
    expect(arc.breakdown).toEqual(arc.breakdown);
    const sum = Object.values(arc.breakdown).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(arc.marginEurPerUnit, 10);
    expect(JSON.parse(JSON.stringify(arc))).toEqual({
      id: 'fgd>gyp',
      supplyFlowId: 'fgd',
      demandFlowId: 'gyp',
      ratio: 1,
      marginEurPerUnit: arc.marginEurPerUnit,
      co2TPerUnit: arc.co2TPerUnit,
      distanceKm: arc.distanceKm,
      ruleId: 'fgd-gypsum-to-gypsum',
      transport: 'road',
      breakdown: arc.breakdown,
      details: { disposalPriceIsDefault: true, purchasePriceIsDefault: true },
    });
  });

  it('never pairs a site with itself', () => {
    const set = buildCandidates(
      dataset(SITES, [
        { id: 'out', siteId: 'a', direction: 'output', resource: 'steel-scrap', quantity: 100, unit: 't/yr' },
        { id: 'in', siteId: 'a', direction: 'input', resource: 'steel-scrap', quantity: 100, unit: 't/yr' },
      ]),
      params,
    );
    expect(set.arcs).toEqual([]);
    expect(set.rejections.map((r) => r.code)).toEqual(['no-compatible-partner', 'no-compatible-partner']);
  });

  it('marks a heat pump with its COP and electricity, and counts its cost', () => {
    const set = buildCandidates(
      dataset(SITES, [
        {
          id: 'src',
          siteId: 'a',
          direction: 'output',
          resource: 'heat',
          quantity: 30000,
          unit: 'MWh/yr',
          temperatureC: 60,
        },
        {
          id: 'snk',
          siteId: 'b',
          direction: 'input',
          resource: 'heat',
          quantity: 20000,
          unit: 'MWh/yr',
          temperatureC: 95,
        },
      ]),
      params,
    );
    const arc = set.arcs[0];
    const cop = (0.5 * 368.15) / 35;
    expect(arc).toMatchObject({ ruleId: 'heat-pump', conversion: 'heat-pump', transport: 'heat-pipe' });
    expect(arc.details?.heatPumpCop).toBeCloseTo(cop, 10);
    expect(arc.breakdown.conversion).toBeCloseTo(-((1 / (cop - 1)) * 120 + 15 * (cop / (cop - 1))), 8);
  });

  it('costs hydrogen purification and compression and says so', () => {
    const set = buildCandidates(
      dataset(SITES, [
        {
          id: 'h2',
          siteId: 'a',
          direction: 'output',
          resource: 'hydrogen',
          quantity: 500,
          unit: 'kg/day',
          purityPct: 99.9,
          pressureBar: 30,
        },
        {
          id: 'bus',
          siteId: 'b',
          direction: 'input',
          resource: 'hydrogen',
          quantity: 150,
          unit: 'kg/day',
          purityPct: 99.97,
          pressureBar: 350,
        },
      ]),
      params,
    );
    expect(set.arcs[0]).toMatchObject({ conversion: 'purification+compression', ratio: 0.9 });
    expect(set.arcs[0].breakdown.conversion).toBeCloseTo(-(300 + 500 + 2 * 120), 8);
    expect(String(set.arcs[0].details?.conversionReason)).toContain('99.97');
  });

  it('drops forbidden pairs and keeps required ones even at a loss and beyond the cut-off', () => {
    const flows: Flow[] = [
      {
        id: 'slag',
        siteId: 'a',
        direction: 'output',
        ewc: '10 02 02',
        quantity: 1000,
        unit: 't/yr',
        price: { value: 0, unit: 'EUR/t' },
      },
      {
        id: 'agg',
        siteId: 'b',
        direction: 'input',
        resource: 'aggregates',
        quantity: 1000,
        unit: 't/yr',
        price: { value: 1, unit: 'EUR/t' },
      },
      {
        id: 'cem',
        siteId: 'c',
        direction: 'input',
        resource: 'cement-additive',
        quantity: 1000,
        unit: 't/yr',
      },
    ];
    const free = buildCandidates(dataset(SITES, flows), params);
    expect(free.arcs.map((a) => a.id)).toEqual(['slag>cem']);
    expect(free.rejections).toEqual([{ flowId: 'agg', code: 'not-worth-it', detail: expect.any(String) }]);
    const pinned = buildCandidates(dataset(SITES, flows), params, [
      { supplyFlowId: 'slag', demandFlowId: 'cem', pin: 'forbidden' },
      { supplyFlowId: 'slag', demandFlowId: 'agg', pin: 'required' },
    ]);
    expect(pinned.arcs.map((a) => [a.id, a.pin])).toEqual([['slag>agg', 'required']]);
    expect(pinned.arcs[0].marginEurPerUnit).toBeLessThan(0);
  });

  it('rejects as too far a heat sink beyond the heat-pipe cut-off', () => {
    const set = buildCandidates(
      dataset(SITES, [
        {
          id: 'src',
          siteId: 'a',
          direction: 'output',
          resource: 'heat',
          quantity: 10000,
          unit: 'MWh/yr',
          temperatureC: 90,
        },
        {
          id: 'snk',
          siteId: 'far',
          direction: 'input',
          resource: 'heat',
          quantity: 5000,
          unit: 'MWh/yr',
          temperatureC: 60,
        },
      ]),
      params,
    );
    expect(set.arcs).toEqual([]);
    expect(set.rejections.map((r) => [r.flowId, r.code])).toEqual([
      ['src', 'too-far'],
      ['snk', 'too-far'],
    ]);
  });

  it('sends a hazardous waste only to a consumer that accepts its code', () => {
    const flows = (acceptsEwc?: string[]): Flow[] => [
      {
        id: 'caustic',
        siteId: 'a',
        direction: 'output',
        ewc: '05 01 11*',
        quantity: 500,
        unit: 't/yr',
        price: { value: 300, unit: 'EUR/t' },
      },
      {
        id: 'mill',
        siteId: 'b',
        direction: 'input',
        resource: 'caustic-soda',
        quantity: 300,
        unit: 't/yr',
        ...(acceptsEwc ? { acceptsEwc } : {}),
      },
    ];
    const refused = buildCandidates(dataset(SITES, flows()), params);
    expect(refused.arcs).toEqual([]);
    expect(refused.rejections.map((r) => r.code)).toEqual([
      'hazardous-not-accepted',
      'hazardous-not-accepted',
    ]);
    const accepted = buildCandidates(dataset(SITES, flows(['05 01 11*'])), params);
    expect(accepted.arcs.map((a) => a.ruleId)).toEqual(['spent-caustic-to-caustic-soda']);
  });

  it('never lets hot water serve a steam need', () => {
    const set = buildCandidates(
      dataset(SITES, [
        {
          id: 'hot',
          siteId: 'a',
          direction: 'output',
          resource: 'heat',
          quantity: 10000,
          unit: 'MWh/yr',
          temperatureC: 200,
        },
        {
          id: 'stm',
          siteId: 'b',
          direction: 'input',
          resource: 'steam',
          quantity: 5000,
          unit: 'MWh/yr',
          temperatureC: 150,
        },
      ]),
      params,
    );
    expect(set.arcs).toEqual([]);
  });

  it('applies the per-family road cut-off to route distance (great circle × detour)', () => {
    const flows: Flow[] = [
      { id: 'scrap', siteId: 'a', direction: 'output', resource: 'steel-scrap', quantity: 500, unit: 't/yr' },
      { id: 'eaf', siteId: 'far', direction: 'input', resource: 'steel-scrap', quantity: 500, unit: 't/yr' },
    ];
    // a → far: 1° of latitude = 111.2 km, × 1.3 = 144.6 km by road.
    const near = buildCandidates(dataset(SITES, flows), resolveMatchParameters({ maxRoadKmMetal: 150 }));
    expect(near.arcs.map((a) => a.id)).toEqual(['scrap>eaf']);
    expect(near.arcs[0].distanceKm).toBeCloseTo(144.55, 1);
    const far = buildCandidates(dataset(SITES, flows), resolveMatchParameters({ maxRoadKmMetal: 140 }));
    expect(far.arcs).toEqual([]);
    expect(far.rejections.map((r) => r.code)).toEqual(['too-far', 'too-far']);
  });
});
