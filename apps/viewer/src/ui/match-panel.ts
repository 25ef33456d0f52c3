// The "Lancer une recherche de synergies" form: the main parameters, the start button, a progress bar
// and a live message (role=status) fed by the match-run reducer; disabled with its reason when the user
// may not start a run (anonymous, firm, another facilitator's territory).

import { MATCH_PARAMETER_FIELDS, matchParameters } from '../match/match-parameters';
import { isBusy, type MatchRunState } from '../match/match-run-state';
import type { Permission } from '../api/permissions';
import { h } from './dom';

export class MatchPanel {
  private readonly button: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly message: HTMLElement;
  private readonly reason: HTMLElement;
  private busy = false;
  private allowed = true;

  constructor(root: HTMLElement, onStart: (parameters: Record<string, number>) => void) {
    const inputs = MATCH_PARAMETER_FIELDS.map((f) =>
      h('input', {
        id: `param-${f.name}`,
        name: f.name,
        type: 'number',
        min: String(f.min),
        step: String(f.step),
        value: String(f.defaultValue),
      }),
    );
    this.button = h(
      'button',
      { type: 'submit', class: 'primary', id: 'match-start', 'aria-describedby': 'match-reason' },
      'Lancer une recherche de synergies',
    );
    this.progress = h('progress', {
      id: 'match-progress',
      max: '1',
      value: '0',
      hidden: true,
      'aria-label': 'Avancement du calcul',
    });
    this.message = h('p', {
      id: 'match-message',
      role: 'status',
      'aria-live': 'polite',
      class: 'match-message',
    });
    this.reason = h('p', { id: 'match-reason', class: 'match-reason muted', hidden: true });
    const form = h(
      'form',
      {
        class: 'match-form',
        onsubmit: (e: Event) => {
          e.preventDefault();
          if (!this.allowed || this.busy) return;
          const raw: Record<string, string> = {};
          for (const input of inputs) raw[input.name] = input.value;
          onStart(matchParameters(raw));
        },
      },
      MATCH_PARAMETER_FIELDS.map((f, i) =>
        h(
          'div',
          { class: 'field' },
          h('label', { for: `param-${f.name}` }, `${f.label} (${f.unit})`),
          inputs[i],
        ),
      ),
      this.button,
      this.reason,
      this.progress,
      this.message,
    );
    root.replaceChildren(form);
  }

  update(state: MatchRunState): void {
    const busy = isBusy(state);
    this.busy = busy;
    this.button.disabled = busy || !this.allowed;
    this.button.setAttribute('aria-busy', busy ? 'true' : 'false');
    this.progress.hidden = !(busy || state.phase === 'done');
    this.progress.value = state.progress;
    this.message.textContent = state.message;
    this.message.dataset.phase = state.phase;
  }

  /** Enables the start button, or disables it and says why. */
  setPermission(permission: Permission): void {
    this.allowed = permission.allowed;
    this.button.disabled = this.busy || !permission.allowed;
    this.reason.textContent = permission.reason;
    this.reason.hidden = permission.allowed;
  }
}
