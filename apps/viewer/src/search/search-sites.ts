// Finding firms by name: every site whose search key contains the query's, best matches first
// (name starts with the query, then shorter names), at most `limit` results.

import type { ViewerGraph } from '../graph/viewer-graph';
import { searchKey } from './normalize';

export interface SiteMatch {
  readonly node: string;
  readonly label: string;
}

export function searchSites(graph: ViewerGraph, query: string, limit = 10): SiteMatch[] {
  const q = searchKey(query);
  if (q.length === 0) return [];
  const found: { node: string; label: string; starts: boolean }[] = [];
  graph.forEachNode((node, a) => {
    const at = a.searchKey.indexOf(q);
    if (at >= 0) found.push({ node, label: a.label, starts: at === 0 || a.searchKey[at - 1] === ' ' });
  });
  found.sort(
    (a, b) =>
      Number(b.starts) - Number(a.starts) || a.label.length - b.label.length || (a.label < b.label ? -1 : 1),
  );
  return found.slice(0, limit).map(({ node, label }) => ({ node, label }));
}
