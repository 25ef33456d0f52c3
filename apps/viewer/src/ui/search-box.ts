// The "Rechercher une entreprise" combobox: typing lists matching firms; arrow keys move, Enter selects,
// Escape clears. Matches are also highlighted on the graph through `onMatches`.

import type { SiteMatch } from '../search/search-sites';
import { h } from './dom';

export interface SearchBoxCallbacks {
  readonly search: (query: string) => SiteMatch[];
  readonly onMatches: (nodes: readonly string[]) => void;
  readonly onSelect: (node: string) => void;
}

export function setupSearchBox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  cb: SearchBoxCallbacks,
): void {
  let matches: SiteMatch[] = [];
  let active = -1;
  const render = () => {
    list.replaceChildren(
      ...matches.map((m, i) =>
        h(
          'li',
          {
            id: `search-option-${i}`,
            role: 'option',
            'aria-selected': i === active ? 'true' : 'false',
            onmousedown: (e: Event) => {
              e.preventDefault();
              choose(i);
            },
          },
          m.label,
        ),
      ),
    );
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', matches.length ? 'true' : 'false');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number) => {
    const m = matches[i];
    if (!m) return;
    input.value = m.label;
    matches = [];
    active = -1;
    render();
    cb.onSelect(m.node);
  };
  input.addEventListener('input', () => {
    matches = cb.search(input.value);
    active = -1;
    render();
    cb.onMatches(matches.map((m) => m.node));
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && matches.length) {
      active = (active + 1) % matches.length;
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && matches.length) {
      active = (active - 1 + matches.length) % matches.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      choose(active >= 0 ? active : 0);
      e.preventDefault();
    } else if (e.key === 'Escape' && (input.value !== '' || matches.length)) {
      input.value = '';
      matches = [];
      active = -1;
      render();
      cb.onMatches([]);
      e.stopPropagation();
    }
  });
  input.addEventListener('blur', () => {
    matches = [];
    render();
  });
}
