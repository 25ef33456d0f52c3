// A stand-in for the Toile API for viewer development and the viewer bench when no API is at hand:
// serves apps/viewer/dist and synthetic territories (seeded, invented) on the same origin, with pretend
// match runs (queued, then running for two seconds, then done with the synthetic synergies).
'use strict';

const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { syntheticTerritory } = require('./synthetic-territory.js');

const DIST = path.resolve(__dirname, '../../apps/viewer/dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const RUN_MS = 2500;

function runState(run) {
  const elapsed = Date.now() - run.createdAt;
  if (elapsed < 500) return { id: run.id, status: 'queued', progress: 0, stage: 'queued' };
  if (elapsed < RUN_MS) {
    const progress = (elapsed - 500) / (RUN_MS - 500);
    return { id: run.id, status: 'running', progress, stage: progress < 0.5 ? 'candidates' : 'solve' };
  }
  return {
    id: run.id,
    status: 'done',
    progress: 1,
    stage: null,
    finishedAt: new Date(run.createdAt + RUN_MS).toISOString(),
  };
}

/**
 * Starts the server on `port` (0: any free port) with territories of the given sizes; resolves its URL.
 * Without a finished run a territory has no synergies, like the API, unless `synergiesWithoutRun`.
 */
function startFixtureServer({ port = 0, sizes = [60, 1000, 10000], synergiesWithoutRun = false } = {}) {
  const graphs = new Map();
  const runs = [];
  const territories = sizes.map((n) => ({
    id: `synthetic-${n}`,
    name: `Territoire synthétique (${n} sites)`,
    kind: 'synthetic',
    sites: n,
  }));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const json = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/api/health') return json(200, { status: 'ok' });
    if (url.pathname === '/api/territories') return json(200, territories);
    const runsPath = /^\/api\/territories\/([^/]+)\/match-runs(?:\/([^/]+))?(\/events)?$/.exec(url.pathname);
    if (runsPath) {
      const [, territoryId, runId, events] = runsPath;
      if (!runId && req.method === 'POST') {
        const run = { id: `run-${runs.length + 1}`, territoryId, createdAt: Date.now() };
        runs.push(run);
        return json(202, { id: run.id, status: 'queued' });
      }
      if (!runId)
        return json(
          200,
          runs
            .filter((r) => r.territoryId === territoryId)
            .map(runState)
            .reverse(),
        );
      const run = runs.find((r) => r.id === runId && r.territoryId === territoryId);
      if (!run) return json(404, { message: 'calcul inconnu' });
      if (!events) return json(200, runState(run));
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache',
        Connection: 'keep-alive',
      });
      const tick = () => {
        const state = runState(run);
        res.write(`data: ${JSON.stringify(state)}\n\n`);
        if (state.status === 'done') res.end();
        else setTimeout(tick, 300);
      };
      return tick();
    }
    const graph = /^\/api\/territories\/([^/]+)\/graph$/.exec(url.pathname);
    if (graph) {
      const t = territories.find((x) => x.id === graph[1]);
      if (!t) return json(404, { message: 'territoire inconnu' });
      const withRun =
        synergiesWithoutRun ||
        url.searchParams.has('runId') ||
        runs.some((r) => r.territoryId === t.id && runState(r).status === 'done');
      const key = `${t.id}:${withRun}`;
      if (!graphs.has(key)) graphs.set(key, JSON.stringify(syntheticTerritory(t.sites, 42, withRun)));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(graphs.get(key));
    }
    if (url.pathname.startsWith('/api/')) return json(404, { message: 'Not Found' });
    const file = path.join(DIST, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

module.exports = { startFixtureServer };

if (require.main === module) {
  startFixtureServer({ port: Number(process.env.PORT ?? 4310) }).then(({ url }) =>
    console.log(`fixture API and viewer on ${url}`),
  );
}
