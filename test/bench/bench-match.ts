// `npm run bench:match`: seeded territories of both families through the whole matcher, one child process per
// size (clean peak memory); prints stage times, arcs, components, CG rounds and the objective beside HiGHS's.

import { fork } from 'node:child_process';
import {
  buildCandidateStage,
  buildFormulation,
  buildResult,
  DEFAULT_MATCH_PARAMETERS,
  DEFAULT_SOLVE_SETTINGS,
  flowUsage,
  interpretationContext,
  solveWithPricing,
  SolveThread,
} from '@toile/matcher';
import { parseDataset } from '@toile/flow-model';
import { formulationAsOneLp } from '../matcher/support/formulation-as-one-lp';
import { loadHighs, solveWithHighs } from '../matcher/support/highs-reference';
import { denseTerritory, realisticTerritory } from '../matcher/support/random-territory';

const CASES = [
  { family: 'realistic', sites: 100 },
  { family: 'realistic', sites: 1000 },
  { family: 'realistic', sites: 10000 },
  { family: 'dense', sites: 1000 },
] as const;
const SEED = 20260101;
/** HiGHS is skipped above this many LP columns (its 2 GiB WebAssembly memory cap) and stopped after this time. */
const HIGHS_MAX_COLUMNS = 1_500_000;
const HIGHS_TIME_LIMIT_S = 120;

interface Row {
  readonly name: string;
  readonly [key: string]: string | number;
}

async function runCase(family: string, sites: number, withHighs: boolean, pricing: boolean): Promise<Row> {
  const dataset = family === 'dense' ? denseTerritory(sites, SEED) : realisticTerritory(sites, SEED);
  const t0 = performance.now();
  const parsed = parseDataset(dataset);
  if (!parsed.ok) throw new Error(`bench: generated dataset invalid: ${parsed.problems[0]?.reason}`);
  const t1 = performance.now();
  // Pricing the pruned pairs (default) makes the optimum exact over every compatible pair; --no-pricing skips it.
  const settings = { ...DEFAULT_SOLVE_SETTINGS, ...(pricing ? {} : { pricingArcsPerFlow: 0 }) };
  // As `match` does: the second thread builds its candidate stage for the pricing passes meanwhile.
  const thread = SolveThread.start(settings, {
    dataset: parsed.dataset,
    params: DEFAULT_MATCH_PARAMETERS,
    pins: [],
  });
  const stage = buildCandidateStage(parsed.dataset, DEFAULT_MATCH_PARAMETERS);
  const t2 = performance.now();
  let solved: ReturnType<typeof solveWithPricing>;
  try {
    const formulation = buildFormulation(stage.set);
    solved = solveWithPricing(
      stage.set,
      formulation,
      stage.pricer,
      settings,
      Number.MAX_SAFE_INTEGER,
      undefined,
      thread,
    );
  } finally {
    thread?.close();
  }
  const { candidates, formulation, outcome } = solved;
  const t3 = performance.now();
  const context = interpretationContext(parsed.dataset);
  const result = buildResult({
    territory: {
      candidates,
      formulation,
      outcome,
      usage: flowUsage(candidates, formulation, outcome),
      context,
    },
    status:
      outcome.status === 'optimal' && (!pricing || solved.pricing.optimalOverAllPairs)
        ? 'optimal'
        : 'timedout',
    flowIds: parsed.dataset.flows.map((flow) => flow.id),
    settings,
    pricing: { ...solved.pricing, partnerCap: stage.partnerCap },
  });
  const t4 = performance.now();
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  let highs = 'skipped';
  let highsS = '';
  let gap = '';
  const columns = formulation.components.reduce((n, c) => n + c.columns.length * c.slices.length, 0);
  if (!withHighs) highs = 'skipped (--no-highs)';
  else if (columns > HIGHS_MAX_COLUMNS) highs = `skipped (${columns} columns > ${HIGHS_MAX_COLUMNS})`;
  else {
    const { lp, constant } = formulationAsOneLp(formulation);
    const reference = solveWithHighs(await loadHighs(), lp, HIGHS_TIME_LIMIT_S);
    highsS = reference.seconds.toFixed(2);
    if (reference.status !== 'optimal') highs = `${reference.status} (no optimum)`;
    else {
      const objective = reference.objective + constant;
      highs = objective.toFixed(2);
      gap = (
        Math.abs(objective - outcome.objectiveEurPerYr) / Math.max(1, Math.abs(objective))
      ).toExponential(1);
    }
  }
  return {
    name: `${family} ${sites}`,
    flows: parsed.dataset.flows.length,
    arcs: candidates.arcs.length,
    partnerCap: stage.partnerCap,
    pricing: pricing
      ? `${solved.pricing.passes} passes, ${solved.pricing.arcsAdded} arcs added, ${solved.pricing.pairsPriced} pairs priced, ${solved.pricing.pricingMs} ms pricing, ${solved.pricing.resolveMs} ms re-solving, ${solved.pricing.optimalOverAllPairs ? 'optimal over all pairs' : 'NOT proved over all pairs'}`
      : 'off (--no-pricing): optimal over the kept arcs only',
    ...(pricing && solved.pricing.perPass.length > 0
      ? {
          passes: solved.pricing.perPass
            .map(
              (pass, k) =>
                `${k + 1}: +${pass.arcsAdded} arcs, pricing ${(pass.pricingMs / 1000).toFixed(1)} s, re-solve ${(pass.resolveMs / 1000).toFixed(1)} s (${pass.pivots} pivots, ${pass.storedStarts} slices from stored bases)`,
            )
            .join('; '),
        }
      : {}),
    lpColumns: columns,
    components: outcome.stats.components,
    slices: outcome.stats.slices,
    cgRounds: outcome.stats.columnGenerationRounds,
    pivots: outcome.stats.pivots,
    largest: `${outcome.stats.largestRows}×${outcome.stats.largestColumns}`,
    validationS: ((t1 - t0) / 1000).toFixed(2),
    candidatesS: ((t2 - t1) / 1000).toFixed(2),
    solveAndPricingS: ((t3 - t2) / 1000).toFixed(2),
    interpretS: ((t4 - t3) / 1000).toFixed(2),
    totalS: ((t4 - t0) / 1000).toFixed(2),
    peakRssMiB: peakMiB.toFixed(0),
    synergies: result.synergies.length,
    status: outcome.status,
    objectiveEur: outcome.objectiveEurPerYr.toFixed(2),
    highsObjectiveEur: highs,
    highsS,
    relativeGap: gap,
  };
}

function child(args: string[]): Promise<Row> {
  return new Promise((resolve) => {
    const proc = fork(__filename, args, {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    proc.on('message', (row) => resolve(row as Row));
    proc.on('exit', (code) =>
      resolve({ name: `${args[1]} ${args[2]}`, error: `child exited with code ${code}` }),
    );
  });
}

async function main(): Promise<void> {
  const [mode, family, sites] = process.argv.slice(2);
  const withHighs = !process.argv.includes('--no-highs');
  const pricing = !process.argv.includes('--no-pricing');
  if (mode === '--case') {
    process.send?.(await runCase(family, Number(sites), withHighs, pricing));
    return;
  }
  console.log(
    `bench:match — seed ${SEED}, Node ${process.version}; times in seconds, one child process per size`,
  );
  // `-- --only dense` or `-- --only realistic-10000` runs the matching cases alone.
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  for (const c of CASES) {
    if (only && !`${c.family}-${c.sites}`.startsWith(only)) continue;
    const row = await child([
      '--case',
      c.family,
      String(c.sites),
      ...(withHighs ? [] : ['--no-highs']),
      ...(pricing ? [] : ['--no-pricing']),
    ]);
    console.log(`\n## ${row.name}`);
    for (const [key, value] of Object.entries(row))
      if (key !== 'name') console.log(`  ${key.padEnd(18)} ${value}`);
  }
}

void main();
