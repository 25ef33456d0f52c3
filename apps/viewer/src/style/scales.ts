// Size and width scales: node size by declared volume and edge width by quantity or value,
// both on a square-root scale (area follows the amount) between a minimum and a maximum in pixels.

export interface SqrtScale {
  readonly domainMax: number;
  readonly minPx: number;
  readonly maxPx: number;
}

export const NODE_SIZE_RANGE_PX = { minPx: 4, maxPx: 18 } as const;
export const EDGE_WIDTH_RANGE_PX = { minPx: 1, maxPx: 8 } as const;

export function sqrtScale(
  domainMax: number,
  range: { readonly minPx: number; readonly maxPx: number },
): SqrtScale {
  return { domainMax: Number.isFinite(domainMax) && domainMax > 0 ? domainMax : 0, ...range };
}

/** Maps a non-negative amount to pixels; missing, negative or zero amounts get the minimum. */
export function applySqrtScale(scale: SqrtScale, value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value) || value <= 0 || scale.domainMax === 0)
    return scale.minPx;
  const t = Math.sqrt(Math.min(value, scale.domainMax) / scale.domainMax);
  return scale.minPx + (scale.maxPx - scale.minPx) * t;
}

/**
 * Shrinks node sizes on crowded territories so sites do not cover each other at the first view:
 * 1 up to 300 sites, then the square root of 300/sites, never below 0.25.
 */
export function nodeDensityFactor(order: number): number {
  return order <= 300 ? 1 : Math.max(0.25, Math.sqrt(300 / order));
}
