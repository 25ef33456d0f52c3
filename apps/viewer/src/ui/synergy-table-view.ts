// The sortable synergy table (for those who prefer tables): header buttons sort with aria-sort set,
// site names are buttons that select the site; long tables show their first rows only.

import { formatNumber, formatUnit } from '../format';
import {
  DEFAULT_TABLE_SORT,
  nextSort,
  sortRows,
  SYNERGY_COLUMNS,
  type SynergyRow,
  type TableSort,
} from '../table/synergy-table';
import { h } from './dom';

export const MAX_TABLE_ROWS = 300;

export class SynergyTableView {
  private sort: TableSort = DEFAULT_TABLE_SORT;
  private rows: readonly SynergyRow[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly onSelectSite: (node: string) => void,
  ) {}

  setRows(rows: readonly SynergyRow[]): void {
    this.rows = rows;
    this.render();
  }

  private cell(row: SynergyRow, key: (typeof SYNERGY_COLUMNS)[number]['key']): Node | string {
    switch (key) {
      case 'supplier':
      case 'consumer': {
        const id = key === 'supplier' ? row.supplierId : row.consumerId;
        return h(
          'button',
          { type: 'button', class: 'link-button', onclick: () => this.onSelectSite(id) },
          row[key],
        );
      }
      case 'quantity':
        return `${formatNumber(row.quantity)} ${formatUnit(row.unit)}`;
      case 'distanceKm':
      case 'netValueEurPerYr':
      case 'co2AvoidedTPerYr':
        return row[key] === undefined ? '—' : formatNumber(row[key] as number);
      default:
        return row[key];
    }
  }

  private render(): void {
    const sorted = sortRows(this.rows, this.sort).slice(0, MAX_TABLE_ROWS);
    const head = h(
      'tr',
      {},
      SYNERGY_COLUMNS.map((c) =>
        h(
          'th',
          {
            scope: 'col',
            class: c.numeric ? 'num' : '',
            'aria-sort': this.sort.column === c.key ? this.sort.direction : 'none',
          },
          h(
            'button',
            {
              type: 'button',
              class: 'sort-button',
              onclick: () => {
                this.sort = nextSort(this.sort, c.key);
                this.render();
                this.root.querySelector<HTMLButtonElement>(`th button[data-col="${c.key}"]`)?.focus();
              },
              'data-col': c.key,
            },
            c.label,
            h(
              'span',
              { class: 'sort-mark', 'aria-hidden': 'true' },
              this.sort.column === c.key ? (this.sort.direction === 'ascending' ? '▲' : '▼') : '',
            ),
          ),
        ),
      ),
    );
    const body = sorted.map((row) =>
      h(
        'tr',
        { title: row.explanation },
        SYNERGY_COLUMNS.map((c) => h('td', { class: c.numeric ? 'num' : '' }, this.cell(row, c.key))),
      ),
    );
    const caption =
      this.rows.length > MAX_TABLE_ROWS
        ? `Synergies affichées : ${this.rows.length} (les ${MAX_TABLE_ROWS} premières lignes selon le tri)`
        : `Synergies affichées : ${this.rows.length}`;
    this.root.replaceChildren(
      h(
        'table',
        { class: 'synergy-table' },
        h('caption', {}, caption),
        h('thead', {}, head),
        h(
          'tbody',
          {},
          body.length
            ? body
            : h('tr', {}, h('td', { colspan: String(SYNERGY_COLUMNS.length) }, 'Aucune synergie.')),
        ),
      ),
    );
  }
}
