// Pooling proposals: single-linkage clusters of distinct sites declaring the same waste or input.
import type { Dataset, Flow } from '@toile/flow-model';
import { resolveMatchParameters } from '../parameters';
import { buildPooling } from './pooling';
import { prepareFlows } from './prepared-flow';

const flow = (id: string, siteId: string, quantity: number, extra: Partial<Flow> = {}): Flow => ({
  id,
  siteId,
  direction: 'output',
  ewc: '15 01 01',
  quantity,
  unit: 't/yr',
  price: { value: 80, unit: 'EUR/t' },
  ...extra,
});

function dataset(flows: Flow[]): Dataset {
  return {
    format: 'toile.dataset/1',
    territory: { id: 't', name: 'T' },
    zones: [],
    // a–b 3.3 km apart, b–c 3.3 km (a–c 6.7 km: linked through b), d 40 km away.
    sites: [
      { id: 'a', name: 'a', lat: 49.4, lon: 1 },
      { id: 'b', name: 'b', lat: 49.43, lon: 1 },
      { id: 'c', name: 'c', lat: 49.46, lon: 1 },
      { id: 'd', name: 'd', lat: 49.8, lon: 1 },
    ],
    flows,
  };
}

describe('buildPooling', () => {
  const params = resolveMatchParameters({});

  it('chains sites within the radius and prices the saving', () => {
    const prepared = prepareFlows(
      dataset([flow('fa', 'a', 50), flow('fb', 'b', 70), flow('fc', 'c', 30), flow('fd', 'd', 100)]),
      params,
    );
    const proposals = buildPooling(prepared, params);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      resource: 'ewc:150101',
      direction: 'output',
      quantityPerYr: 150,
      savingEurPerYr: 0.2 * 150 * 80,
      radiusKm: 5,
    });
    expect(proposals[0].members.map((m) => m.flowId)).toEqual(['fa', 'fb', 'fc']);
    expect(proposals[0].explanation).toContain('3 sites');
  });

  it('needs distinct sites and separates outputs from inputs', () => {
    const prepared = prepareFlows(
      dataset([
        flow('fa1', 'a', 50),
        flow('fa2', 'a', 20),
        flow('in-a', 'a', 10, { direction: 'input', ewc: undefined, resource: 'paper-cardboard' }),
        flow('in-b', 'b', 10, { direction: 'input', ewc: undefined, resource: 'paper-cardboard' }),
      ]),
      params,
    );
    const proposals = buildPooling(prepared, params);
    expect(proposals.map((p) => [p.direction, p.resource, p.members.length])).toEqual([
      ['input', 'paper-cardboard', 2],
    ]);
  });
});
