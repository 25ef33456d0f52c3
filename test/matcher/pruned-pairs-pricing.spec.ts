// Pricing the pairs the partner cap pruned: with zero duals the pricer finds exactly the pairs an uncapped
// candidate stage keeps and the capped one drops (its bounded ring search misses none); and a territory solved
// with a partner cap of 1 plus pricing reaches the optimum HiGHS finds over every compatible pair.

import {
  BasisMemory,
  buildCandidates,
  buildCandidateStage,
  buildFormulation,
  DEFAULT_SOLVE_SETTINGS,
  match,
  pricePrunedPairs,
  PricingMemory,
  resolveMatchParameters,
  solveFormulation,
  type CandidateArc,
  type CandidateSet,
  type SolveOutcome,
} from '@toile/matcher';
import type { Dataset } from '@toile/flow-model';
import { checkResult } from './support/check-result';
import { formulationAsOneLp } from './support/formulation-as-one-lp';
import { loadHighs, solveWithHighs } from './support/highs-reference';
import { coldSolveOf, pricedSolveOf } from './support/priced-solves';
import { denseTerritory, realisticTerritory } from './support/random-territory';
import { seededRandom } from './support/seeded-random';

/** Every compatible pair kept: no flow has anywhere near this many partners in these territories. */
const UNCAPPED = resolveMatchParameters({ maxPartnersPerFlow: 100000, maxCandidateArcs: 100000000 });
const CAPPED = resolveMatchParameters({ maxPartnersPerFlow: 1 });

const pairOf = (arc: CandidateArc): string => `${arc.supplyFlowId}>${arc.demandFlowId}`;

const CASES: readonly (readonly [string, () => Dataset])[] = [
  ['realistic 120 sites (seed 11)', () => realisticTerritory(120, 11)],
  ['realistic 250 sites (seed 12)', () => realisticTerritory(250, 12)],
  ['dense 80 sites (seed 13)', () => denseTerritory(80, 13)],
];

describe.each(CASES)('%s', (name, territory) => {
  const dataset = territory();
  const uncapped = buildCandidates(dataset, UNCAPPED);

  it('with zero duals, prices back exactly the pairs the cap pruned, with the same margins and ratios', () => {
    const stage = buildCandidateStage(dataset, CAPPED);
    const kept = new Set(stage.set.arcs.map(pairOf));
    const pruned = uncapped.arcs.filter((arc) => !kept.has(pairOf(arc)));
    expect(pruned.length).toBeGreaterThan(50);
    const zero = new Float64Array(stage.set.endpoints.length * 12);
    const pass = pricePrunedPairs(stage.pricer, zero);
    expect(pass.arcs.map(pairOf).sort()).toEqual(pruned.map(pairOf).sort());
    const byPair = new Map(pruned.map((arc) => [pairOf(arc), arc]));
    for (const arc of pass.arcs) {
      const expected = byPair.get(pairOf(arc))!;
      expect(arc.marginEurPerUnit).toBeCloseTo(expected.marginEurPerUnit, 9);
      expect(arc.ratio).toBeCloseTo(expected.ratio, 12);
      expect(arc.distanceKm).toBeCloseTo(expected.distanceKm, 9);
    }
    // A second pass finds nothing new: every pair it returned now counts as in the set.
    expect(pricePrunedPairs(stage.pricer, zero).arcs).toHaveLength(0);
  });

  it('with a pricing memory, passes after some duals changed return what passes pricing everything return', () => {
    // Two stages of the same territory: one priced with a memory, one without; the same duals pass after pass.
    const withMemory = buildCandidateStage(dataset, CAPPED);
    const plain = buildCandidateStage(dataset, CAPPED);
    const memory = new PricingMemory(withMemory.pricer.flows.length);
    const random = seededRandom(7);
    const duals = new Float64Array(withMemory.set.endpoints.length * 12);
    for (let i = 0; i < duals.length; i++) duals[i] = random.next() * 40;
    const sortedPairs = (arcs: readonly CandidateArc[]): string[] => arcs.map(pairOf).sort();
    let total = 0;
    for (let pass = 0; pass < 4; pass++) {
      // Two partners per output and pass: profitable pairs are left over for the next passes.
      const remembered = pricePrunedPairs(withMemory.pricer, duals, 2, memory);
      const everything = pricePrunedPairs(plain.pricer, duals, 2);
      expect(sortedPairs(remembered.arcs)).toEqual(sortedPairs(everything.arcs));
      if (pass > 0) expect(remembered.pairsEvaluated).toBeLessThan(everything.pairsEvaluated);
      total += remembered.arcs.length;
      // Pass 2 changes the duals of about a fifth of the flows (some down, so new pairs turn profitable); pass 3
      // changes none.
      if (pass === 1)
        for (let e = 0; e < duals.length / 12; e++) {
          if (random.next() >= 0.2) continue;
          for (let t = 0; t < 12; t++) duals[e * 12 + t] = random.next() * 20;
        }
    }
    expect(total).toBeGreaterThan(20);
  });

  it('reaches the optimum over every compatible pair from a partner cap of 1, as HiGHS finds it', async () => {
    const { lp, constant } = formulationAsOneLp(buildFormulation(uncapped));
    const reference = solveWithHighs(await loadHighs(), lp);
    expect(reference.status).toBe('optimal');
    const expected = reference.objective + constant;
    const objectiveOf = (result: ReturnType<typeof match>): number =>
      Number((result.assumptions.solve as { objectiveEurPerYr: number }).objectiveEurPerYr);

    const priced = match(dataset, { parameters: { maxPartnersPerFlow: 1 } });
    expect(priced.status).toBe('optimal');
    const report = (priced.assumptions.solve as { prunedPairs: Record<string, unknown> }).prunedPairs;
    expect(report).toMatchObject({ partnerCap: 1, optimalOverAllPairs: true });
    expect(report.passes).toBeGreaterThanOrEqual(2);
    expect(report.arcsAdded).toBeGreaterThan(0);
    expect(Math.abs(objectiveOf(priced) - expected)).toBeLessThanOrEqual(
      1e-6 * Math.max(1, Math.abs(expected)),
    );
    expect(checkResult(dataset, priced, uncapped)).toEqual([]);

    // Without pricing the cap costs value: the comparison above is not vacuous.
    const capped = match(dataset, {
      parameters: { maxPartnersPerFlow: 1 },
      solveSettings: { pricingArcsPerFlow: 0 },
    });
    expect(capped.status).toBe('optimal');
    expect(objectiveOf(capped)).toBeLessThan(expected * (1 - 1e-4));
    expect((capped.assumptions.solve as { prunedPairs: { summary: string } }).prunedPairs.summary).toMatch(
      /désactivée/,
    );
  });

  it('extends the formulation of a pass to the arcs priced in, as building it from scratch does', () => {
    const stage = buildCandidateStage(dataset, CAPPED);
    const first = buildFormulation(stage.set);
    const zero = new Float64Array(stage.set.endpoints.length * 12);
    const added = pricePrunedPairs(stage.pricer, zero, 1).arcs;
    expect(added.length).toBeGreaterThan(0);
    const set = { ...stage.set, arcs: [...stage.set.arcs, ...added] };
    const extended = buildFormulation(set, first);
    const scratch = buildFormulation(set);
    expect(extended.lpArcs.arcs).toEqual(scratch.lpArcs.arcs);
    expect(extended.lpArcs.arcSupply).toEqual(scratch.lpArcs.arcSupply);
    expect(extended.lpArcs.arcDemand).toEqual(scratch.lpArcs.arcDemand);
    expect(extended.components).toHaveLength(scratch.components.length);
    let reused = 0;
    let untouched = 0;
    extended.components.forEach((component, c) => {
      const expected = scratch.components[c];
      expect(component.supplies).toEqual(expected.supplies);
      expect(component.demands).toEqual(expected.demands);
      expect(component.columns).toEqual(expected.columns);
      expect(component.slices.map((slice) => slice.lp)).toEqual(expected.slices.map((slice) => slice.lp));
      if (first.components.includes(component)) reused++;
      if (expected.columns.every((column) => column < first.lpArcs.arcs.length)) untouched++;
    });
    // Components no priced arc touches are the very models of the first formulation; the others are new.
    expect(reused).toBe(untouched);
    expect(reused).toBeLessThan(extended.components.length);
    // (In the dense territory every component gains a priced arc.)
    if (name.startsWith('realistic')) expect(reused).toBeGreaterThan(0);
  });

  it('keeps the earlier optimum of a month where no added column is profitable, and solves the others', () => {
    const stage = buildCandidateStage(dataset, CAPPED);
    const endpoints = stage.set.endpoints.length;
    const first = buildFormulation(stage.set);
    const solveWith = (set: CandidateSet, memory?: BasisMemory): SolveOutcome =>
      solveFormulation(
        buildFormulation(set, memory ? first : undefined),
        endpoints,
        DEFAULT_SOLVE_SETTINGS,
        Number.MAX_SAFE_INTEGER,
        undefined,
        memory,
      );
    const firstSolve = (): { memory: BasisMemory; outcome: SolveOutcome } => {
      const memory = new BasisMemory(endpoints);
      const outcome = solveFormulation(
        first,
        endpoints,
        DEFAULT_SOLVE_SETTINGS,
        Number.MAX_SAFE_INTEGER,
        undefined,
        memory,
      );
      return { memory, outcome };
    };
    const { outcome } = firstSolve();
    // Each pruned pair's reduced cost per month under the first optimum's duals.
    const index = first.lpArcs.endpointIndex;
    const reduced = (arc: CandidateArc): number[] =>
      Array.from({ length: 12 }, (_, t) => {
        const s = index.get(arc.supplyFlowId)!;
        const d = index.get(arc.demandFlowId)!;
        const dual = outcome.endpointMonthDual;
        return arc.marginEurPerUnit - dual[s * 12 + t] - arc.ratio * dual[d * 12 + t];
      });
    const pruned = pricePrunedPairs(stage.pricer, new Float64Array(endpoints * 12)).arcs;
    // Whether each endpoint's first component is monthly (undefined outside every component).
    const monthlyOf = new Map<number, boolean>();
    for (const c of first.components)
      for (const e of [...c.supplies, ...c.demands]) monthlyOf.set(e, c.monthly);
    const joinsYearlyToMonthly = (arc: CandidateArc): boolean => {
      const ends = [monthlyOf.get(index.get(arc.supplyFlowId)!), monthlyOf.get(index.get(arc.demandFlowId)!)];
      return ends.includes(true) && ends.includes(false);
    };
    const below = pruned.filter((arc) => Math.max(...reduced(arc)) < -1e-6);
    // Some join a yearly component to a monthly one: its yearly flows, divided by 12, are kept in every month.
    const unprofitable = [...below.filter(joinsYearlyToMonthly).slice(0, 10), ...below.slice(0, 30)];
    // (In the 250-site territory one does.)
    if (name.startsWith('realistic 250')) expect(below.some(joinsYearlyToMonthly)).toBe(true);
    const profitable = pruned.filter((arc) => Math.max(...reduced(arc)) > 1e-3);
    expect(unprofitable.length).toBeGreaterThan(10);
    expect(profitable.length).toBeGreaterThan(0);

    // Only unprofitable columns added: every slice they touch keeps its earlier optimum, without a pivot.
    const quiet = { ...stage.set, arcs: [...stage.set.arcs, ...new Set(unprofitable)] };
    const kept = solveWith(quiet, firstSolve().memory);
    expect(kept.stats.engines['still-optimal']).toBeGreaterThan(0);
    expect(kept.stats.engines['column-generation'] ?? 0).toBe(0);
    expect(kept.stats.pivots).toBe(0);
    const cold = solveWith(quiet);
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    expect(near(kept.objectiveEurPerYr, cold.objectiveEurPerYr)).toBe(true);
    expect(near(kept.objectiveEurPerYr, outcome.objectiveEurPerYr)).toBe(true);
    expect(Array.from(kept.columnFlow.subarray(0, outcome.columnFlow.length))).toEqual(
      Array.from(outcome.columnFlow),
    );
    expect(Array.from(kept.endpointMonthDual)).toEqual(Array.from(outcome.endpointMonthDual));

    // With a column profitable in some month, that month is solved again (to the cold optimum), not kept.
    const busy = { ...quiet, arcs: [...quiet.arcs, profitable[0]] };
    const resolved = solveWith(busy, firstSolve().memory);
    // A yearly component has one slice (its dual stands for every month).
    const supply = index.get(profitable[0].supplyFlowId)!;
    const monthly = buildFormulation(busy).components.find((c) => c.supplies.includes(supply))!.monthly;
    const months = monthly ? reduced(profitable[0]).filter((r) => r > 1e-3).length : 1;
    const coldBusy = solveWith(busy);
    expect(near(resolved.objectiveEurPerYr, coldBusy.objectiveEurPerYr)).toBe(true);
    expect(resolved.objectiveEurPerYr).toBeGreaterThan(outcome.objectiveEurPerYr);
    const solvedAgain = resolved.stats.slices - (resolved.stats.engines.unchanged ?? 0);
    expect(solvedAgain - (resolved.stats.engines['still-optimal'] ?? 0)).toBeGreaterThanOrEqual(months);
  });

  it('with a required pair (each pass builds its formulation anew), untouched components keep their solutions', () => {
    const first = buildCandidateStage(dataset, CAPPED).set.arcs[0];
    const pins = [
      { supplyFlowId: first.supplyFlowId, demandFlowId: first.demandFlowId, pin: 'required' as const },
    ];
    const priced = pricedSolveOf(buildCandidateStage(dataset, CAPPED, pins));
    expect(priced.pricing.passes).toBeGreaterThanOrEqual(2);
    expect(priced.outcome.stats.engines.unchanged ?? 0).toBeGreaterThan(0);
    const cold = coldSolveOf(priced.candidates);
    const expected = cold.outcome.objectiveEurPerYr;
    expect(Math.abs(priced.outcome.objectiveEurPerYr - expected)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(expected)),
    );
  });

  it('re-solves each pass from the previous optimal bases, to the same optimum as a cold solve of the final set', () => {
    const priced = pricedSolveOf(buildCandidateStage(dataset, CAPPED));
    expect(priced.pricing.passes).toBeGreaterThanOrEqual(2);
    expect(priced.pricing.optimalOverAllPairs).toBe(true);
    // The last solve started slices from stored bases (the pool of each slice carried over) …
    expect(priced.outcome.stats.storedStarts).toBeGreaterThan(0);
    // Components no new arc touched kept their solutions from the pass before.
    expect(priced.outcome.stats.engines.unchanged ?? 0).toBeGreaterThan(0);
    const cold = coldSolveOf(priced.candidates);
    expect(cold.outcome.stats.storedStarts).toBe(0);
    const expected = cold.outcome.objectiveEurPerYr;
    expect(Math.abs(priced.outcome.objectiveEurPerYr - expected)).toBeLessThanOrEqual(
      1e-6 * Math.max(1, Math.abs(expected)),
    );
  });
});
