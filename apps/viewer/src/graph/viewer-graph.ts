// The graphology graph the viewer renders: the API's site and synergy attributes plus the display
// attributes sigma reads (x, y, size, color, type) and the derived ones the filters use.

import type { MultiDirectedGraph } from 'graphology';
import type { SiteNodeAttributes, SynergyEdgeAttributes, TerritoryGraphAttributes } from '@toile/flow-model';
import type { DisplayFamily } from '../style/families';
import type { SynergyStatus } from './synergy-status';

export interface ViewerNodeAttributes extends Omit<SiteNodeAttributes, 'x' | 'y'> {
  /** Current position in the active layout. */
  x: number;
  y: number;
  /** Geographic position (Web Mercator metres), kept to switch back from ForceAtlas2. */
  readonly geoX: number;
  readonly geoY: number;
  size: number;
  color: string;
  /** Sigma program: `border` (ring marks unmatched outputs). */
  type: 'border';
  borderColor: string;
  borderSize: number;
  readonly hasUnmatchedOutputs: boolean;
  /** Lower-case, accent-free label for search. */
  readonly searchKey: string;
}

export interface ViewerEdgeAttributes extends Omit<SynergyEdgeAttributes, 'family'> {
  /** Vocabulary family from the API. */
  readonly resourceFamily: string;
  readonly displayFamily: DisplayFamily;
  readonly status: SynergyStatus;
  size: number;
  color: string;
  /** Sigma program: `arrow` for a direct exchange, `dashed` otherwise. */
  type: 'arrow' | 'dashed';
}

export type ViewerGraph = MultiDirectedGraph<
  ViewerNodeAttributes,
  ViewerEdgeAttributes,
  TerritoryGraphAttributes
>;
