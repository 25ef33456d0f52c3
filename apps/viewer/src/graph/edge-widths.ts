// Edge widths by quantity (square-root scale per unit, since tonnes and MWh do not compare)
// or by net value in € per year (one scale for the territory). `assignEdgeWidths` writes them in place.

import type { EdgeWidthBy } from '../settings';
import {
  applySqrtScale,
  EDGE_WIDTH_RANGE_PX,
  nodeDensityFactor,
  sqrtScale,
  type SqrtScale,
} from '../style/scales';
import type { ViewerEdgeAttributes, ViewerGraph } from './viewer-graph';

function amount(edge: ViewerEdgeAttributes, by: EdgeWidthBy): number {
  return by === 'value' ? Math.abs(edge.netValueEurPerYr ?? 0) : edge.quantity;
}

/** The widths scales: one per unit for quantities, one for values. */
export function edgeWidthScales(graph: ViewerGraph, by: EdgeWidthBy): ReadonlyMap<string, SqrtScale> {
  const max = new Map<string, number>();
  graph.forEachEdge((_e, a) => {
    const unit = by === 'value' ? 'EUR/yr' : a.unit;
    max.set(unit, Math.max(max.get(unit) ?? 0, amount(a, by)));
  });
  return new Map([...max].map(([unit, m]) => [unit, sqrtScale(m, EDGE_WIDTH_RANGE_PX)]));
}

export function edgeWidthPx(
  edge: ViewerEdgeAttributes,
  by: EdgeWidthBy,
  scales: ReadonlyMap<string, SqrtScale>,
): number {
  const scale = scales.get(by === 'value' ? 'EUR/yr' : edge.unit);
  return scale ? applySqrtScale(scale, amount(edge, by)) : EDGE_WIDTH_RANGE_PX.minPx;
}

/** Writes each edge's width; crowded territories get thinner edges (same density factor as the sites). */
export function assignEdgeWidths(graph: ViewerGraph, by: EdgeWidthBy): void {
  const scales = edgeWidthScales(graph, by);
  const density = nodeDensityFactor(graph.order);
  graph.forEachEdge((edge, a) => graph.setEdgeAttribute(edge, 'size', edgeWidthPx(a, by, scales) * density));
}
