// Node positions for the two layouts: `assignGeographicPositions` puts every site back at its Mercator
// position; `assignForceStartPositions` rescales them into a box fit for ForceAtlas2 (same shape, smaller).

import type { ViewerGraph } from '../graph/viewer-graph';

export function assignGeographicPositions(graph: ViewerGraph): void {
  graph.updateEachNodeAttributes(
    (_node, a) => {
      a.x = a.geoX;
      a.y = a.geoY;
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}

/** Half-width of the ForceAtlas2 start box for `order` nodes (grows like the square root of the order). */
export function forceBoxHalfWidth(order: number): number {
  return 10 * Math.sqrt(Math.max(order, 1));
}

/** Geographic positions scaled into ±forceBoxHalfWidth, centred; sites on one spot are spread by a tiny spiral. */
export function assignForceStartPositions(graph: ViewerGraph): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.geoX);
    maxX = Math.max(maxX, a.geoX);
    minY = Math.min(minY, a.geoY);
    maxY = Math.max(maxY, a.geoY);
  });
  const half = forceBoxHalfWidth(graph.order);
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  let i = 0;
  graph.updateEachNodeAttributes(
    (_node, a) => {
      const angle = i * 2.399963;
      const r = 0.01 * Math.sqrt(i++);
      a.x = ((a.geoX - cx) / span) * 2 * half + r * Math.cos(angle);
      a.y = ((a.geoY - cy) / span) * 2 * half + r * Math.sin(angle);
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}
