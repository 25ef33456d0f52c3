// Seeded toile.dataset/1 territories for tests and the benchmark. `realistic`: sites clustered in business parks
// over 100 × 100 km, 2–6 flows each across the whole vocabulary; `dense`: 30 × 30 km, 20 materials, 1–3 each way.

import { RESOURCES, type Dataset, type Flow, type Site } from '@toile/flow-model';
import { seededRandom, type Random } from './seeded-random';

const ORIGIN_LAT = 49.2;
const ORIGIN_LON = 0.6;
const KM_PER_DEG_LAT = 111.2;
const KM_PER_DEG_LON = KM_PER_DEG_LAT * Math.cos((ORIGIN_LAT * Math.PI) / 180);

/** The 20 materials of the dense stress case: no quality field, one canonical unit (t/yr). */
export const DENSE_RESOURCES = [
  'gypsum', 'limestone', 'lime', 'sand', 'aggregates', 'cement-additive', 'glass-cullet', 'excavated-soil',
  'inert-rubble', 'steel-scrap', 'aluminium-scrap', 'copper-scrap', 'metal-scrap', 'plastic-pe', 'plastic-pp',
  'plastic-pet', 'plastic-mixed', 'rubber', 'paper-cardboard', 'textiles',
] as const; // prettier-ignore

function site(i: number, xKm: number, yKm: number): Site {
  return {
    id: `site-${i}`,
    name: `Site ${i}`,
    lat: ORIGIN_LAT + yKm / KM_PER_DEG_LAT,
    lon: ORIGIN_LON + xKm / KM_PER_DEG_LON,
  };
}

function logUniform(random: Random, min: number, max: number): number {
  return Math.round(Math.exp(random.range(Math.log(min), Math.log(max))) * 10) / 10;
}

function profile(random: Random): number[] {
  const summer = random.next() < 0.5;
  const weights = Array.from({ length: 12 }, (_, m) => {
    const warm = m >= 4 && m <= 8;
    return warm === summer ? random.range(1, 2) : random.range(0, 1);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * 1e4) / 1e4);
}

/** A flow of a resource with the quality fields its resource needs, a price half of the time. */
function flowOf(
  random: Random,
  id: string,
  siteId: string,
  direction: 'output' | 'input',
  key: string,
): Flow {
  const resource = RESOURCES.find((r) => r.key === key)!;
  const unit = resource.canonicalUnit;
  const quantity = unit === 'm3/yr' ? logUniform(random, 1000, 500000) : logUniform(random, 10, 20000);
  const extra: Record<string, unknown> = {};
  if (resource.quality.includes('temperatureC'))
    extra.temperatureC =
      key === 'cold' ? random.int(2, 15) : key === 'steam' ? random.int(120, 250) : random.int(30, 140);
  if (resource.quality.includes('pressureBar')) extra.pressureBar = random.pick([1.2, 5, 10, 30, 200]);
  if (resource.quality.includes('purityPct')) extra.purityPct = random.pick([95, 99, 99.5, 99.9, 99.97]);
  if (random.next() < 0.5)
    extra.price = { value: Math.round(random.range(5, 150)), unit: `EUR/${unit.split('/')[0]}` };
  if (random.next() < 0.1) extra.months = profile(random);
  return { id, siteId, direction, resource: key, quantity, unit, ...extra } as Flow;
}

export function realisticTerritory(siteCount: number, seed: number): Dataset {
  const random = seededRandom(seed);
  const parks = Array.from({ length: Math.max(3, Math.round(siteCount / 40)) }, () => ({
    x: random.range(0, 100),
    y: random.range(0, 100),
    radiusKm: random.range(0.5, 3),
  }));
  const keys = RESOURCES.map((r) => r.key);
  const sites: Site[] = [];
  const flows: Flow[] = [];
  for (let i = 0; i < siteCount; i++) {
    const park = random.pick(parks);
    const angle = random.range(0, 2 * Math.PI);
    const r = park.radiusKm * Math.sqrt(random.next());
    sites.push(site(i, park.x + r * Math.cos(angle), park.y + r * Math.sin(angle)));
    const count = random.int(2, 6);
    for (let k = 0; k < count; k++) {
      const direction = random.next() < 0.5 ? 'output' : 'input';
      flows.push(flowOf(random, `f-${i}-${k}`, `site-${i}`, direction, random.pick(keys)));
    }
  }
  return dataset(`realistic-${siteCount}-${seed}`, sites, flows);
}

export function denseTerritory(siteCount: number, seed: number): Dataset {
  const random = seededRandom(seed);
  const sites: Site[] = [];
  const flows: Flow[] = [];
  for (let i = 0; i < siteCount; i++) {
    sites.push(site(i, random.range(0, 30), random.range(0, 30)));
    let k = 0;
    for (const direction of ['output', 'input'] as const) {
      const count = random.int(1, 3);
      for (let j = 0; j < count; j++) {
        const key = random.pick(DENSE_RESOURCES);
        const flow = flowOf(random, `f-${i}-${k++}`, `site-${i}`, direction, key);
        const price = { value: Math.round(random.range(20, 150)), unit: 'EUR/t' };
        flows.push({ ...flow, price, months: undefined } as Flow);
      }
    }
  }
  return dataset(`dense-${siteCount}-${seed}`, sites, flows);
}

function dataset(id: string, sites: Site[], flows: Flow[]): Dataset {
  const clean = flows.map((flow) => JSON.parse(JSON.stringify(flow)) as Flow);
  return {
    format: 'toile.dataset/1',
    territory: { id, name: `Territoire ${id}`, kind: 'zae' },
    zones: [],
    sites,
    flows: clean,
  };
}
