// The synergy table model: one row per visible synergy with its partners' names, sorted by any column
// (French collation for text, missing numbers last whatever the direction).

import { FAMILY_LABELS_FR } from '../style/families';
import { SYNERGY_STATUS_LABELS_FR } from '../graph/synergy-status';
import { resourceLabelFr } from '../style/resource-label';
import type { ViewerGraph } from '../graph/viewer-graph';

export interface SynergyRow {
  readonly edgeKey: string;
  readonly supplierId: string;
  readonly supplier: string;
  readonly consumerId: string;
  readonly consumer: string;
  readonly resource: string;
  readonly family: string;
  readonly status: string;
  readonly quantity: number;
  readonly unit: string;
  readonly distanceKm?: number;
  readonly netValueEurPerYr?: number;
  readonly co2AvoidedTPerYr?: number;
  readonly explanation: string;
}

export const SYNERGY_COLUMNS = [
  { key: 'supplier', label: 'Fournisseur', numeric: false },
  { key: 'consumer', label: 'Preneur', numeric: false },
  { key: 'resource', label: 'Ressource', numeric: false },
  { key: 'family', label: 'Famille', numeric: false },
  { key: 'status', label: 'Statut', numeric: false },
  { key: 'quantity', label: 'Quantité', numeric: true },
  { key: 'distanceKm', label: 'Distance (km)', numeric: true },
  { key: 'netValueEurPerYr', label: 'Gain net (€/an)', numeric: true },
  { key: 'co2AvoidedTPerYr', label: 'CO₂ évité (t/an)', numeric: true },
] as const;

export type SynergyColumn = (typeof SYNERGY_COLUMNS)[number]['key'];
export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  readonly column: SynergyColumn;
  readonly direction: SortDirection;
}

export const DEFAULT_TABLE_SORT: TableSort = { column: 'netValueEurPerYr', direction: 'descending' };

export function synergyRows(graph: ViewerGraph, hiddenEdges: ReadonlySet<string>): SynergyRow[] {
  const rows: SynergyRow[] = [];
  graph.forEachEdge((edge, a, source, target, sa, ta) => {
    if (hiddenEdges.has(edge)) return;
    rows.push({
      edgeKey: edge,
      supplierId: source,
      supplier: sa.label,
      consumerId: target,
      consumer: ta.label,
      resource: resourceLabelFr(a.resource),
      family: FAMILY_LABELS_FR[a.displayFamily],
      status: SYNERGY_STATUS_LABELS_FR[a.status],
      quantity: a.quantity,
      unit: a.unit,
      distanceKm: a.distanceKm,
      netValueEurPerYr: a.netValueEurPerYr,
      co2AvoidedTPerYr: a.co2AvoidedTPerYr,
      explanation: a.explanation,
    });
  });
  return rows;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function compareRows(a: SynergyRow, b: SynergyRow, sort: TableSort): number {
  const va = a[sort.column];
  const vb = b[sort.column];
  if (va === undefined || vb === undefined) return va === vb ? 0 : va === undefined ? 1 : -1;
  const base =
    typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
  const signed = sort.direction === 'ascending' ? base : -base;
  return signed !== 0 ? signed : collator.compare(a.edgeKey, b.edgeKey);
}

/** A sorted copy of the rows. */
export function sortRows(rows: readonly SynergyRow[], sort: TableSort): SynergyRow[] {
  return [...rows].sort((a, b) => compareRows(a, b, sort));
}

/** Clicking a column header: same column flips the direction, a new one starts descending for numbers. */
export function nextSort(current: TableSort, column: SynergyColumn): TableSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const numeric = SYNERGY_COLUMNS.find((c) => c.key === column)?.numeric ?? false;
  return { column, direction: numeric ? 'descending' : 'ascending' };
}
