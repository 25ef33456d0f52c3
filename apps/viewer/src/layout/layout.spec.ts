import { tinyGraph } from '../testing/tiny-graph';
import { buildViewerGraph } from '../graph/build-graph';
import { assignForceStartPositions, assignGeographicPositions, forceBoxHalfWidth } from './positions';
import { createSettleDetector, relativeMotion } from './settle-detector';

describe('positions', () => {
  it('scales geographic positions into the ForceAtlas2 box and restores them', () => {
    const g = buildViewerGraph(tinyGraph(), { edgeWidthBy: 'quantity' });
    assignForceStartPositions(g);
    const half = forceBoxHalfWidth(g.order);
    g.forEachNode((_n, a) => {
      expect(Math.abs(a.x)).toBeLessThanOrEqual(half + 1);
      expect(Math.abs(a.y)).toBeLessThanOrEqual(half + 1);
    });
    expect(g.getNodeAttribute('D', 'y')).toBeGreaterThan(g.getNodeAttribute('A', 'y'));
    assignGeographicPositions(g);
    g.forEachNode((_n, a) => expect([a.x, a.y]).toEqual([a.geoX, a.geoY]));
  });
});

describe('settle detector', () => {
  it('measures motion relative to the extent', () => {
    const a = Float64Array.from([0, 0, 10, 0]);
    const b = Float64Array.from([1, 0, 11, 0]);
    expect(relativeMotion(a, b)).toBeCloseTo(0.1, 9);
  });

  it('settles after enough calm samples, not before', () => {
    const d = createSettleDetector({ relativeMotion: 0.01, calmSamples: 2 });
    const p = Float64Array.from([0, 0, 100, 100]);
    expect(d.sample(p)).toBe(false);
    expect(d.sample(Float64Array.from([20, 0, 100, 100]))).toBe(false);
    expect(d.sample(Float64Array.from([20, 0, 100, 100]))).toBe(false);
    expect(d.sample(Float64Array.from([20.1, 0, 100, 100]))).toBe(true);
  });
});
