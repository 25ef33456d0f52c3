// The viewer in a real browser (Debian chromium, software WebGL) against the real API: the public face before
// signing in (no non-public site named), sign-in errors, then as admin the demo graph is drawn, a click opens
// the site's panel, the keyboard works, layouts switch, a match run started from the page shows its
// synergies, the view exports as PNG; sign-out returns to the public face. Screenshots: test/artifacts/viewer/.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, startApi, testAdmin, type RunningApi } from './api-server';
import { launchChromium, type Browser } from './chromium';
import { clickableSite, countDrawnPixels } from './page-probes';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts/viewer');
const GRAPH_BACKGROUND: [number, number, number] = [0xfb, 0xfc, 0xfd];
const LONG = 120_000;

interface DemoSite {
  readonly id: string;
  readonly name: string;
  readonly confidentiality?: string;
}
const DEMO_SITES = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'seeds/src/data/demo-estuaire.json'), 'utf8')) as {
    sites: DemoSite[];
  }
).sites;
/** Sites whose name the public face must not show: everything not declared `public` (spec: default territory). */
const UNNAMED_IN_PUBLIC = DEMO_SITES.filter((s) => s.confidentiality !== 'public').map((s) => s.name);
const PRIVATE_SITE = DEMO_SITES.find((s) => s.confidentiality === 'private') as DemoSite;

jest.setTimeout(300_000);

let api: RunningApi | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

async function graphLabels(): Promise<string[]> {
  return page.evaluate(() => {
    const g = window.__toile?.graph;
    return g ? g.nodes().map((n) => g.getNodeAttribute(n, 'label')) : [];
  });
}

async function waitReady(): Promise<void> {
  await page.waitForFunction(
    () => window.__toile?.ready === true || window.__toile?.error !== undefined,
    null,
    {
      timeout: LONG,
    },
  );
  const error = await page.evaluate(() => window.__toile?.error);
  if (error) throw new Error(`the viewer could not load: ${error}`);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  api = process.env.TOILE_VIEWER_URL
    ? { url: process.env.TOILE_VIEWER_URL, output: () => '', stop: async () => undefined }
    : await startApi();
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${api.url}/`);
  await waitReady();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('viewer in chromium', () => {
  let publicOrder = 0;

  it('shows the public face before signing in: no non-public site named, match runs disabled with a reason', async () => {
    expect(UNNAMED_IN_PUBLIC.length).toBeGreaterThan(10);
    expect(await page.locator('#sign-in-open').textContent()).toBe('Se connecter');
    const labels = await graphLabels();
    publicOrder = labels.length;
    expect(publicOrder).toBeGreaterThan(0);
    expect(publicOrder).toBeLessThan(DEMO_SITES.length);
    for (const name of UNNAMED_IN_PUBLIC) expect(labels).not.toContain(name);
    await page.locator('#table-toggle').click();
    const text = await page.locator('body').innerText();
    for (const name of UNNAMED_IN_PUBLIC) expect(text).not.toContain(name);
    await page.locator('#table-toggle').click();
    expect(await page.locator('#match-start').isDisabled()).toBe(true);
    expect(await page.locator('#match-reason').textContent()).toMatch(/^Connectez-vous/);
    await shot('00-public-face');
  });

  it('refuses a wrong password with « Identifiants incorrects », using the keyboard only', async () => {
    await page.locator('#sign-in-open').focus();
    await page.keyboard.press('Enter');
    await page.locator('#sign-in-dialog').waitFor({ state: 'visible', timeout: LONG });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-email');
    await page.keyboard.type(testAdmin().email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('sign-in-error')?.textContent !== '', null, {
      timeout: LONG,
    });
    expect(await page.locator('#sign-in-error').textContent()).toBe('Identifiants incorrects');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-password');
    await shot('00b-sign-in-error');
  });

  it('says how long to wait when the server answers 429', async () => {
    await page.route('**/api/auth/sign-in', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '37', 'Content-Type': 'application/json' },
        body: JSON.stringify({ statusCode: 429, code: 'rate-limited', message: 'trop de requêtes' }),
      }),
    );
    try {
      await page.locator('#sign-in-password').fill('another-wrong-one');
      await page.locator('#sign-in-submit').click();
      await page.waitForFunction(
        () => /Trop de tentatives/.test(document.getElementById('sign-in-error')?.textContent ?? ''),
        null,
        { timeout: LONG },
      );
      expect(await page.locator('#sign-in-error').textContent()).toBe(
        'Trop de tentatives, réessayez dans 37 s',
      );
    } finally {
      await page.unroute('**/api/auth/sign-in');
    }
  });

  it('signs in as admin: the e-mail and role are shown, every site is named, match runs are allowed', async () => {
    await page.locator('#sign-in-password').fill(testAdmin().password);
    await page.keyboard.press('Enter');
    await page.locator('#sign-in-dialog').waitFor({ state: 'hidden', timeout: LONG });
    const account = page.locator('#account-user');
    await account.waitFor({ state: 'visible', timeout: LONG });
    expect((await account.innerText()).replace(/\s+/g, ' ')).toBe(`${testAdmin().email} administrateur`);
    expect(await page.locator('#sign-out').textContent()).toBe('Se déconnecter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-out');
    await page.waitForFunction(
      (order) => window.__toile?.ready === true && (window.__toile.graph?.order ?? 0) > order,
      publicOrder,
      { timeout: LONG },
    );
    const labels = await graphLabels();
    for (const site of DEMO_SITES) expect(labels).toContain(site.name);
    expect(await page.locator('#match-start').isEnabled()).toBe(true);
    expect(await page.locator('#match-reason').isHidden()).toBe(true);
    // The refresh token lives in the tab's sessionStorage; the access token in memory only.
    const stored = await page.evaluate(() => Object.entries(sessionStorage));
    expect(stored.map(([key]) => key)).toEqual(['toile.refreshToken']);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe('{}');
    await shot('00c-signed-in');
  });

  it('loads the demo territory and draws the graph on the canvas', async () => {
    const territories = await page.locator('#territory-select option').count();
    expect(territories).toBeGreaterThan(0);
    const order = await page.evaluate(() => window.__toile?.graph?.order ?? 0);
    expect(order).toBeGreaterThan(0);
    await page.waitForFunction(() => window.__toile?.timings.firstFrameMs !== undefined, null, {
      timeout: LONG,
    });
    const png = await page.locator('#graph').screenshot();
    const drawn = await countDrawnPixels(page, png, GRAPH_BACKGROUND);
    expect(drawn).toBeGreaterThan(500);
    expect(await page.locator('#legend-body li').count()).toBeGreaterThan(3);
    await shot('01-demo-geographic');
    expect(pageErrors).toEqual([]);
  });

  it('opens the side panel of a clicked site and closes it with Escape', async () => {
    const site = await clickableSite(page);
    await page.mouse.move(site.x, site.y);
    await page.mouse.click(site.x, site.y);
    const title = page.locator('#panel-title');
    await title.waitFor({ state: 'visible', timeout: LONG });
    expect(await title.textContent()).toBe(site.label);
    const text = (await page.locator('#panel').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Flux déclarés');
    expect(text).toContain('Synergies');
    expect(text).toContain('Flux sans partenaire');
    await shot('02-site-panel');
    await page.keyboard.press('Escape');
    await page.locator('#panel').waitFor({ state: 'hidden', timeout: LONG });
  });

  it('finds a firm by name with the keyboard only', async () => {
    const label = await page.evaluate(() => {
      const g = window.__toile?.graph;
      return g ? g.getNodeAttribute(g.nodes()[0], 'label') : '';
    });
    await page.locator('#search-input').focus();
    await page.keyboard.type(label.slice(0, Math.min(8, label.length)));
    await page.locator('#search-results li').first().waitFor({ state: 'visible', timeout: LONG });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#panel-title').waitFor({ state: 'visible', timeout: LONG });
    expect(await page.locator('#panel-title').textContent()).toBeTruthy();
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toBe('panel-title');
    await page.keyboard.press('Escape');
    await page.locator('#panel').waitFor({ state: 'hidden', timeout: LONG });
  });

  it('switches to ForceAtlas2 and back, keeping the selection', async () => {
    const site = await clickableSite(page);
    await page.mouse.click(site.x, site.y);
    await page.locator('#panel-title').waitFor({ state: 'visible', timeout: LONG });
    const selected = await page.evaluate(() => window.__toile?.state.selectedNode);
    await page.locator('input[name="layout"][value="force"]').check();
    await page.waitForFunction(
      () => /stabilisée/.test(document.getElementById('fa2-state')?.textContent ?? ''),
      null,
      {
        timeout: LONG,
      },
    );
    expect(await page.evaluate(() => window.__toile?.state.selectedNode)).toBe(selected);
    expect(await page.locator('#panel').isVisible()).toBe(true);
    await shot('03-forceatlas2');
    await page.locator('input[name="layout"][value="geo"]').check();
    expect(await page.evaluate(() => window.__toile?.state.selectedNode)).toBe(selected);
    await page.keyboard.press('Escape');
  });

  it('filters the sites by zone', async () => {
    const zones = await page.locator('#zone-select option').count();
    expect(zones).toBeGreaterThan(1);
    const before = await page.locator('#graph-summary').textContent();
    const zone = await page.locator('#zone-select option').nth(1).getAttribute('value');
    await page.locator('#zone-select').selectOption(zone as string);
    const sites = (text: string | null) => Number(/^(\d+) sites/.exec(text ?? '')?.[1]);
    const after = await page.locator('#graph-summary').textContent();
    expect(sites(after)).toBeLessThan(sites(before));
    expect(sites(after)).toBeGreaterThan(0);
    await shot('03b-zone-filter');
    await page.locator('#zone-select').selectOption('');
    expect(await page.locator('#graph-summary').textContent()).toBe(before);
  });

  it('exports the current view as a PNG file', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: LONG }),
      page.locator('#export-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^toile-.+\.png$/);
    const path = join(ARTIFACTS, 'export.png');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await countDrawnPixels(page, bytes, [255, 255, 255])).toBeGreaterThan(500);
  });

  it('starts a match run from the page and shows its synergies', async () => {
    // Progress comes from the event stream read with fetch, which carries the token (EventSource cannot).
    const runRequests: { url: string; authorization?: string }[] = [];
    const record = (request: { url(): string; headers(): Record<string, string> }) => {
      if (/\/match-runs\/[^/?]+(\/events)?$/.test(request.url()))
        runRequests.push({ url: request.url(), authorization: request.headers().authorization });
    };
    page.on('request', record);
    await page.locator('#match-start').click();
    await page.waitForFunction(
      () =>
        ['done', 'failed', 'unavailable'].includes(
          document.getElementById('match-message')?.dataset.phase ?? '',
        ),
      null,
      { timeout: LONG },
    );
    const phase = await page.locator('#match-message').getAttribute('data-phase');
    const message = await page.locator('#match-message').textContent();
    await shot('04-match-run');
    if (phase !== 'done') {
      throw new Error(
        `the match run did not complete (${phase}: ${message}). The API must answer POST /api/territories/:id/match-runs ` +
          'with 2xx { id, status }, GET …/match-runs/:runId with { status, progress, stage } (or the SSE stream …/events), ' +
          'and GET /api/territories/:id/graph?runId= with that run’s synergies as edges.',
      );
    }
    await page.waitForFunction(() => window.__toile?.ready === true && window.__toile.runId !== '', null, {
      timeout: LONG,
    });
    page.off('request', record);
    expect(runRequests.map((r) => r.url.replace(/^.*\/match-runs\/[^/]+/, '…'))).toEqual(['…/events']);
    expect(runRequests[0].authorization).toMatch(/^Bearer \S+$/);
    const edges = await page.evaluate(() => window.__toile?.graph?.size ?? 0);
    expect(edges).toBeGreaterThan(0);
    await page.locator('#table-toggle').click();
    const rows = page.locator('.synergy-table tbody tr');
    await rows.first().waitFor({ state: 'visible', timeout: LONG });
    expect(await rows.count()).toBeGreaterThan(0);
    await shot('05-synergies-table');
    writeFileSync(
      join(ARTIFACTS, 'timings.json'),
      JSON.stringify(await page.evaluate(() => window.__toile?.timings), null, 2),
    );
  });

  it('draws base-map tiles behind the geographic layout', async () => {
    // A local tile server answering every tile with one opaque 1×1 PNG (CORS allowed, like real tile servers).
    const pixel = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    const requests: string[] = [];
    const tiles: Server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' });
      res.end(pixel);
    });
    await new Promise<void>((ok) => tiles.listen(0, '127.0.0.1', ok));
    const address = tiles.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await page.goto(`${api?.url}/?tiles=${encodeURIComponent(`http://127.0.0.1:${port}/{z}/{x}/{y}.png`)}`);
      await waitReady();
      await page.waitForFunction(
        () => {
          const canvas = document.getElementById('basemap') as HTMLCanvasElement | null;
          const ctx = canvas?.getContext('2d');
          if (!canvas || !ctx || canvas.width === 0) return false;
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let opaque = 0;
          for (let i = 3; i < data.length; i += 4 * 97) if (data[i] > 0) opaque++;
          return opaque > 100;
        },
        null,
        { timeout: LONG },
      );
      expect(requests.length).toBeGreaterThan(0);
      // Every requested tile lies around the territory's sites (slippy-map tile centre → lon/lat).
      const sites = await page.evaluate(() => {
        const g = window.__toile?.graph;
        return g
          ? g.nodes().map((n) => g.getNodeAttributes(n) as unknown as { lon: number; lat: number })
          : [];
      });
      const lons = sites.map((s) => s.lon);
      const lats = sites.map((s) => s.lat);
      for (const url of requests) {
        const [z, x, y] = (/^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(url) ?? []).slice(1).map(Number);
        const n = 2 ** z;
        const lon = ((x + 0.5) / n) * 360 - 180;
        const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (y + 0.5)) / n))) * 180) / Math.PI;
        expect(lon).toBeGreaterThan(Math.min(...lons) - 1);
        expect(lon).toBeLessThan(Math.max(...lons) + 1);
        expect(lat).toBeGreaterThan(Math.min(...lats) - 1);
        expect(lat).toBeLessThan(Math.max(...lats) + 1);
      }
      await shot('06-base-map');
    } finally {
      await new Promise((ok) => tiles.close(ok));
    }
  });

  it('switches the base map off when its tiles cannot be loaded', async () => {
    // Port 9 (discard) refuses connections: the tiles fail at once, as they do offline.
    await page.goto(`${api?.url}/?tiles=${encodeURIComponent('http://127.0.0.1:9/{z}/{x}/{y}.png')}`);
    await waitReady();
    await page.waitForFunction(
      () => /Fond de carte injoignable/.test(document.getElementById('status')?.textContent ?? ''),
      null,
      {
        timeout: LONG,
      },
    );
    expect(pageErrors).toEqual([]);
  });

  it('keeps the session over a reload, then signs out back to the public face', async () => {
    await page.goto(`${api?.url}/`);
    await waitReady();
    await page.locator('#account-user').waitFor({ state: 'visible', timeout: LONG });
    expect(await graphLabels()).toContain(PRIVATE_SITE.name);
    await page.locator('#sign-out').click();
    await page.locator('#sign-in-open').waitFor({ state: 'visible', timeout: LONG });
    await waitReady();
    expect(await graphLabels()).not.toContain(PRIVATE_SITE.name);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('signs a firm in: « entreprise », its own private site named, other private sites hidden, no match run', async () => {
    const base = api?.url as string;
    const territoryId = await page.evaluate(() => window.__toile?.territoryId ?? '');
    const [own, other] = DEMO_SITES.filter((s) => s.confidentiality === 'private');
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(testAdmin()),
    });
    expect(signIn.status).toBe(200);
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const firm = { email: 'raffinerie@toile.test', password: 'firm-e2e-password-2026' };
    const created = await fetch(`${base}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ ...firm, role: 'firm', sites: [{ territoryId, siteId: own.id }] }),
    });
    expect(created.status).toBe(201);
    await page.locator('#sign-in-open').click();
    await page.locator('#sign-in-email').fill(firm.email);
    await page.locator('#sign-in-password').fill(firm.password);
    await page.locator('#sign-in-submit').click();
    const account = page.locator('#account-user');
    await account.waitFor({ state: 'visible', timeout: LONG });
    expect((await account.innerText()).replace(/\s+/g, ' ')).toBe(`${firm.email} entreprise`);
    await page.waitForFunction(
      (name) =>
        window.__toile?.ready === true &&
        window.__toile.graph
          ?.nodes()
          .some((n) => window.__toile?.graph?.getNodeAttribute(n, 'label') === name),
      own.name,
      { timeout: LONG },
    );
    const labels = await graphLabels();
    expect(labels).toContain(own.name);
    expect(labels).not.toContain(other.name);
    expect(await page.locator('#match-start').isDisabled()).toBe(true);
    expect(await page.locator('#match-reason').textContent()).toMatch(/compte entreprise/);
    await shot('07-firm');
    await page.locator('#sign-out').click();
    await page.locator('#sign-in-open').waitFor({ state: 'visible', timeout: LONG });
    await waitReady();
    expect(await graphLabels()).not.toContain(own.name);
    expect(pageErrors).toEqual([]);
  });
});
