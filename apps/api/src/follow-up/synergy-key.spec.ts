// Unit tests of the stable synergy key: the same flows and resource give the same key whatever the run's ids,
// members are sorted, duplicates of one key are summed, keys land in details without changing the rest.

import type { MatchResult, Synergy } from '@toile/flow-model';
import { synergiesByKey, synergyKeyOf, withSynergyKeys } from './synergy-key';

const substitution = (id: string, quantity: number, value?: number): Synergy => ({
  id,
  kind: 'substitution',
  resource: 'gypsum',
  supplier: { siteId: 'a', flowId: 'a-out' },
  consumer: { siteId: 'b', flowId: 'b-in' },
  quantity,
  unit: 't/yr',
  ...(value === undefined ? {} : { netValueEurPerYr: value }),
  explanation: '…',
});

describe('synergyKeyOf', () => {
  it('keys a substitution by supplier flow, consumer flow and resource, whatever its id', () => {
    expect(synergyKeyOf(substitution('s1', 10))).toBe('a-out>b-in@gypsum');
    expect(synergyKeyOf(substitution('s9', 99))).toBe('a-out>b-in@gypsum');
  });

  it('keys a mutualisation by its sorted member flows and resource', () => {
    const pooled: Synergy = {
      id: 's2',
      kind: 'mutualisation',
      resource: 'ewc:150101',
      members: [
        { siteId: 'c', flowId: 'c.carton' },
        { siteId: 'a', flowId: 'a_carton' },
      ],
      quantity: 5,
      unit: 't/yr',
      explanation: '…',
    };
    expect(synergyKeyOf(pooled)).toBe('a_carton+c.carton@ewc:150101');
  });
});

describe('withSynergyKeys and synergiesByKey', () => {
  it('adds the key to every synergy’s details, keeping the other details and the result format', () => {
    const result = {
      format: 'toile.result/1',
      synergies: [{ ...substitution('s1', 1), details: { ruleId: 'r', synergyKey: 'forged' } }],
    } as unknown as MatchResult;
    const keyed = withSynergyKeys(result);
    expect(keyed.format).toBe('toile.result/1');
    expect(keyed.synergies[0].details).toEqual({ ruleId: 'r', synergyKey: 'a-out>b-in@gypsum' });
    expect(result.synergies[0].details?.synergyKey).toBe('forged');
  });

  it('sums two synergies of one run sharing a key (quantities, values), keeping the first’s id', () => {
    const merged = synergiesByKey([substitution('s1', 10, 100), substitution('s2', 5)]);
    expect([...merged.keys()]).toEqual(['a-out>b-in@gypsum']);
    expect(merged.get('a-out>b-in@gypsum')).toMatchObject({ id: 's1', quantity: 15, netValueEurPerYr: 100 });
    expect(merged.get('a-out>b-in@gypsum')).not.toHaveProperty('co2AvoidedTPerYr');
  });
});
