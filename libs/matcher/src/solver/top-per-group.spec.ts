// TopPerGroup (the pricing pass's k best arcs per supply or demand) against a plain sort, on seeded offers.

import { TopPerGroup } from './top-per-group';

/** Park–Miller generator: the same offers on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

describe('TopPerGroup', () => {
  it.each([1, 2, 3, 4, 5])(
    'keeps the k largest keys per group, best first, earlier arcs on ties (seed %i)',
    (seed) => {
      const random = lcg(seed);
      let groups = 7;
      let k = 1 + Math.floor(random() * 5);
      const top = new TopPerGroup(groups, k);
      const offers: { group: number; arc: number; key: number }[] = [];
      // Reset, then prepared again for more, fewer and more groups (arrays reused or grown, never stale).
      for (let round = 0; round < 4; round++) {
        if (round === 0 || round === 1) top.reset();
        if (round >= 2) {
          groups = round === 2 ? 3 : 11;
          k = 1 + Math.floor(random() * 6);
          top.prepare(groups, k);
        }
        offers.length = 0;
        for (let arc = 0; arc < 200; arc++) {
          const group = Math.floor(random() * groups);
          // Few distinct keys, so that ties happen.
          const key = Math.floor(random() * 20) / 4;
          offers.push({ group, arc, key });
          top.offer(group, arc, key);
        }
        const expected: number[] = [];
        for (let g = 0; g < groups; g++) {
          const best = offers
            .filter((o) => o.group === g)
            .sort((a, b) => b.key - a.key || a.arc - b.arc)
            .slice(0, k);
          expected.push(...best.map((o) => o.arc));
        }
        expect(top.collect([])).toEqual(expected);
      }
    },
  );

  it('returns fewer arcs for a group offered fewer than k, none for an empty one', () => {
    const top = new TopPerGroup(3, 4);
    top.offer(0, 10, 1);
    top.offer(2, 11, 3);
    top.offer(2, 12, 5);
    expect(top.collect([99])).toEqual([99, 10, 12, 11]);
  });
});
