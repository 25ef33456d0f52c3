// ArcArena (the network simplex's per-arc arrays, recycled within a solve): arrays come back in their initial
// state, are reused once given back, are never shared by two holders, and grow when a larger LP asks.

import { ArcArena, type ArcArrays } from './arc-arena';

/** Writes into every array, as a simplex does. */
function dirty(arrays: ArcArrays): void {
  for (const array of Object.values(arrays) as (Int32Array | Float64Array | Uint8Array)[]) array.fill(7);
}

function expectInitial(arrays: ArcArrays, arcs: number): void {
  for (const [name, array] of Object.entries(arrays) as [string, Int32Array | Float64Array | Uint8Array][]) {
    expect({ name, length: array.length }).toEqual({ name, length: arcs });
    const expected = name === 'poolAt' ? -1 : 0;
    expect({ name, ok: array.every((x) => x === expected) }).toEqual({ name, ok: true });
  }
}

describe('ArcArena', () => {
  it('hands out arrays of the requested length in their initial state', () => {
    expectInitial(new ArcArena().take(10), 10);
  });

  it('reuses arrays given back, reset to their initial state', () => {
    const arena = new ArcArena();
    const first = arena.take(100);
    dirty(first);
    arena.give(first);
    expect(arena.freeSets).toBe(1);
    const second = arena.take(80);
    expect(second.poolMargin.buffer).toBe(first.poolMargin.buffer);
    expectInitial(second, 80);
    expect(arena.freeSets).toBe(0);
  });

  it('never hands the same arrays to two holders', () => {
    const arena = new ArcArena();
    const a = arena.take(50);
    const b = arena.take(50);
    expect(a.poolValue.buffer).not.toBe(b.poolValue.buffer);
    arena.give(a);
    const c = arena.take(50);
    expect(c.poolValue.buffer).toBe(a.poolValue.buffer);
    expect(c.poolValue.buffer).not.toBe(b.poolValue.buffer);
  });

  it('allocates afresh for a larger LP and keeps the larger set for later', () => {
    const arena = new ArcArena();
    const small = arena.take(10);
    arena.give(small);
    const large = arena.take(1000);
    expect(large.inPool.buffer).not.toBe(small.inPool.buffer);
    expectInitial(large, 1000);
    arena.give(large);
    // The small set was forgotten when none fitted: only the large one is held.
    expect(arena.freeSets).toBe(1);
    expect(arena.take(20).inPool.buffer).toBe(large.inPool.buffer);
  });

  it('ignores arrays it did not hand out, and arrays given back twice', () => {
    const arena = new ArcArena();
    arena.give(new ArcArena().take(5));
    expect(arena.freeSets).toBe(0);
    const arrays = arena.take(5);
    arena.give(arrays);
    arena.give(arrays);
    expect(arena.freeSets).toBe(1);
  });

  it('hands the same int buffer and TopPerGroup out again per slot, grown when asked for more', () => {
    const arena = new ArcArena();
    const first = arena.intBuffer(0, 10);
    expect(first).toHaveLength(10);
    const again = arena.intBuffer(0, 8);
    expect(again).toHaveLength(8);
    expect(again.buffer).toBe(first.buffer);
    expect(arena.intBuffer(1, 8).buffer).not.toBe(first.buffer);
    expect(arena.intBuffer(0, 1000)).toHaveLength(1000);
    const top = arena.topPerGroup(0, 3, 2);
    top.offer(1, 5, 1);
    const reused = arena.topPerGroup(0, 4, 1);
    expect(reused).toBe(top);
    // Emptied and resized: nothing kept from before, four groups of one.
    expect(reused.collect([])).toEqual([]);
    reused.offer(3, 7, 1);
    reused.offer(3, 8, 2);
    expect(reused.collect([])).toEqual([8]);
    expect(arena.topPerGroup(1, 3, 2)).not.toBe(top);
  });
});
