import { tileBounds, tilesCovering, tileUrl, tileZoom, WORLD_WIDTH_M } from './tiles';
import { lonLatToMercator } from '../graph/projection';

describe('tiles', () => {
  it('picks the zoom whose tiles are about 256 px wide', () => {
    expect(tileZoom(WORLD_WIDTH_M, 256)).toBe(0);
    expect(tileZoom(WORLD_WIDTH_M / 1024, 1024)).toBe(12);
    expect(tileZoom(0, 100)).toBe(0);
    expect(tileZoom(1, 1e9)).toBe(19);
  });

  it('locates tiles with y counted from the north', () => {
    expect(tileBounds(0, 0, 0)).toEqual({
      minX: -WORLD_WIDTH_M / 2,
      maxX: WORLD_WIDTH_M / 2,
      minY: -WORLD_WIDTH_M / 2,
      maxY: WORLD_WIDTH_M / 2,
    });
    const b = tileBounds(1, 1, 0);
    expect(b.minX).toBe(0);
    expect(b.minY).toBe(0);
  });

  it('covers a view with the tiles that contain its corners', () => {
    const p = lonLatToMercator(2.35, 48.85);
    const view = { minX: p.x - 5000, maxX: p.x + 5000, minY: p.y - 5000, maxY: p.y + 5000 };
    const tiles = tilesCovering(view, 12);
    expect(tiles.length).toBeGreaterThan(0);
    for (const t of tiles) {
      expect(t.bounds.maxX).toBeGreaterThan(view.minX);
      expect(t.bounds.minX).toBeLessThan(view.maxX);
      expect(t.bounds.maxY).toBeGreaterThan(view.minY);
      expect(t.bounds.minY).toBeLessThan(view.maxY);
    }
    expect(tilesCovering(view, 19)).toEqual([]);
  });

  it('fills the URL template', () => {
    expect(tileUrl('https://t/{z}/{x}/{y}.png', { z: 3, x: 4, y: 5 })).toBe('https://t/3/4/5.png');
  });
});
