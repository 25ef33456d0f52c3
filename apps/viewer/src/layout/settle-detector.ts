// Decides when ForceAtlas2 has settled: the mean displacement between two samples of the positions,
// relative to the layout's extent, stays under a threshold for a few consecutive samples.

export interface SettleSettings {
  /** Mean displacement per sample, as a fraction of the layout's extent, under which a sample is calm. */
  readonly relativeMotion: number;
  /** Calm samples in a row needed to call the layout settled. */
  readonly calmSamples: number;
}

export const DEFAULT_SETTLE_SETTINGS: SettleSettings = { relativeMotion: 0.003, calmSamples: 3 };

export interface SettleDetector {
  /** Feeds positions as [x0, y0, x1, y1, …]; returns true once settled. */
  sample(positions: Float64Array): boolean;
  readonly lastRelativeMotion: number;
}

export function relativeMotion(previous: Float64Array, current: Float64Array): number {
  const n = Math.min(previous.length, current.length) / 2;
  if (n === 0) return 0;
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = current[2 * i];
    const y = current[2 * i + 1];
    moved += Math.hypot(x - previous[2 * i], y - previous[2 * i + 1]);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY) || 1;
  return moved / n / extent;
}

export function createSettleDetector(settings: SettleSettings = DEFAULT_SETTLE_SETTINGS): SettleDetector {
  let previous: Float64Array | null = null;
  let calm = 0;
  let last = Infinity;
  return {
    sample(positions) {
      if (previous !== null && previous.length === positions.length) {
        last = relativeMotion(previous, positions);
        calm = last < settings.relativeMotion ? calm + 1 : 0;
      }
      previous = positions.slice();
      return calm >= settings.calmSamples;
    },
    get lastRelativeMotion() {
      return last;
    },
  };
}
