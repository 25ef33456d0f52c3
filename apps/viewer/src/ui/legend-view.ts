// The legend: NACE sections present in the territory, resource families, line styles (solid arrow,
// dashed for mutualisation or conversion), the ring of sites with unmatched outputs, and what sizes mean.

import { FAMILY_COLORS, FAMILY_LABELS_FR, DISPLAY_FAMILIES } from '../style/families';
import { naceSectionColor, naceSectionLabel } from '../style/nace-palette';
import type { ViewerGraph } from '../graph/viewer-graph';
import { h, swatch } from './dom';

export function sectionsPresent(graph: ViewerGraph): string[] {
  const sections = new Set<string>();
  graph.forEachNode((_n, a) => sections.add(a.naceSection ?? '?'));
  return [...sections].sort();
}

export function renderLegend(root: HTMLElement, graph: ViewerGraph): void {
  const sections = sectionsPresent(graph).map((s) =>
    h(
      'li',
      {},
      swatch(naceSectionColor(s === '?' ? undefined : s)),
      `${s === '?' ? '' : `${s} — `}${naceSectionLabel(s === '?' ? undefined : s)}`,
    ),
  );
  const families = DISPLAY_FAMILIES.map((f) => h('li', {}, swatch(FAMILY_COLORS[f]), FAMILY_LABELS_FR[f]));
  root.replaceChildren(
    h('h3', {}, 'Sites (secteur NACE)'),
    h('ul', { class: 'legend-list' }, sections),
    h('h3', {}, 'Synergies (famille de ressource)'),
    h('ul', { class: 'legend-list' }, families),
    h(
      'ul',
      { class: 'legend-list' },
      h('li', {}, swatch('#4B5563', false), 'Trait plein : échange direct'),
      h('li', {}, swatch('#4B5563', true), 'Tirets : mutualisation ou conversion'),
      h(
        'li',
        {},
        h('span', { class: 'swatch ring', 'aria-hidden': 'true' }),
        'Anneau sombre : sorties sans partenaire',
      ),
    ),
    h('p', { class: 'muted' }, 'Taille des sites : volume déclaré. Épaisseur des liens : quantité ou gain.'),
  );
}
