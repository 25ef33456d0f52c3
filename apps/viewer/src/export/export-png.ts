// Exports the current view as one PNG: white background, base map, then sigma's layers in DOM order,
// composed right after a synchronous render (sigma's WebGL canvases do not preserve their buffer).

import type Sigma from 'sigma';

export function composeView(sigma: Sigma, basemap: HTMLCanvasElement | null): Promise<Blob> {
  return new Promise((resolve, reject) => {
    sigma.once('afterRender', () => {
      try {
        const layers = [...sigma.getContainer().querySelectorAll('canvas')].filter((c) => c.width > 0);
        const width = layers[0]?.width ?? 1;
        const height = layers[0]?.height ?? 1;
        const out = document.createElement('canvas');
        out.width = width;
        out.height = height;
        const ctx = out.getContext('2d');
        if (!ctx) throw new Error('@toile/viewer: no 2D context for the export');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, width, height);
        if (basemap && basemap.width > 0) ctx.drawImage(basemap, 0, 0, width, height);
        for (const layer of layers) ctx.drawImage(layer, 0, 0, width, height);
        out.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('@toile/viewer: PNG encoding failed'))),
          'image/png',
        );
      } catch (error) {
        reject(error as Error);
      }
    });
    sigma.refresh();
  });
}

export async function downloadViewAsPng(
  sigma: Sigma,
  basemap: HTMLCanvasElement | null,
  fileName: string,
): Promise<void> {
  const blob = await composeView(sigma, basemap);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for the export: `toile-<territory>-<yyyy-mm-dd>.png`. */
export function exportFileName(territoryId: string, date: Date): string {
  const safe = territoryId.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'territoire';
  return `toile-${safe}-${date.toISOString().slice(0, 10)}.png`;
}
