// Random TransportLps for solver tests: sparse bipartite arcs, mixed ratios, some negative margins,
// capacities with round and skewed values (degenerate ties included on purpose).

import type { TransportLp } from '@toile/matcher';
import { seededRandom } from './seeded-random';

export interface RandomLpOptions {
  readonly supplies: number;
  readonly demands: number;
  /** Probability that a supply/demand pair has an arc. */
  readonly density: number;
  /** Share of arcs with a ratio other than 1. */
  readonly ratioShare: number;
}

export function randomTransportLp(seed: number, options: RandomLpOptions): TransportLp {
  const random = seededRandom(seed);
  const supplyCapacity = Float64Array.from({ length: options.supplies }, () =>
    random.next() < 0.3 ? random.int(1, 5) * 100 : random.range(1, 1000),
  );
  const demandCapacity = Float64Array.from({ length: options.demands }, () =>
    random.next() < 0.3 ? random.int(1, 5) * 100 : random.range(1, 1000),
  );
  const s: number[] = [];
  const d: number[] = [];
  const r: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < options.supplies; i++) {
    for (let j = 0; j < options.demands; j++) {
      if (random.next() >= options.density) continue;
      s.push(i);
      d.push(j);
      r.push(random.next() < options.ratioShare ? random.pick([0.5, 0.8, 1.25, 2, 3.5]) : 1);
      m.push(
        random.next() < 0.1
          ? -random.range(0, 50)
          : random.next() < 0.2
            ? random.int(1, 4) * 10
            : random.range(0, 200),
      );
    }
  }
  return {
    supplyCapacity,
    demandCapacity,
    arcSupply: Int32Array.from(s),
    arcDemand: Int32Array.from(d),
    arcRatio: Float64Array.from(r),
    arcMargin: Float64Array.from(m),
  };
}
