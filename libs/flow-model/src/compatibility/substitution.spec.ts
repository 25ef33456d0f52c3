// Substitution rules: exact cases and the integrity of the rule base.
import { getResource } from '../resources';
import { lookupEwc } from '../ewc';
import { SUBSTITUTION_RULES } from '../rules';
import { ruleConditionFailure, rulesFromOutput, substitutionRulesFor } from './substitution';

describe('substitutionRulesFor', () => {
  it('lets FGD gypsum 10 01 05 replace gypsum one for one', () => {
    const rules = substitutionRulesFor({ ewc: '10 01 05' }, { resource: 'gypsum' });
    expect(rules.map((r) => [r.id, r.ratio])).toEqual([['fgd-gypsum-to-gypsum', 1]]);
  });

  it('checks machine-readable conditions: moisture, dry matter, hazard', () => {
    expect(substitutionRulesFor({ ewc: '100105', moisturePct: 15 }, { resource: 'gypsum' })).toEqual([]);
    expect(substitutionRulesFor({ ewc: '100105', dryMatterPct: 92 }, { resource: 'gypsum' })).toHaveLength(1);
    expect(substitutionRulesFor({ ewc: '020701', dryMatterPct: 10 }, { resource: 'animal-feed' })).toEqual(
      [],
    );
    expect(
      substitutionRulesFor({ ewc: '020701', dryMatterPct: 22 }, { resource: 'animal-feed' })[0].ratio,
    ).toBe(0.25);
    expect(substitutionRulesFor({ ewc: '100105' }, { resource: 'gypsum' }, true)).toEqual([]);
  });

  it('matches rules by resource and lists every rule of an output once', () => {
    expect(substitutionRulesFor({ resource: 'fuel-gas' }, { resource: 'natural-gas' })[0].id).toBe(
      'off-gas-to-natural-gas',
    );
    const ids = rulesFromOutput({ ewc: '190805' }).map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['sewage-sludge-to-soil-amendment', 'sewage-sludge-to-organic-sludge']),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lets catering waste become animal feed', () => {
    expect(substitutionRulesFor({ ewc: '20 01 08' }, { resource: 'animal-feed' })).toEqual([]);
    expect(substitutionRulesFor({ ewc: '20 01 08' }, { resource: 'biowaste' })).toHaveLength(1);
  });
});

describe('the rule base', () => {
  it('holds at least 60 rules with unique ids, known targets, positive ratios, a label and a source', () => {
    expect(SUBSTITUTION_RULES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(SUBSTITUTION_RULES.map((r) => r.id)).size).toBe(SUBSTITUTION_RULES.length);
    for (const rule of SUBSTITUTION_RULES) {
      expect([rule.id, getResource(rule.to)?.key]).toEqual([rule.id, rule.to]);
      expect(rule.ratio).toBeGreaterThan(0);
      expect(rule.labelFr.length).toBeGreaterThan(5);
      expect(rule.source.length).toBeGreaterThan(5);
      if (rule.from.resource !== undefined)
        expect([rule.id, getResource(rule.from.resource)?.key]).toEqual([rule.id, rule.from.resource]);
    }
  });

  it('cites only existing EWC codes, and hazardous codes only in rules open to hazardous wastes', () => {
    for (const rule of SUBSTITUTION_RULES) {
      for (const code of rule.from.ewc ?? []) {
        const entry = lookupEwc(code);
        expect([rule.id, code, entry?.code]).toEqual([rule.id, code, code]);
        if (entry?.hazardous === true)
          expect([rule.id, code, rule.conditions.nonHazardousOnly]).toEqual([rule.id, code, undefined]);
      }
    }
  });

  it('reports the failing condition in French', () => {
    const rule = SUBSTITUTION_RULES.find((r) => r.id === 'fgd-gypsum-to-gypsum')!;
    expect(ruleConditionFailure(rule, { moisturePct: 15 }, false)).toBe('humidité 15 % > 10 % admis');
  });
});
