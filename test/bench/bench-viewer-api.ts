// Viewer bench on the real stack: the bench:match realistic territories (1,000 and 10,000 sites, same seed)
// imported into the built API, matched once, then measured in headless chromium by bench-viewer.js.
//
//   npm run bench:viewer            (needs the build: npm run build; and /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Dataset } from '@toile/flow-model';
import { realisticTerritory } from '../matcher/support/random-territory';
import { REPO_ROOT, startApi, testAdmin } from '../viewer/api-server';

/** The seed of `npm run bench:match`, so both benches speak of the same territories. */
const SEED = 20260101;
const SIZES = [1000, 10000];

let authorization = '';

async function call(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { ...(init?.headers as Record<string, string> | undefined), authorization },
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${url} → ${response.status}: ${text.slice(0, 500)}`);
  return text === '' ? undefined : JSON.parse(text);
}

async function importAndMatch(api: string, sites: number): Promise<string> {
  const id = `bench-realistic-${sites}`;
  const generated = realisticTerritory(sites, SEED);
  // Synthetic data, all public, on a public page: the browser (not signed in) sees the whole web.
  const dataset: Dataset = {
    ...generated,
    territory: { ...generated.territory, id, name: `Banc d'essai ${sites} sites (synthétique)` },
    sites: generated.sites.map((site) => ({ ...site, confidentiality: 'public' as const })),
    flows: generated.flows.map((flow) => ({ ...flow, confidentiality: 'public' as const })),
  };
  let t = Date.now();
  await call(`${api}/api/territories/${id}/dataset`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(dataset),
  });
  const imported = (Date.now() - t) / 1000;
  await call(`${api}/api/territories/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ publicPage: true }),
  });
  t = Date.now();
  const run = (await call(`${api}/api/territories/${id}/match-runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })) as { id: string };
  for (;;) {
    const state = (await call(`${api}/api/territories/${id}/match-runs/${run.id}`)) as {
      status: string;
      error?: string;
    };
    if (state.status === 'done') break;
    if (state.status === 'failed') throw new Error(`match run on ${id} failed: ${state.error}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(
    `${id}: ${dataset.sites.length} sites, ${dataset.flows.length} flows — import ${imported.toFixed(1)} s, ` +
      `match run through the API ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  return id;
}

async function main(): Promise<void> {
  process.env.RATE_LIMIT_READ ??= '1000000000';
  const api = await startApi(120_000);
  try {
    const session = (await call(`${api.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(testAdmin()),
    })) as { accessToken: string };
    authorization = `Bearer ${session.accessToken}`;
    const ids: string[] = [];
    for (const sites of SIZES) ids.push(await importAndMatch(api.url, sites));
    const bench = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'test/bench/bench-viewer.js'), '--url', api.url, '--territories', ids.join(',')],
      { stdio: 'inherit' },
    );
    if (bench.status !== 0) process.exitCode = bench.status ?? 1;
  } finally {
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
