// The optional base map: tiles from a configurable URL drawn on a canvas behind sigma in the geographic
// layout, redrawn after each sigma render; switched off for good when tiles fail to load (offline tests).

import type Sigma from 'sigma';
import { tileUrl, tilesCovering, tileZoom, type MercatorBounds } from './tiles';

const FAILURES_BEFORE_OFF = 2;

export class BasemapLayer {
  private readonly images = new Map<string, HTMLImageElement>();
  private failures = 0;
  private loaded = 0;
  private available: boolean;
  visible = true;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly sigma: Sigma,
    private readonly template: string,
    private readonly onUnavailable: () => void,
  ) {
    this.available = template !== '';
  }

  get active(): boolean {
    return this.available && this.visible;
  }

  private image(url: string): HTMLImageElement {
    let img = this.images.get(url);
    if (img) return img;
    img = new Image();
    img.crossOrigin = 'anonymous';
    img.onload = () => {
      this.loaded++;
      this.draw();
    };
    img.onerror = () => {
      this.failures++;
      if (this.available && this.loaded === 0 && this.failures >= FAILURES_BEFORE_OFF) {
        this.available = false;
        this.clear();
        this.onUnavailable();
      }
    };
    img.src = url;
    this.images.set(url, img);
    return img;
  }

  clear(): void {
    const ctx = this.canvas.getContext('2d');
    ctx?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  draw(): void {
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (
      this.canvas.width !== Math.round(width * ratio) ||
      this.canvas.height !== Math.round(height * ratio)
    ) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }
    this.clear();
    if (!this.active) return;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const a = this.sigma.viewportToGraph({ x: 0, y: 0 });
    const b = this.sigma.viewportToGraph({ x: width, y: height });
    const view: MercatorBounds = {
      minX: Math.min(a.x, b.x),
      maxX: Math.max(a.x, b.x),
      minY: Math.min(a.y, b.y),
      maxY: Math.max(a.y, b.y),
    };
    // Before sigma has framed the graph the view can be empty or not finite: no tile then (not the world tile).
    const valid =
      [view.minX, view.maxX, view.minY, view.maxY].every(Number.isFinite) && view.maxX > view.minX;
    if (!valid || width <= 0) return;
    const tiles = tilesCovering(view, tileZoom(view.maxX - view.minX, width));
    ctx.save();
    ctx.scale(ratio, ratio);
    for (const tile of tiles) {
      const img = this.image(tileUrl(this.template, tile));
      if (!img.complete || img.naturalWidth === 0) continue;
      const tl = this.sigma.graphToViewport({ x: tile.bounds.minX, y: tile.bounds.maxY });
      const br = this.sigma.graphToViewport({ x: tile.bounds.maxX, y: tile.bounds.minY });
      ctx.drawImage(img, tl.x, tl.y, br.x - tl.x + 0.5, br.y - tl.y + 0.5);
    }
    ctx.restore();
  }
}
