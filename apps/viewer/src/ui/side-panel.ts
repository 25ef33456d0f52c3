// The right-hand detail panel of a site: declared flows, synergies (explanation, € and tCO2e per year)
// and flows without a partner. Focus moves into it on open; Escape or the close button closes it.

import type { SiteDetails } from '../panel/site-details';
import { formatCo2PerYear, formatDistanceKm, formatEurPerYear, formatQuantity } from '../format';
import { h, swatch } from './dom';

export interface SidePanelCallbacks {
  readonly onClose: () => void;
  readonly onSelectSite: (node: string) => void;
}

export class SidePanel {
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly callbacks: SidePanelCallbacks,
  ) {
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.callbacks.onClose();
      }
    });
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  show(details: SiteDetails, moveFocus: boolean): void {
    if (!this.isOpen && document.activeElement instanceof HTMLElement)
      this.returnFocus = document.activeElement;
    this.root.replaceChildren(this.content(details));
    this.root.hidden = false;
    if (moveFocus) this.root.querySelector<HTMLElement>('h2')?.focus();
  }

  hide(): void {
    if (!this.isOpen) return;
    this.root.hidden = true;
    this.root.replaceChildren();
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  private content(d: SiteDetails): DocumentFragment {
    const frag = document.createDocumentFragment();
    frag.append(
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { id: 'panel-title', tabindex: '-1' }, d.name),
        h(
          'button',
          {
            class: 'icon-button',
            type: 'button',
            'aria-label': 'Fermer le panneau (Échap)',
            onclick: () => this.callbacks.onClose(),
          },
          '×',
        ),
      ),
      h(
        'p',
        { class: 'panel-meta' },
        [d.sector, d.nace ? `NACE ${d.nace}` : '', d.zone ?? ''].filter(Boolean).join(' · '),
      ),
      h(
        'dl',
        { class: 'panel-totals' },
        h('div', {}, h('dt', {}, 'Gain net'), h('dd', {}, formatEurPerYear(d.totalNetValueEurPerYr))),
        h('div', {}, h('dt', {}, 'CO₂ évité'), h('dd', {}, formatCo2PerYear(d.totalCo2AvoidedTPerYr))),
      ),
      this.flowsSection(d),
      this.synergiesSection(d),
      this.unmatchedSection(d),
    );
    return frag;
  }

  private flowsSection(d: SiteDetails): HTMLElement {
    const items = d.flows.map((f) =>
      h(
        'li',
        { class: 'flow' },
        swatch(f.familyColor),
        h('span', { class: 'flow-dir' }, f.direction === 'output' ? 'Sortant' : 'Entrant'),
        h('span', { class: 'flow-label' }, f.label),
        h(
          'span',
          { class: 'flow-qty' },
          formatQuantity(f.quantity, f.unit) +
            (f.temperatureC !== undefined ? ` · ${f.temperatureC} °C` : ''),
        ),
      ),
    );
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'panel-flows' },
      h('h3', { id: 'panel-flows' }, `Flux déclarés (${d.flows.length})`),
      items.length
        ? h('ul', { class: 'flow-list' }, items)
        : h('p', { class: 'muted' }, 'Aucun flux déclaré.'),
    );
  }

  private synergiesSection(d: SiteDetails): HTMLElement {
    const items = d.synergies.map((s) =>
      h(
        'li',
        { class: 'synergy' },
        h(
          'p',
          { class: 'synergy-title' },
          swatch(s.familyColor, s.dashed),
          h(
            'span',
            {},
            `${s.role === 'supplies' ? 'Fournit' : 'Reçoit'} ${s.resource} ${s.role === 'supplies' ? 'à' : 'de'} `,
          ),
          h(
            'button',
            { type: 'button', class: 'link-button', onclick: () => this.callbacks.onSelectSite(s.partnerId) },
            s.partner,
          ),
        ),
        h(
          'p',
          { class: 'synergy-figures' },
          [
            formatQuantity(s.quantity, s.unit),
            formatEurPerYear(s.netValueEurPerYr),
            formatCo2PerYear(s.co2AvoidedTPerYr),
            s.distanceKm !== undefined ? formatDistanceKm(s.distanceKm) : '',
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        h('p', { class: 'synergy-status' }, s.status + (s.conversion ? ` (${s.conversion})` : '')),
        h('p', { class: 'synergy-explanation' }, s.explanation),
      ),
    );
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'panel-synergies' },
      h('h3', { id: 'panel-synergies' }, `Synergies (${d.synergies.length})`),
      items.length
        ? h('ul', { class: 'synergy-list' }, items)
        : h('p', { class: 'muted' }, 'Aucune synergie affichée pour ce site.'),
    );
  }

  private unmatchedSection(d: SiteDetails): HTMLElement {
    const items = d.unmatched.map((u) =>
      h(
        'li',
        {},
        h('span', { class: 'flow-label' }, u.label),
        h('span', { class: 'unmatched-reason' }, u.reason),
      ),
    );
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'panel-unmatched' },
      h('h3', { id: 'panel-unmatched' }, `Flux sans partenaire (${d.unmatched.length})`),
      items.length
        ? h('ul', { class: 'unmatched-list' }, items)
        : h(
            'p',
            { class: 'muted' },
            d.unmatchedOutputs > 0
              ? `${d.unmatchedOutputs} sortie(s) sans partenaire.`
              : 'Aucun flux sans partenaire.',
          ),
    );
  }
}
