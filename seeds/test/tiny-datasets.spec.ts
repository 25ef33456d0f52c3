// The premises of the hand-solved tiny territories (distances, temperatures, purities, quantities) and the
// consistency of their expected outcomes: nothing allocated beyond a supply or a demand.
import { normaliseFlow, type Dataset } from '@toile/flow-model';
import {
  TINY_EXPECTATIONS,
  TINY_HEAT_H2_EXPECTATION,
  TINY_MATERIALS_EXPECTATION,
  tinyHeatH2Dataset,
  tinyMaterialsDataset,
  tinyMaterialsNetValueEurPerYr,
} from '../src/index';
import { haversineKm } from './haversine-km';

function flowOf(dataset: Dataset, id: string) {
  const flow = dataset.flows.find((f) => f.id === id);
  if (flow === undefined) throw new Error(`no flow ${id}`);
  const site = dataset.sites.find((s) => s.id === flow.siteId);
  if (site === undefined) throw new Error(`no site ${flow.siteId}`);
  return { flow, site, perYr: normaliseFlow(flow).quantityPerYr ?? NaN };
}

const DATASETS: Record<string, Dataset> = {
  'tiny-materials': tinyMaterialsDataset,
  'tiny-heat-h2': tinyHeatH2Dataset,
};

describe('tiny-materials premises', () => {
  const gypsum = flowOf(tinyMaterialsDataset, 'centrale-fgd-gypsum');
  const near = flowOf(tinyMaterialsDataset, 'platrerie-proche-gypsum');
  const far = flowOf(tinyMaterialsDataset, 'platrerie-loin-gypsum');

  it('puts the two plasterboard plants at 2 km and 50 km from the gypsum', () => {
    expect(haversineKm(gypsum.site, near.site)).toBeCloseTo(2, 2);
    expect(haversineKm(gypsum.site, far.site)).toBeCloseTo(50, 2);
  });

  it('has 1,000 t/yr of gypsum for 600 + 800 t/yr of demand', () => {
    expect([gypsum.perYr, near.perYr, far.perYr]).toEqual([1000, 600, 800]);
    expect([gypsum.flow.price?.value, near.flow.price?.value, far.flow.price?.value]).toEqual([30, 25, 20]);
  });

  it('values the optimum at 53,000 − 1,000 f − 21,200 k c EUR/yr', () => {
    expect(tinyMaterialsNetValueEurPerYr(0)).toBe(53000);
    expect(tinyMaterialsNetValueEurPerYr(0.15)).toBeCloseTo(49820, 6);
    expect(tinyMaterialsNetValueEurPerYr(0.12, 5, 1.3)).toBeCloseTo(53000 - 5000 - 21200 * 1.3 * 0.12, 6);
  });
});

describe('tiny-heat-h2 premises', () => {
  it('has a 90 °C source, a 60 °C need 1 km away and a 95 °C need 1 km away', () => {
    const source = flowOf(tinyHeatH2Dataset, 'fonderie-heat');
    const low = flowOf(tinyHeatH2Dataset, 'sechoir-heat');
    const high = flowOf(tinyHeatH2Dataset, 'laiterie-heat');
    expect([source.flow.temperatureC, low.flow.temperatureC, high.flow.temperatureC]).toEqual([90, 60, 95]);
    expect([source.perYr, low.perYr, high.perYr]).toEqual([5000, 3000, 1000]);
    expect(haversineKm(source.site, low.site)).toBeCloseTo(1, 2);
    expect(haversineKm(source.site, high.site)).toBeCloseTo(1, 2);
  });

  it('has a 99.9 % hydrogen surplus of 100 t/yr and a 99.97 % / 350 bar demand of 50 t/yr 5 km away', () => {
    const supply = flowOf(tinyHeatH2Dataset, 'chlore-h2');
    const demand = flowOf(tinyHeatH2Dataset, 'depot-bus-h2');
    expect([supply.flow.purityPct, demand.flow.purityPct, demand.flow.pressureBar]).toEqual([
      99.9, 99.97, 350,
    ]);
    expect([supply.perYr, demand.perYr]).toEqual([100, 50]);
    expect(haversineKm(supply.site, demand.site)).toBeCloseTo(5, 2);
  });
});

describe.each(Object.values(TINY_EXPECTATIONS))('expectation $datasetId', (expectation) => {
  const dataset = DATASETS[expectation.datasetId];

  it('names existing flows, and never sends more than a supply has or a demand needs', () => {
    const sent = new Map<string, number>();
    const received = new Map<string, number>();
    for (const x of expectation.exchanges) {
      sent.set(x.supplyFlowId, (sent.get(x.supplyFlowId) ?? 0) + x.quantity);
      received.set(x.demandFlowId, (received.get(x.demandFlowId) ?? 0) + x.quantity);
    }
    for (const [id, q] of sent) expect(q).toBeLessThanOrEqual(flowOf(dataset, id).perYr);
    for (const [id, q] of received) expect(q).toBeLessThanOrEqual(flowOf(dataset, id).perYr);
    for (const x of expectation.exchanges) {
      const side = x.limitedBy === 'demand' ? x.demandFlowId : x.supplyFlowId;
      const used = x.limitedBy === 'demand' ? received.get(side) : sent.get(side);
      expect([x.demandFlowId, used]).toEqual([x.demandFlowId, flowOf(dataset, side).perYr]);
    }
    for (const id of expectation.unmatchedFlowIds) expect(flowOf(dataset, id).flow.id).toBe(id);
  });
});

it('covers both tiny territories', () => {
  expect([TINY_MATERIALS_EXPECTATION.datasetId, TINY_HEAT_H2_EXPECTATION.datasetId].sort()).toEqual(
    Object.keys(DATASETS).sort(),
  );
});
