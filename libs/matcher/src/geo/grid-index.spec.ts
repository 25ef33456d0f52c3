// The grid finds exactly the points a brute-force scan finds (seeded property test), and known distances.
import fc from 'fast-check';
import { buildGridIndex, cellKmOf, forEachInRing, forEachWithin, ringMinKm } from './grid-index';
import { greatCircleKm } from './haversine';

describe('geo', () => {
  it('measures Paris – Lyon at about 392 km', () => {
    expect(greatCircleKm(48.8566, 2.3522, 45.764, 4.8357)).toBeCloseTo(391.5, 0);
    expect(greatCircleKm(49, 1, 49, 1)).toBe(0);
  });

  it('enumerates exactly the points within the radius', () => {
    const point = fc.tuple(
      fc.double({ min: 42, max: 51, noNaN: true }),
      fc.double({ min: -4, max: 8, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 60 }),
        point,
        fc.double({ min: 0.5, max: 300, noNaN: true }),
        (points, [lat, lon], radius) => {
          const grid = buildGridIndex(
            points.map((p) => p[0]),
            points.map((p) => p[1]),
            radius,
            [lat],
          );
          const found: number[] = [];
          forEachWithin(grid, lat, lon, radius, (i) => found.push(i));
          const expected = points.flatMap((p, i) =>
            greatCircleKm(lat, lon, p[0], p[1]) <= radius ? [i] : [],
          );
          expect(found.sort((a, b) => a - b)).toEqual(expected);
        },
      ),
      { seed: 20261128, numRuns: 200 },
    );
  });

  it('visits the same points ring by ring, each ring no nearer than its lower bound', () => {
    const point = fc.tuple(
      fc.double({ min: 42, max: 51, noNaN: true }),
      fc.double({ min: -4, max: 8, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 60 }),
        point,
        fc.double({ min: 5, max: 400, noNaN: true }),
        (points, [lat, lon], radius) => {
          const grid = buildGridIndex(
            points.map((p) => p[0]),
            points.map((p) => p[1]),
            radius / 8,
            [lat],
          );
          const cellKm = cellKmOf(grid);
          const found: number[] = [];
          for (let ring = 0; ring <= Math.ceil(radius / cellKm) + 2; ring++) {
            forEachInRing(grid, lat, lon, ring, radius, (i, d) => {
              expect(d).toBeGreaterThanOrEqual(ringMinKm(ring, cellKm));
              found.push(i);
            });
          }
          const expected: number[] = [];
          forEachWithin(grid, lat, lon, radius, (i) => expected.push(i));
          expect(found.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
        },
      ),
      { seed: 99, numRuns: 200 },
    );
  });
});
