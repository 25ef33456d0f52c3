// The filter controls: resource families, synergy statuses and the minimum quantity or value.
// Native checkboxes, selects and inputs, so every control works with the keyboard as is.

import { DISPLAY_FAMILIES, FAMILY_COLORS, FAMILY_LABELS_FR } from '../style/families';
import { SYNERGY_STATUSES, SYNERGY_STATUS_LABELS_FR } from '../graph/synergy-status';
import { toggleInSet, type ThresholdBy, type ViewerFilters } from '../filters/filters';
import { h, swatch } from './dom';

export function renderFiltersPanel(
  root: HTMLElement,
  initial: ViewerFilters,
  onChange: (update: (f: ViewerFilters) => ViewerFilters) => void,
): void {
  const families = DISPLAY_FAMILIES.map((family) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name: 'family',
        value: family,
        checked: initial.families.has(family),
        onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          onChange((f) => ({ ...f, families: toggleInSet(f.families, family, on) }));
        },
      }),
      swatch(FAMILY_COLORS[family]),
      FAMILY_LABELS_FR[family],
    ),
  );
  const statuses = SYNERGY_STATUSES.map((status) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name: 'status',
        value: status,
        checked: initial.statuses.has(status),
        onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          onChange((f) => ({ ...f, statuses: toggleInSet(f.statuses, status, on) }));
        },
      }),
      SYNERGY_STATUS_LABELS_FR[status],
    ),
  );
  const by = h(
    'select',
    {
      id: 'threshold-by',
      onchange: (e: Event) => {
        const value = (e.target as HTMLSelectElement).value as ThresholdBy;
        onChange((f) => ({ ...f, thresholdBy: value }));
      },
    },
    h(
      'option',
      { value: 'quantity', selected: initial.thresholdBy === 'quantity' },
      'en quantité (unité/an)',
    ),
    h('option', { value: 'value', selected: initial.thresholdBy === 'value' }, 'en gain net (€/an)'),
  );
  const min = h('input', {
    id: 'threshold-min',
    type: 'number',
    min: '0',
    step: 'any',
    inputmode: 'decimal',
    value: String(initial.minAmount),
    oninput: (e: Event) => {
      const value = Number((e.target as HTMLInputElement).value);
      onChange((f) => ({ ...f, minAmount: Number.isFinite(value) && value > 0 ? value : 0 }));
    },
  });
  root.replaceChildren(
    h('fieldset', {}, h('legend', {}, 'Familles'), ...families),
    h('fieldset', {}, h('legend', {}, 'Statut des synergies'), ...statuses),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Quantité minimale'),
      h('label', { for: 'threshold-min', class: 'visually-hidden' }, 'Seuil minimal'),
      min,
      h('label', { for: 'threshold-by', class: 'visually-hidden' }, 'Seuil exprimé'),
      by,
    ),
  );
}
