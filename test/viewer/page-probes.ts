// Probes run in the viewer page: counting drawn pixels of a screenshot (WebGL buffers are not preserved,
// so the pixels come from a real screenshot decoded by the page), and a site's position on screen.

import type { Page } from 'playwright-core';

/** What the tests read of `window.__toile` (the viewer application). */
export interface ToileHandle {
  ready: boolean;
  territoryId: string;
  runId: string;
  error?: string;
  timings: Record<string, number | undefined>;
  state: { selectedNode: string | null };
  layout: { mode: string; setMode(mode: 'geo' | 'force'): void };
  graph: {
    order: number;
    size: number;
    nodes(): string[];
    degree(node: string): number;
    getNodeAttributes(node: string): { x: number; y: number; label: string };
    getNodeAttribute(node: string, name: 'label'): string;
  } | null;
  view: {
    sigma: {
      getContainer(): HTMLElement;
      getCamera(): { isAnimated(): boolean };
      graphToViewport(p: { x: number; y: number }): { x: number; y: number };
    };
  } | null;
}

declare global {
  interface Window {
    __toile?: ToileHandle;
  }
}

/** Pixels of `png` that differ from `background` by more than `tolerance` on some channel. */
export async function countDrawnPixels(
  page: Page,
  png: Buffer,
  background: [number, number, number],
  tolerance = 24,
): Promise<number> {
  return page.evaluate(
    async ({ data, bg, tol }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      let drawn = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (
          Math.abs(px[i] - bg[0]) > tol ||
          Math.abs(px[i + 1] - bg[1]) > tol ||
          Math.abs(px[i + 2] - bg[2]) > tol
        )
          drawn++;
      }
      return drawn;
    },
    { data: png.toString('base64'), bg: background, tol: tolerance },
  );
}

export interface SiteOnScreen {
  readonly node: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The visible site farthest from its nearest neighbour on screen (so a click lands on it), preferring
 * sites with synergies; page coordinates.
 */
export async function clickableSite(page: Page): Promise<SiteOnScreen> {
  await page.waitForFunction(() => window.__toile?.view?.sigma.getCamera().isAnimated() === false, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const app = window.__toile;
    if (!app?.graph || !app.view) throw new Error('viewer not ready');
    const graph = app.graph;
    const sigma = app.view.sigma;
    const rect = sigma.getContainer().getBoundingClientRect();
    const points = graph.nodes().map((node) => {
      const p = sigma.graphToViewport(graph.getNodeAttributes(node));
      return { node, x: p.x, y: p.y, degree: graph.degree(node) };
    });
    const inside = points.filter(
      (p) => p.x > 40 && p.y > 60 && p.x < rect.width - 40 && p.y < rect.height - 40,
    );
    let best = inside[0];
    let bestScore = -Infinity;
    for (const p of inside) {
      let nearest = Infinity;
      for (const q of points) if (q !== p) nearest = Math.min(nearest, Math.hypot(p.x - q.x, p.y - q.y));
      const score = Math.min(nearest, 40) + (p.degree > 0 ? 40 : 0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return {
      node: best.node,
      label: graph.getNodeAttribute(best.node, 'label'),
      x: best.x + rect.left,
      y: best.y + rect.top,
    };
  });
}
