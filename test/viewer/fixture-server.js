// A stand-in for the Toile API for viewer development and the viewer bench when no API is at hand:
// serves apps/viewer/dist and synthetic territories (seeded, invented) on the same origin. No match runs.
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

/** Starts the server on `port` (0: any free port) with territories of the given sizes; resolves its URL. */
function startFixtureServer({ port = 0, sizes = [60, 1000, 10000] } = {}) {
  const graphs = new Map();
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
    const graph = /^\/api\/territories\/([^/]+)\/graph$/.exec(url.pathname);
    if (graph) {
      const t = territories.find((x) => x.id === graph[1]);
      if (!t) return json(404, { message: 'territoire inconnu' });
      if (!graphs.has(t.id)) graphs.set(t.id, JSON.stringify(syntheticTerritory(t.sites)));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(graphs.get(t.id));
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
