// Property tests on random territories and random pins (fast-check, seeded): never over a capacity, never an
// incompatible or self pair, never a forbidden pair, every required pair served, the progress stages in order.

import fc from 'fast-check';
import {
  buildCandidates,
  DEFAULT_MATCH_PARAMETERS,
  match,
  type CandidatePin,
  type MatchProgress,
} from '@toile/matcher';
import { checkResult } from './support/check-result';
import { denseTerritory, realisticTerritory } from './support/random-territory';

const territory = fc
  .record({
    dense: fc.boolean(),
    sites: fc.integer({ min: 2, max: 40 }),
    seed: fc.integer({ min: 1, max: 1e6 }),
  })
  .map(({ dense, sites, seed }) => (dense ? denseTerritory(sites, seed) : realisticTerritory(sites, seed)));

describe('match on random territories', () => {
  it('respects every capacity and pair rule (independent checker)', () => {
    fc.assert(
      fc.property(territory, (dataset) => {
        const result = match(dataset);
        expect(result.status).toBe('optimal');
        expect(checkResult(dataset, result, buildCandidates(dataset, DEFAULT_MATCH_PARAMETERS))).toEqual([]);
      }),
      { seed: 424242, numRuns: 40 },
    );
  });

  it('keeps forbidden pairs out and serves required ones', () => {
    fc.assert(
      fc.property(territory, fc.integer({ min: 0, max: 1e6 }), (dataset, pick) => {
        const arcs = buildCandidates(dataset, DEFAULT_MATCH_PARAMETERS).arcs;
        fc.pre(arcs.length >= 2);
        const forbidden = arcs[pick % arcs.length];
        const required = arcs.find(
          (a, i) => i !== pick % arcs.length && a.demandFlowId !== forbidden.demandFlowId,
        );
        fc.pre(
          required !== undefined &&
            required.supplyFlowId + required.demandFlowId !== forbidden.supplyFlowId + forbidden.demandFlowId,
        );
        const pins: CandidatePin[] = [
          { supplyFlowId: forbidden.supplyFlowId, demandFlowId: forbidden.demandFlowId, pin: 'forbidden' },
          { supplyFlowId: required!.supplyFlowId, demandFlowId: required!.demandFlowId, pin: 'required' },
        ];
        const result = match(dataset, { pins });
        const pair = (s: (typeof result.synergies)[number]): string =>
          `${s.supplier?.flowId}>${s.consumer?.flowId}`;
        const pairs = result.synergies.map(pair);
        expect(pairs).not.toContain(`${forbidden.supplyFlowId}>${forbidden.demandFlowId}`);
        if (result.status === 'optimal')
          expect(pairs).toContain(`${required!.supplyFlowId}>${required!.demandFlowId}`);
        else expect(result.status).toBe('infeasible');
        expect(checkResult(dataset, result)).toEqual([]);
      }),
      { seed: 777, numRuns: 30 },
    );
  });
});

describe('match contract', () => {
  const dataset = realisticTerritory(30, 9);

  it('reports contradictory pins as an infeasible result, never a throw', () => {
    const arc = buildCandidates(dataset, DEFAULT_MATCH_PARAMETERS).arcs[0];
    const pins: CandidatePin[] = [
      { supplyFlowId: arc.supplyFlowId, demandFlowId: arc.demandFlowId, pin: 'required' },
      { supplyFlowId: arc.supplyFlowId, demandFlowId: arc.demandFlowId, pin: 'forbidden' },
    ];
    const result = match(dataset, { pins });
    expect(result.status).toBe('infeasible');
    expect(result.synergies).toEqual([]);
    expect(result.unmatched.map((u) => u.code)).toContain('pin-conflict');
    expect(result.unmatched[0].reason).toMatch(/à la fois imposée et interdite/);
  });

  it('answers timedout past its time limit, with a feasible result', () => {
    const result = match(realisticTerritory(200, 3), { timeLimitMs: 0 });
    expect(result.status).toBe('timedout');
    expect(checkResult(realisticTerritory(200, 3), result)).toEqual([]);
  });

  it('reports progress through the five stages in order', () => {
    const stages: string[] = [];
    match(dataset, { onProgress: (p: MatchProgress) => stages.push(p.stage) });
    expect([...new Set(stages)]).toEqual([
      'validation',
      'candidates',
      'formulation',
      'solve',
      'interpretation',
    ]);
  });

  it('throws a MatchInputError naming the field on an invalid dataset or pin', () => {
    expect(() => match({ format: 'toile.dataset/1' })).toThrow(/@toile\/matcher: invalid input: \$/);
    expect(() =>
      match(dataset, { pins: [{ supplyFlowId: 'a', demandFlowId: 'b', pin: 'maybe' }] as never }),
    ).toThrow(/\$\.pins\[0\]\.pin/);
  });
});
