// Load bench on the real built server: 50 connections on the read endpoints for 30 s while a match runs,
// printing requests, errors, non-2xx, timeouts, latency percentiles, throughput and when the match finished.
//
//   npm run bench:load                          (needs the build: npm run build)
//   npm run bench:load -- --duration 5          (a quick try; also --connections N, --sites N for a
//                                                synthetic territory of N sites instead of the demo one)
import autocannon from 'autocannon';
import type { Dataset } from '@toile/flow-model';
import { realisticTerritory } from '../matcher/support/random-territory';
import { startApi } from '../viewer/api-server';

const DEMO_TERRITORY = 'demo-estuaire';
/** The seed of `npm run bench:match`, so the benches speak of the same synthetic territories. */
const SEED = 20260101;
const ADMIN = Object.freeze({ email: 'bench@toile.test', password: 'mot-de-passe-du-banc-de-charge' });
/** Rate limits raised for the run: the bench measures the server, not the limiter. */
const RAISED_LIMITS = Object.freeze({
  RATE_LIMIT_READ: '1000000000',
  RATE_LIMIT_WRITE: '1000000000',
  RATE_LIMIT_AUTH: '1000000000',
});

interface BenchOptions {
  readonly durationS: number;
  readonly connections: number;
  /** Sites of a synthetic territory to load and match instead of the demo; null = the demo territory. */
  readonly sites: number | null;
}

function parseArgs(argv: readonly string[]): BenchOptions {
  const value = (name: string, fallback: number | null): number | null => {
    const index = argv.indexOf(`--${name}`);
    if (index < 0) return fallback;
    const n = Number(argv[index + 1]);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`--${name}: entier ≥ 1 attendu (reçu ${argv[index + 1]})`);
    return n;
  };
  return {
    durationS: value('duration', 30)!,
    connections: value('connections', 50)!,
    sites: value('sites', null),
  };
}

type Headers = Readonly<Record<string, string>>;

async function call(url: string, headers: Headers, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, { ...init, headers: { ...headers, 'content-type': 'application/json' } });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status}: ${text.slice(0, 500)}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** The headers every request carries: the bootstrap admin's bearer token (lasts 15 min, enough for a run). */
async function authHeaders(api: string): Promise<Headers> {
  const { accessToken } = (await call(
    `${api}/api/auth/sign-in`,
    {},
    {
      method: 'POST',
      body: JSON.stringify(ADMIN),
    },
  )) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

interface RunState {
  readonly id: string;
  readonly status: string;
  readonly error?: string;
}

async function startRun(api: string, headers: Headers, territoryId: string): Promise<string> {
  const run = (await call(`${api}/api/territories/${territoryId}/match-runs`, headers, {
    method: 'POST',
    body: '{}',
  })) as RunState;
  return run.id;
}

/** Polls a run until it ends; resolves with the seconds from `startedMs` to the end seen, and the status. */
async function runEnd(api: string, headers: Headers, territoryId: string, runId: string, startedMs: number) {
  for (;;) {
    const state = (await call(
      `${api}/api/territories/${territoryId}/match-runs/${runId}`,
      headers,
    )) as RunState;
    if (state.status === 'done' || state.status === 'failed') {
      return { status: state.status, error: state.error, afterS: (Date.now() - startedMs) / 1000 };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The territory to load: the demo (seeded on first start) or a synthetic one imported now. */
async function prepareTerritory(api: string, headers: Headers, sites: number | null): Promise<string> {
  if (sites === null) return DEMO_TERRITORY;
  const id = `bench-load-${sites}`;
  const generated = realisticTerritory(sites, SEED);
  const dataset: Dataset = {
    ...generated,
    territory: { ...generated.territory, id, name: `Banc de charge ${sites} sites (synthétique)` },
  };
  await call(`${api}/api/territories/${id}/dataset`, headers, {
    method: 'PUT',
    body: JSON.stringify(dataset),
  });
  return id;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Each path alone, one request at a time (median of 5), to tell which endpoint weighs under load. */
async function probe(api: string, headers: Headers, paths: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const path of paths) {
    const timesMs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i += 1) {
      const t = performance.now();
      const response = await fetch(`${api}${path}`, { headers });
      bytes = (await response.arrayBuffer()).byteLength;
      timesMs.push(performance.now() - t);
    }
    timesMs.sort((a, b) => a - b);
    lines.push(`  ${ms(timesMs[2]).padStart(7)}  ${(bytes / 1024).toFixed(1).padStart(7)} KiB  GET ${path}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  Object.assign(process.env, {
    SEED_DEMO: 'true',
    TOILE_ADMIN_EMAIL: ADMIN.email,
    TOILE_ADMIN_PASSWORD: ADMIN.password,
    ...RAISED_LIMITS,
  });
  const api = await startApi(120_000);
  try {
    const headers = await authHeaders(api.url);
    const territoryId = await prepareTerritory(api.url, headers, options.sites);
    // The previous run: the demo's first run (started by the server on first start), or one started now.
    const runs = (await call(`${api.url}/api/territories/${territoryId}/match-runs`, headers)) as RunState[];
    const previousId = runs[0]?.id ?? (await startRun(api.url, headers, territoryId));
    const previous = await runEnd(api.url, headers, territoryId, previousId, Date.now());
    if (previous.status !== 'done')
      throw new Error(`previous run ${previousId} ${previous.status}: ${previous.error}`);

    const base = `/api/territories/${territoryId}`;
    const startedMs = Date.now();
    const runId = await startRun(api.url, headers, territoryId);
    const ended = runEnd(api.url, headers, territoryId, runId, startedMs);
    const paths = [
      '/api/territories',
      `${base}/graph`,
      `${base}/sites`,
      `${base}/flows`,
      `${base}/match-runs/${runId}`,
      `${base}/match-runs/${previousId}/synergies`,
    ];
    console.log(
      `bench:load — territory ${territoryId}, match run ${runId} started; ${options.connections} connections ` +
        `for ${options.durationS} s on:\n${paths.map((p) => `  GET ${p}`).join('\n')}\n` +
        `Rate limits raised for the run (RATE_LIMIT_READ/WRITE/AUTH=${RAISED_LIMITS.RATE_LIMIT_READ}); ` +
        `every request carries the admin's bearer token.`,
    );
    const result = await autocannon({
      url: api.url,
      connections: options.connections,
      duration: options.durationS,
      headers,
      requests: paths.map((path) => ({ method: 'GET', path })),
    });
    const windowS = (Date.now() - startedMs) / 1000;
    const run = await ended;
    const statuses = Object.entries(result.statusCodeStats)
      .map(([code, { count }]) => `${code}: ${count}`)
      .join(', ');
    console.log(
      [
        `requests   ${result.requests.total} in ${result.duration.toFixed(1)} s (${result.requests.average.toFixed(0)} req/s)`,
        `errors     ${result.errors}   non-2xx ${result.non2xx}   timeouts ${result.timeouts}   (status codes ${statuses})`,
        `latency    p50 ${ms(result.latency.p50)}   p90 ${ms(result.latency.p90)}   p99 ${ms(result.latency.p99)}   max ${ms(result.latency.max)}`,
        `throughput ${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s (${(result.throughput.total / 1024 / 1024).toFixed(0)} MiB in all)`,
        `match run  ${run.status} after ${run.afterS.toFixed(1)} s — ${run.afterS <= windowS ? 'during' : 'after'} the ${windowS.toFixed(1)} s window`,
      ].join('\n'),
    );
    console.log(`alone, after the load (median of 5):\n${(await probe(api.url, headers, paths)).join('\n')}`);
    if (result.errors + result.non2xx + result.timeouts > 0) {
      console.error('bench:load: errors, non-2xx answers or timeouts under load (expected 0)');
      process.exitCode = 1;
    }
  } finally {
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
