// Viewer bench: time to first frame and to a settled ForceAtlas2 layout (+ noverlap) for large territories
// in headless Debian chromium (software WebGL), plus the cost of selecting a site. Prints numbers; asserts nothing.
//
//   node test/bench/bench-viewer.js                       synthetic 1,000- and 10,000-site territories (seeded)
//   node test/bench/bench-viewer.js --url http://localhost:3000 --territories id1,id2   a running API
/* global window, requestAnimationFrame -- functions passed to page.evaluate run in the page */
'use strict';

const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { chromium } = require('playwright-core');
const { startFixtureServer } = require('../viewer/fixture-server.js');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function measure(context, url, territoryId, settleTimeoutMs) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}/?territory=${encodeURIComponent(territoryId)}`);
  await page.waitForFunction(
    () => window.__toile && (window.__toile.timings.firstFrameMs !== undefined || window.__toile.error),
    null,
    { timeout: 600_000 },
  );
  const load = await page.evaluate(() => ({
    order: window.__toile.graph ? window.__toile.graph.order : 0,
    size: window.__toile.graph ? window.__toile.graph.size : 0,
    error: window.__toile.error,
    ...window.__toile.timings,
    sinceNavigationMs: performance.now(),
  }));
  if (load.error) throw new Error(`${territoryId}: ${load.error}`);
  const select = await page.evaluate(async () => {
    const app = window.__toile;
    const node = app.graph.nodes()[Math.floor(app.graph.order / 2)];
    const t0 = performance.now();
    app.select(node);
    const sync = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const framed = performance.now() - t0;
    app.select(null);
    return { sync, framed };
  });
  await page.evaluate(() => window.__toile.layout.setMode('force'));
  let settled = null;
  try {
    await page.waitForFunction(() => window.__toile.timings.layoutSettledMs !== undefined, null, {
      timeout: settleTimeoutMs,
      polling: 500,
    });
    settled = await page.evaluate(() => window.__toile.timings.layoutSettledMs);
  } catch {
    settled = null;
  }
  await page.close();
  return { territoryId, ...load, select, settled, errors };
}

const fmt = (ms) => (ms === null || ms === undefined ? 'n/a' : `${Math.round(ms)} ms`);

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const settleTimeoutMs = Number(option('settle-timeout-ms', '300000'));
  let url = option('url', process.env.TOILE_API_URL);
  let territories = (option('territories', '') || '').split(',').filter(Boolean);
  let fixture = null;
  if (!url) {
    fixture = await startFixtureServer({ sizes: [1000, 10000], synergiesWithoutRun: true });
    url = fixture.url;
    territories = ['synthetic-1000', 'synthetic-10000'];
    console.log('Synthetic seeded territories (invented sites) served by test/viewer/fixture-server.js');
  }
  if (territories.length === 0) throw new Error('give --territories id1,id2 with --url');
  const profile = mkdtempSync(join(tmpdir(), 'toile-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  try {
    console.log(
      'territory\tsites\tsynergies\tfetch+build\tfirst frame (from fetch)\tfirst frame (from navigation)\tselect (sync / next frame)\tFA2+noverlap settled',
    );
    for (const id of territories) {
      const r = await measure(context, url, id, settleTimeoutMs);
      console.log(
        [
          id,
          r.order,
          r.size,
          fmt(r.graphBuiltMs),
          fmt(r.firstFrameMs),
          fmt(r.sinceNavigationMs),
          `${fmt(r.select.sync)} / ${fmt(r.select.framed)}`,
          r.settled === null ? `not within ${settleTimeoutMs} ms` : fmt(r.settled),
        ].join('\t'),
      );
      if (r.errors.length) console.log(`  page errors: ${r.errors.join(' | ')}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    if (fixture) await fixture.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
