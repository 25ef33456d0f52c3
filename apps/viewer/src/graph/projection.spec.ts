import { lonLatToMercator, mercatorToLonLat, sitePosition } from './projection';

describe('Web Mercator', () => {
  it('maps known points', () => {
    expect(lonLatToMercator(0, 0).x).toBe(0);
    expect(lonLatToMercator(0, 0).y).toBeCloseTo(0, 6);
    expect(lonLatToMercator(180, 0).x).toBeCloseTo(20037508.34, 1);
    expect(lonLatToMercator(0, 85.05112878).y).toBeCloseTo(20037508.34, 0);
  });

  it('round-trips seeded random points', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 100; i++) {
      const lon = rand() * 360 - 180;
      const lat = rand() * 160 - 80;
      const p = lonLatToMercator(lon, lat);
      const back = mercatorToLonLat(p.x, p.y);
      expect(back.lon).toBeCloseTo(lon, 9);
      expect(back.lat).toBeCloseTo(lat, 9);
    }
  });

  it('prefers the API position and falls back on lat/lon', () => {
    expect(sitePosition({ x: 1, y: 2, lon: 3, lat: 4 })).toEqual({ x: 1, y: 2 });
    expect(sitePosition({ lon: 180, lat: 0 }).x).toBeCloseTo(20037508.34, 1);
  });
});
