// Solves over every compatible pair, not only the kept ones: after each optimum over the candidate set, the pairs
// the partner cap pruned are priced exactly with its duals, the most profitable join the set and it is re-solved.

import { pricePrunedPairs, type PricerInput } from './candidates/price-pruned';
import { PricingMemory } from './candidates/pricing-memory';
import { buildFormulation, type Formulation } from './formulation/build-formulation';
import { BasisMemory } from './solve/basis-memory';
import { solveFormulation, type SolveOutcome, type SolveProgress } from './solve/solve-formulation';
import type { SolveSettings } from './solve/solve-settings';
import { SolveThread } from './solve/solve-thread';
import type { CandidateSet } from './types';

export interface PricingStats {
  /** Pricing passes run (the last one finds nothing when the result is proved optimal over all pairs). */
  readonly passes: number;
  /** Arcs added back over all passes. */
  readonly arcsAdded: number;
  /** Pruned pairs whose margin was evaluated, over all passes. */
  readonly pairsPriced: number;
  /**
   * Whether no compatible pair outside the final set has a positive reduced cost, so that the optimum over the
   * set is the optimum over every compatible pair (false when pricing is off or the deadline stopped it).
   */
  readonly optimalOverAllPairs: boolean;
  readonly pricingMs: number;
  readonly resolveMs: number;
  /**
   * Each pass that added arcs: how many, its pricing and re-solve times, the re-solve's pivots, stored starts and
   * components solved by the second thread.
   */
  readonly perPass: readonly PassStats[];
}

export interface PassStats {
  readonly arcsAdded: number;
  readonly pricingMs: number;
  readonly resolveMs: number;
  readonly pivots: number;
  readonly storedStarts: number;
  /** Components the second thread solved (see solve/solve-thread.ts). */
  readonly threadJobs: number;
}

export interface PricedSolve {
  readonly candidates: CandidateSet;
  readonly formulation: Formulation;
  readonly outcome: SolveOutcome;
  readonly pricing: PricingStats;
}

/**
 * Solves `formulation` (built from `candidates`); with `pricer` and `settings.pricingArcsPerFlow` > 0, prices
 * the pruned pairs with the optimum's duals and re-solves with the best of those whose reduced cost is positive
 * (at most pricingArcsPerFlow per supply and per demand), until none is left (optimal over every compatible pair
 * by weak duality) or the deadline passes. Otherwise optimal over the candidate set only.
 * `thread`: the second thread to share the work with (the caller closes it), null for none; by default one is
 * started here (`SolveThread.start` with the pricer's source) and closed.
 */
export function solveWithPricing(
  candidates: CandidateSet,
  formulation: Formulation,
  pricer: PricerInput | undefined,
  settings: SolveSettings,
  deadlineMs: number,
  onProgress?: SolveProgress,
  thread?: SolveThread | null,
): PricedSolve {
  if (thread !== undefined)
    return solveAndPrice(candidates, formulation, pricer, settings, deadlineMs, onProgress, thread);
  const own = SolveThread.start(settings, pricer?.source);
  try {
    return solveAndPrice(candidates, formulation, pricer, settings, deadlineMs, onProgress, own);
  } finally {
    own?.close();
  }
}

function solveAndPrice(
  candidates: CandidateSet,
  formulation: Formulation,
  pricer: PricerInput | undefined,
  settings: SolveSettings,
  deadlineMs: number,
  onProgress: SolveProgress | undefined,
  thread: SolveThread | null,
): PricedSolve {
  let set = candidates;
  let model = formulation;
  // Each re-solve starts every slice from its optimal basis of the previous pass (the new arcs enter from there).
  const memory = new BasisMemory(set.endpoints.length);
  const solve = (): SolveOutcome =>
    solveFormulation(model, set.endpoints.length, settings, deadlineMs, onProgress, memory, thread);
  const perFlow = settings.pricingArcsPerFlow;
  let outcome = solve();
  // Each pass prices again only the pairs whose reduced cost may have changed since the previous one.
  const pricingMemory = new PricingMemory(pricer?.flows.length ?? 0);
  let passes = 0;
  let arcsAdded = 0;
  let pairsPriced = 0;
  let optimalOverAllPairs = false;
  let pricingMs = 0;
  let resolveMs = 0;
  const perPass: PassStats[] = [];
  while (pricer !== undefined && perFlow > 0 && outcome.status === 'optimal' && Date.now() < deadlineMs) {
    const t0 = Date.now();
    const helper = thread?.pricingHelper(deadlineMs);
    const pass = pricePrunedPairs(pricer, outcome.endpointMonthDual, perFlow, pricingMemory, helper);
    const pricing = Date.now() - t0;
    pricingMs += pricing;
    passes++;
    pairsPriced += pass.pairsEvaluated;
    if (pass.arcs.length === 0) {
      optimalOverAllPairs = true;
      break;
    }
    arcsAdded += pass.arcs.length;
    set = { ...set, arcs: [...set.arcs, ...pass.arcs] };
    const t1 = Date.now();
    model = buildFormulation(set, model);
    outcome = solve();
    const resolve = Date.now() - t1;
    resolveMs += resolve;
    perPass.push({
      arcsAdded: pass.arcs.length,
      pricingMs: pricing,
      resolveMs: resolve,
      pivots: outcome.stats.pivots,
      storedStarts: outcome.stats.storedStarts,
      threadJobs: outcome.stats.threadJobs,
    });
  }
  return {
    candidates: set,
    formulation: model,
    outcome,
    pricing: {
      passes,
      arcsAdded,
      pairsPriced,
      optimalOverAllPairs,
      pricingMs,
      resolveMs,
      perPass,
    },
  };
}
