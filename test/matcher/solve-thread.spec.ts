// The second thread: a job the worker solves gives, array for array, what the main thread gives for it; a pricing
// pass half searched by the worker adds the arcs of one search; and a priced solve on two threads gives the very
// result of one thread (flows, duals, objective, arcs, passes, pivots).
// The worker runs the built package (libs/matcher/dist, which `npm ci` builds).

import {
  buildCandidateStage,
  buildFormulation,
  DEFAULT_SOLVE_SETTINGS,
  match,
  pricePrunedPairs,
  PricingMemory,
  resolveMatchParameters,
  solveMonths,
  SolveThread,
  type CandidateArc,
  type MonthJob,
  type MonthsOutcome,
  type SolveSettings,
} from '@toile/matcher';
import { checkResult } from './support/check-result';
import { pricedSolveOf } from './support/priced-solves';
import { denseTerritory, realisticTerritory } from './support/random-territory';
import { seededRandom } from './support/seeded-random';

/** Every component job, and every pricing pass, is shared with the second thread, however small. */
const EVERY_JOB: SolveSettings = {
  ...DEFAULT_SOLVE_SETTINGS,
  threads: 2,
  threadMinSolveColumnMonths: 1,
  threadMinColumnMonths: 1,
  threadMinFlows: 1,
};
const ONE_THREAD: SolveSettings = { ...DEFAULT_SOLVE_SETTINGS, threads: 1 };
/** A partner cap of 3: several pricing passes, each re-solving components from their stored bases. */
const CAPPED = resolveMatchParameters({ maxPartnersPerFlow: 3 });

/** Runs `use` with a second thread, closed afterwards. */
function withThread(use: (thread: SolveThread) => void): void {
  const thread = SolveThread.start(EVERY_JOB);
  expect(thread).not.toBeNull();
  try {
    use(thread!);
  } finally {
    thread!.close();
  }
}

function plain(outcome: MonthsOutcome): unknown {
  return {
    storedStarts: outcome.storedStarts,
    results: outcome.results.map((r) => ({
      ...r,
      flowing: Array.from(r.flowing),
      flowValues: Array.from(r.flowValues),
      supplyDual: Array.from(r.supplyDual),
      demandDual: Array.from(r.demandDual),
      basis: r.basis && {
        pool: Array.from(r.basis.pool),
        basicArcs: Array.from(r.basis.basicArcs),
        basicSlacks: Array.from(r.basis.basicSlacks),
      },
    })),
  };
}

describe('the second solve thread', () => {
  it('solves the jobs offered to it as the main thread does', () => {
    withThread((thread) => {
      const stage = buildCandidateStage(realisticTerritory(300, 31));
      const formulation = buildFormulation(stage.set);
      const jobs: MonthJob[] = formulation.components
        .filter((component) => component.columns.length > 100)
        .map((component) => ({
          lps: component.slices.map((slice) => slice.lp),
          months: component.slices.map((_, t) => t),
          starts: component.slices.map(() => undefined),
          everyMonthStored: false,
          settings: ONE_THREAD,
          deadlineMs: Number.MAX_SAFE_INTEGER,
        }));
      expect(jobs.length).toBeGreaterThanOrEqual(2);
      expect(jobs.some((job) => job.months.length === 12)).toBe(true);
      thread.begin(jobs.length);
      jobs.forEach((job, k) => thread.offer(k, job, k));
      // Nothing claimed here: every job is the worker's, and each outcome comes back from it.
      const fromWorker = jobs.map((_, k) => thread.take(k, Number.MAX_SAFE_INTEGER));
      jobs.forEach((job, k) => {
        expect(fromWorker[k]).not.toBeNull();
        expect(plain(fromWorker[k]!)).toEqual(plain(solveMonths(job)));
      });
      // A job the main thread claimed first is never solved by the worker.
      thread.begin(1);
      expect(thread.claim(0)).toBe(true);
      thread.offer(0, jobs[0], 1);
      expect(thread.claim(0)).toBe(false);
      // A job the worker throws on comes back as null (the caller solves it itself), and the worker goes on.
      thread.begin(2);
      thread.offer(0, { ...jobs[0], lps: [] }, 2);
      thread.offer(1, jobs[0], 1);
      expect(thread.take(0, Number.MAX_SAFE_INTEGER)).toBeNull();
      expect(plain(thread.take(1, Number.MAX_SAFE_INTEGER)!)).toEqual(plain(solveMonths(jobs[0])));
    });
  });

  it.each([
    ['realistic 400 sites (seed 32)', () => realisticTerritory(400, 32)],
    ['dense 150 sites (seed 33)', () => denseTerritory(150, 33)],
  ])('gives a priced solve of %s the result of one thread', (_name, territory) => {
    const dataset = territory();
    const solve = (settings: SolveSettings) => pricedSolveOf(buildCandidateStage(dataset, CAPPED), settings);
    const one = solve(ONE_THREAD);
    const two = solve(EVERY_JOB);
    expect(one.pricing.passes).toBeGreaterThanOrEqual(3);
    expect(one.outcome.status).toBe('optimal');
    expect(two.outcome.objectiveEurPerYr).toBe(one.outcome.objectiveEurPerYr);
    expect(Array.from(two.outcome.columnFlow)).toEqual(Array.from(one.outcome.columnFlow));
    expect(Array.from(two.outcome.endpointMonthDual)).toEqual(Array.from(one.outcome.endpointMonthDual));
    const passes = (solved: typeof one) =>
      solved.pricing.perPass.map(({ arcsAdded, pivots, storedStarts }) => ({
        arcsAdded,
        pivots,
        storedStarts,
      }));
    expect(passes(two)).toEqual(passes(one));
    expect(one.pricing.perPass.every((pass) => pass.threadJobs === 0)).toBe(true);
    // The pricing passes, half searched by the worker, add the same arcs in the same order.
    expect(two.candidates.arcs.map((arc) => arc.id)).toEqual(one.candidates.arcs.map((arc) => arc.id));
  });

  it('has the worker search half the outputs of each pricing pass, for the pairs of a search of all of them', () => {
    const dataset = realisticTerritory(300, 36);
    const alone = buildCandidateStage(dataset, CAPPED);
    const shared = buildCandidateStage(dataset, CAPPED);
    withThread((thread) => {
      thread.preparePricing(shared.pricer.source);
      const aloneMemory = new PricingMemory(alone.pricer.flows.length);
      const sharedMemory = new PricingMemory(shared.pricer.flows.length);
      const random = seededRandom(8);
      const duals = new Float64Array(alone.set.endpoints.length * 12);
      for (let i = 0; i < duals.length; i++) duals[i] = random.next() * 40;
      const pairs = (arcs: readonly CandidateArc[]) => arcs.map((arc) => [arc.id, arc.marginEurPerUnit]);
      let total = 0;
      for (let pass = 0; pass < 4; pass++) {
        const helper = thread.pricingHelper(Number.MAX_SAFE_INTEGER);
        expect(helper).not.toBeNull();
        const one = pricePrunedPairs(alone.pricer, duals, 2, aloneMemory);
        const two = pricePrunedPairs(shared.pricer, duals, 2, sharedMemory, helper);
        // Same arcs in the same order; the two searches evaluate at least as many pairs as one.
        expect(pairs(two.arcs)).toEqual(pairs(one.arcs));
        expect(two.pairsEvaluated).toBeGreaterThanOrEqual(one.pairsEvaluated);
        total += one.arcs.length;
        // Lower some duals: pairs of outputs the worker searched turn profitable at the next passes.
        for (let e = 0; e < duals.length / 12; e++) {
          if (random.next() >= 0.2) continue;
          for (let t = 0; t < 12; t++) duals[e * 12 + t] *= random.next();
        }
      }
      expect(total).toBeGreaterThan(50);
    });
  });

  it('answers timedout past its time limit on two threads, with a feasible result', () => {
    const dataset = realisticTerritory(200, 3);
    const result = match(dataset, { timeLimitMs: 0, solveSettings: EVERY_JOB });
    expect(result.status).toBe('timedout');
    expect(checkResult(dataset, result)).toEqual([]);
  });

  it('searches the outputs of a worker that failed itself, for the same pairs, and then stops asking it', () => {
    const dataset = realisticTerritory(200, 37);
    const alone = buildCandidateStage(dataset, CAPPED);
    const shared = buildCandidateStage(dataset, CAPPED);
    withThread((thread) => {
      // A stage the worker cannot build: its pricing answers with an error.
      thread.preparePricing({ ...shared.pricer.source, dataset: {} as never });
      const duals = new Float64Array(alone.set.endpoints.length * 12);
      const helper = thread.pricingHelper(Number.MAX_SAFE_INTEGER);
      expect(helper).not.toBeNull();
      const one = pricePrunedPairs(alone.pricer, duals, 2, new PricingMemory(alone.pricer.flows.length));
      const two = pricePrunedPairs(
        shared.pricer,
        duals,
        2,
        new PricingMemory(shared.pricer.flows.length),
        helper,
      );
      expect(one.arcs.length).toBeGreaterThan(10);
      expect(two.arcs.map((arc) => arc.id)).toEqual(one.arcs.map((arc) => arc.id));
      expect(thread.pricingHelper(Number.MAX_SAFE_INTEGER)).toBeNull();
    });
  });

  it('gives match the same portfolio on one or two threads', () => {
    const dataset = realisticTerritory(250, 34);
    const one = match(dataset, { solveSettings: { threads: 1 } });
    const two = match(dataset, {
      solveSettings: EVERY_JOB,
    });
    expect(two.synergies).toEqual(one.synergies);
    expect(two.totals).toEqual(one.totals);
    expect(two.unmatched).toEqual(one.unmatched);
  });
});
