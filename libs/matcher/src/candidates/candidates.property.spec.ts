// Properties of the candidate set on random territories (seeded): every arc joins distinct sites, is
// compatible by the rule it names, lies within its cut-off and is worth it; the ranked search is exact.
import fc from 'fast-check';
import {
  getSubstitutionRule,
  hazardousAccepted,
  heatCompatibility,
  rulesFromOutput,
  type Dataset,
  type Flow,
} from '@toile/flow-model';
import { resolveMatchParameters } from '../parameters';
import { buildCandidates } from './build-candidates';
import { cutoffKm, transportKindFor } from './transport';

const KINDS = [
  { resource: 'steel-scrap', unit: 't/yr' },
  { resource: 'gypsum', unit: 't/yr' },
  { ewc: '10 01 05', unit: 't/yr' },
  { ewc: '05 01 11*', unit: 't/yr' },
  { resource: 'caustic-soda', unit: 't/yr' },
  { resource: 'heat', unit: 'MWh/yr' },
  { resource: 'steam', unit: 'MWh/yr' },
  { resource: 'hydrogen', unit: 't/yr' },
  { resource: 'water-treated-effluent', unit: 'm3/yr' },
  { resource: 'water-process', unit: 'm3/yr' },
] as const;

const flowArb = fc.record({
  kind: fc.integer({ min: 0, max: KINDS.length - 1 }),
  output: fc.boolean(),
  quantity: fc.integer({ min: 1, max: 50000 }),
  temperatureC: fc.integer({ min: 30, max: 250 }),
  purityPct: fc.constantFrom(99, 99.9, 99.97, 99.999),
  pressureBar: fc.constantFrom(20, 200, 350),
  price: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  accepts: fc.boolean(),
});

const territoryArb = fc.array(
  fc.record({
    lat: fc.double({ min: 49, max: 49.4, noNaN: true }),
    lon: fc.double({ min: 1, max: 1.5, noNaN: true }),
    flows: fc.array(flowArb, { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 2, maxLength: 40 },
);

function datasetOf(
  sites: {
    lat: number;
    lon: number;
    flows: {
      kind: number;
      output: boolean;
      quantity: number;
      temperatureC: number;
      purityPct: number;
      pressureBar: number;
      price?: number;
      accepts: boolean;
    }[];
  }[],
): Dataset {
  const flows: Flow[] = [];
  sites.forEach((site, i) =>
    site.flows.forEach((f, j) => {
      const kind = KINDS[f.kind];
      flows.push({
        id: `f${i}-${j}`,
        siteId: `s${i}`,
        direction: f.output ? 'output' : 'input',
        ...kind,
        quantity: f.quantity,
        temperatureC: f.temperatureC,
        purityPct: f.purityPct,
        pressureBar: f.pressureBar,
        ...(f.price !== undefined
          ? { price: { value: f.price, unit: `EUR/${kind.unit.split('/')[0]}` } }
          : {}),
        ...(!f.output && f.accepts ? { acceptsEwc: ['05 01 11*'] } : {}),
      });
    }),
  );
  return {
    format: 'toile.dataset/1',
    territory: { id: 't', name: 'T' },
    zones: [],
    sites: sites.map((s, i) => ({ id: `s${i}`, name: `s${i}`, lat: s.lat, lon: s.lon })),
    flows,
  };
}

describe('candidate set properties', () => {
  const params = resolveMatchParameters({ maxRoadKmMineral: 30, maxRoadKmChemical: 20 });

  it('joins distinct sites, by a rule that holds, within the cut-off, at a positive margin', () => {
    fc.assert(
      fc.property(territoryArb, (sites) => {
        const dataset = datasetOf(sites);
        const set = buildCandidates(dataset, params);
        const flows = new Map(dataset.flows.map((f) => [f.id, f]));
        const endpoints = new Map(set.endpoints.map((e) => [e.flowId, e]));
        for (const arc of set.arcs) {
          const o = flows.get(arc.supplyFlowId)!;
          const d = flows.get(arc.demandFlowId)!;
          expect(o.direction).toBe('output');
          expect(d.direction).toBe('input');
          expect(o.siteId).not.toBe(d.siteId);
          expect(hazardousAccepted(o, d)).toBe(true);
          const key = endpoints.get(d.id)!.resource;
          if (arc.ruleId === 'same-resource') expect(o.resource).toBe(d.resource);
          else if (arc.ruleId === 'same-ewc') expect(key).toBe(endpoints.get(o.id)!.resource);
          else if (getSubstitutionRule(arc.ruleId) !== undefined) {
            expect(getSubstitutionRule(arc.ruleId)!.to).toBe(d.resource);
            expect(rulesFromOutput(o).map((r) => r.id)).toContain(arc.ruleId);
          } else expect(heatCompatibility(o, d, params)).toMatchObject({ ruleId: arc.ruleId });
          expect(arc.distanceKm).toBeLessThanOrEqual(
            cutoffKm(transportKindFor(key, o.resource), key, params) + 1e-9,
          );
          expect(arc.marginEurPerUnit).toBeGreaterThan(0);
          // A conversion reason belongs to this arc's own conversion, never to an earlier pair's.
          if (arc.details?.conversionReason !== undefined) expect(arc.conversion).toBeDefined();
          const sum = Object.values(arc.breakdown).reduce((a, b) => a + b, 0);
          expect(sum).toBeCloseTo(arc.marginEurPerUnit, 6);
        }
        const withArc = new Set(set.arcs.flatMap((a) => [a.supplyFlowId, a.demandFlowId]));
        for (const flow of dataset.flows) {
          expect([flow.id, withArc.has(flow.id) || set.rejections.some((r) => r.flowId === flow.id)]).toEqual(
            [flow.id, true],
          );
        }
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('keeps, with a partner cap k, exactly the pairs in the k best of their supply or of their demand', () => {
    const k = 3;
    // Dense markets of scrap and hydrogen over ≈300 km, continuous prices: the ranked search must stop early.
    const marketArb = fc.array(
      fc.record({
        lat: fc.double({ min: 47, max: 50, noNaN: true }),
        lon: fc.double({ min: 0, max: 4, noNaN: true }),
        flows: fc.array(
          flowArb.map((f) => ({ ...f, kind: f.kind % 2 === 0 ? 0 : 7, price: f.price ?? 150 })),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { minLength: 10, maxLength: 60 },
    );
    fc.assert(
      fc.property(marketArb, (sites) => {
        const dataset = datasetOf(sites);
        const all = buildCandidates(
          dataset,
          resolveMatchParameters({ maxPartnersPerFlow: 100000, maxCandidateArcs: 100000000 }),
        );
        const capped = buildCandidates(
          dataset,
          resolveMatchParameters({ maxPartnersPerFlow: k, maxCandidateArcs: 100000000 }),
        );
        const key = new Map(all.endpoints.map((e) => [e.flowId, e.resource]));
        const best = (groupOf: (a: (typeof all.arcs)[number]) => string): Set<string> => {
          const groups = new Map<string, (typeof all.arcs)[number][]>();
          for (const arc of all.arcs) groups.set(groupOf(arc), [...(groups.get(groupOf(arc)) ?? []), arc]);
          const ids = new Set<string>();
          for (const list of groups.values())
            list
              .sort((a, b) => b.marginEurPerUnit - a.marginEurPerUnit)
              .slice(0, k)
              .forEach((a) => ids.add(a.id));
          return ids;
        };
        const expected = new Set([
          ...best((a) => `${a.supplyFlowId}|${key.get(a.demandFlowId)}`),
          ...best((a) => a.demandFlowId),
        ]);
        expect(new Set(capped.arcs.map((a) => a.id))).toEqual(expected);
        expect(all.arcs.length).toBeGreaterThan(0);
      }),
      { seed: 7, numRuns: 40 },
    );
  });
});
