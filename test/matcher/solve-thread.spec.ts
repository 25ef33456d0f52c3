// The second solve thread: a job the worker solves gives, array for array, what the main thread gives for it; and a
// priced solve on two threads gives the very result of one thread (flows, duals, objective, passes, pivots).
// The worker runs the built package (libs/matcher/dist, which `npm ci` builds).

import {
  buildCandidateStage,
  buildFormulation,
  DEFAULT_SOLVE_SETTINGS,
  match,
  resolveMatchParameters,
  solveMonths,
  SolveThread,
  solveWithPricing,
  type MonthJob,
  type MonthsOutcome,
  type SolveSettings,
} from '@toile/matcher';
import { denseTerritory, realisticTerritory } from './support/random-territory';

/** Every component job goes to the second thread, however small. */
const EVERY_JOB: SolveSettings = { ...DEFAULT_SOLVE_SETTINGS, threads: 2, threadMinColumnMonths: 1 };
const ONE_THREAD: SolveSettings = { ...DEFAULT_SOLVE_SETTINGS, threads: 1 };
/** A partner cap of 3: several pricing passes, each re-solving components from their stored bases. */
const CAPPED = resolveMatchParameters({ maxPartnersPerFlow: 3 });

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
    const thread = SolveThread.start(2);
    expect(thread).not.toBeNull();
    try {
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
      thread!.begin(jobs.length);
      jobs.forEach((job, k) => thread!.offer(k, job, k));
      // Nothing claimed here: every job is the worker's, and each outcome comes back from it.
      const fromWorker = jobs.map((_, k) => thread!.take(k, Number.MAX_SAFE_INTEGER));
      jobs.forEach((job, k) => {
        expect(fromWorker[k]).not.toBeNull();
        expect(plain(fromWorker[k]!)).toEqual(plain(solveMonths(job)));
      });
      // A job the main thread claimed first is never solved by the worker.
      thread!.begin(1);
      expect(thread!.claim(0)).toBe(true);
      thread!.offer(0, jobs[0], 1);
      expect(thread!.claim(0)).toBe(false);
    } finally {
      thread!.close();
    }
  });

  it.each([
    ['realistic 400 sites (seed 32)', () => realisticTerritory(400, 32)],
    ['dense 150 sites (seed 33)', () => denseTerritory(150, 33)],
  ])('gives a priced solve of %s the result of one thread', (_name, territory) => {
    const dataset = territory();
    const solve = (settings: SolveSettings) => {
      const stage = buildCandidateStage(dataset, CAPPED);
      return solveWithPricing(
        stage.set,
        buildFormulation(stage.set),
        stage.pricer,
        settings,
        Number.MAX_SAFE_INTEGER,
      );
    };
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
    expect(two.candidates.arcs.length).toBe(one.candidates.arcs.length);
  });

  it('gives match the same portfolio on one or two threads', () => {
    const dataset = realisticTerritory(250, 34);
    const one = match(dataset, { solveSettings: { threads: 1 } });
    const two = match(dataset, { solveSettings: { threads: 2, threadMinColumnMonths: 1 } });
    expect(two.synergies).toEqual(one.synergies);
    expect(two.totals).toEqual(one.totals);
    expect(two.unmatched).toEqual(one.unmatched);
  });
});
