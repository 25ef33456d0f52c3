// Content checks of the demo territory: size, every resource family, profiles, confidentiality, hazardous
// wastes with an acceptor, valid SIRET/NACE/EWC codes, real coordinates, and the synergies planted on purpose.
import {
  isValidSiret,
  isValidSiren,
  lookupEwc,
  lookupNace,
  normaliseFlow,
  RESOURCE_FAMILIES,
  type Flow,
  type Site,
} from '@toile/flow-model';
import { demoDataset } from '../src/index';
import { haversineKm } from './haversine-km';

const { sites, flows, zones } = demoDataset;
const siteById = new Map(sites.map((s) => [s.id, s]));
const flowById = new Map(flows.map((f) => [f.id, f]));

function site(id: string): Site {
  const s = siteById.get(id);
  if (s === undefined) throw new Error(`no site ${id}`);
  return s;
}

function flow(id: string): Flow {
  const f = flowById.get(id);
  if (f === undefined) throw new Error(`no flow ${id}`);
  return f;
}

function distanceKm(flowA: string, flowB: string): number {
  return haversineKm(site(flow(flowA).siteId), site(flow(flowB).siteId));
}

describe('demo territory: size and coverage', () => {
  it('has at least 40 sites, 150 flows and 4 to 6 zones', () => {
    expect(sites.length).toBeGreaterThanOrEqual(40);
    expect(flows.length).toBeGreaterThanOrEqual(150);
    expect(zones.length).toBeGreaterThanOrEqual(4);
    expect(zones.length).toBeLessThanOrEqual(6);
  });

  it('covers every resource family with both inputs and outputs', () => {
    const declared = (direction: string) =>
      RESOURCE_FAMILIES.filter((family) =>
        flows.some((f) => f.direction === direction && normaliseFlow(f).family === family),
      );
    expect(declared('input')).toEqual(RESOURCE_FAMILIES);
    expect(declared('output')).toEqual(RESOURCE_FAMILIES);
  });

  it('normalises every flow to a yearly quantity in its canonical unit', () => {
    for (const f of flows) expect([f.id, normaliseFlow(f).quantityPerYr]).toEqual([f.id, expect.any(Number)]);
  });

  it('declares monthly profiles of 12 shares summing to 1 on several flows', () => {
    const profiled = flows.filter((f) => f.months !== undefined);
    expect(profiled.length).toBeGreaterThanOrEqual(10);
    for (const f of profiled) {
      expect(f.months).toHaveLength(12);
      expect((f.months ?? []).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('has private flows, private sites and public sites', () => {
    expect(flows.filter((f) => f.confidentiality === 'private').length).toBeGreaterThanOrEqual(5);
    expect(sites.filter((s) => s.confidentiality === 'private').length).toBeGreaterThanOrEqual(2);
    expect(sites.filter((s) => s.confidentiality === 'public').length).toBeGreaterThanOrEqual(5);
  });
});

describe('demo territory: codes and places', () => {
  it('gives every site a valid, unique fictional SIRET and an existing NACE class', () => {
    for (const s of sites) {
      expect([s.id, isValidSiret(s.siret), isValidSiren(s.siret?.slice(0, 9))]).toEqual([s.id, true, true]);
      expect([s.id, lookupNace(s.nace)?.level]).toEqual([s.id, 'class']);
    }
    expect(new Set(sites.map((s) => s.siret)).size).toBe(sites.length);
  });

  it('uses only existing EWC codes, with the star exactly on hazardous ones', () => {
    for (const f of flows.filter((x) => x.ewc !== undefined)) {
      expect([f.id, lookupEwc(f.ewc)?.display]).toEqual([f.id, f.ewc]);
    }
  });

  it('places every site in a zone, inside the Seine estuary box', () => {
    const zoneIds = new Set(zones.map((z) => z.id));
    for (const s of sites) {
      expect(zoneIds.has(s.zoneId ?? '')).toBe(true);
      expect(s.lat).toBeGreaterThan(49.45);
      expect(s.lat).toBeLessThan(49.53);
      expect(s.lon).toBeGreaterThan(0.1);
      expect(s.lon).toBeLessThan(0.6);
    }
  });

  it('has hazardous wastes declared as accepted by a consumer, and hazardous wastes nobody accepts', () => {
    const accepted = new Set(flows.flatMap((f) => (f.acceptsEwc ?? []).map((c) => lookupEwc(c)?.code)));
    const hazardous = flows.filter((f) => f.direction === 'output' && normaliseFlow(f).hazardous);
    const withAcceptor = hazardous.filter((f) => accepted.has(lookupEwc(f.ewc)?.code));
    expect(withAcceptor.length).toBeGreaterThanOrEqual(5);
    expect(hazardous.length - withAcceptor.length).toBeGreaterThanOrEqual(3);
  });
});

describe('demo territory: planted opportunities', () => {
  const outputs = (pred: (f: Flow) => boolean) => flows.filter((f) => f.direction === 'output' && pred(f));

  it('places the plasterboard plant within 3 km of the FGD gypsum', () => {
    expect(flow('centrale-fgd-gypsum').ewc).toBe('10 01 05');
    expect(distanceKm('centrale-fgd-gypsum', 'plaquiste-gypsum')).toBeLessThan(3);
  });

  it('offers fly ash and slag to a cement plant within 10 km', () => {
    expect(distanceKm('centrale-fly-ash', 'cimenterie-cement-additive')).toBeLessThan(10);
    expect(distanceKm('acierie-slag', 'cimenterie-cement-additive')).toBeLessThan(10);
  });

  it('puts greenhouse, bus depot and district heating next to heat and hydrogen sources', () => {
    expect(distanceKm('datacenter-waste-heat', 'serres-harfleur-heat')).toBeLessThan(2);
    expect(distanceKm('uve-district-heat', 'reseau-chaleur-heat')).toBeLessThan(2);
    expect(distanceKm('chlore-soude-h2-coproduct', 'depot-bus-h2')).toBeLessThan(10);
    expect(flow('depot-bus-h2')).toMatchObject({ purityPct: 99.97, pressureBar: 350, unit: 'kg/day' });
  });

  it('spreads waste heat over the temperature bins <60, 60-90, 90-150 and >150 °C', () => {
    const temps = outputs((f) => f.resource === 'heat').map((f) => f.temperatureC ?? NaN);
    for (const [low, high] of [
      [0, 60],
      [60, 90],
      [90, 150],
      [150, 1000],
    ]) {
      expect(temps.filter((t) => t >= low && t < high).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('offers hydrogen at several purities and asks for it at 99.97 % and 99.5 %', () => {
    const purities = new Set(outputs((f) => f.resource === 'hydrogen').map((f) => f.purityPct));
    expect(purities.size).toBeGreaterThanOrEqual(4);
    const demands = flows.filter((f) => f.direction === 'input' && f.resource === 'hydrogen');
    expect(new Set(demands.map((f) => f.purityPct))).toEqual(new Set([99.97, 99.5]));
  });

  it('has at least three firms declaring cardboard, pallets and waste oil (pooled collection)', () => {
    for (const code of ['15 01 01', '15 01 03', '13 02 08*']) {
      const firms = new Set(outputs((f) => f.ewc === code).map((f) => f.siteId));
      expect([code, firms.size >= 3]).toEqual([code, true]);
    }
  });
});
