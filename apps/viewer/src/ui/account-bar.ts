// The account corner of the header: « Se connecter » opening the sign-in dialog (a native modal <dialog>:
// focus kept inside, Escape closes it) when anonymous; the user's e-mail, role and « Se déconnecter » otherwise.

import { roleLabel } from '../api/permissions';
import type { SessionUser } from '../api/session';
import { h } from './dom';

export interface AccountActions {
  /** Rejects with an Error whose message is the French text to show in the form. */
  readonly signIn: (email: string, password: string) => Promise<unknown>;
  readonly signOut: () => Promise<unknown>;
}

export class AccountBar {
  private readonly dialog: HTMLDialogElement;
  private readonly form: HTMLFormElement;
  private readonly email: HTMLInputElement;
  private readonly password: HTMLInputElement;
  private readonly submit: HTMLButtonElement;
  private readonly error: HTMLElement;
  private readonly openButton: HTMLButtonElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: AccountActions,
  ) {
    this.openButton = h(
      'button',
      { type: 'button', id: 'sign-in-open', class: 'account-button' },
      'Se connecter',
    );
    this.openButton.addEventListener('click', () => this.open());
    this.email = h('input', {
      id: 'sign-in-email',
      name: 'email',
      type: 'email',
      autocomplete: 'username',
      required: true,
      'aria-describedby': 'sign-in-error',
    });
    this.password = h('input', {
      id: 'sign-in-password',
      name: 'password',
      type: 'password',
      autocomplete: 'current-password',
      required: true,
      'aria-describedby': 'sign-in-error',
    });
    this.error = h('p', { id: 'sign-in-error', class: 'sign-in-error', role: 'alert' });
    this.submit = h('button', { type: 'submit', class: 'primary', id: 'sign-in-submit' }, 'Se connecter');
    this.form = h(
      'form',
      { class: 'sign-in-form', onsubmit: (e: Event) => void this.onSubmit(e) },
      h('div', { class: 'field' }, h('label', { for: 'sign-in-email' }, 'Adresse e-mail'), this.email),
      h('div', { class: 'field' }, h('label', { for: 'sign-in-password' }, 'Mot de passe'), this.password),
      this.error,
      h(
        'div',
        { class: 'sign-in-actions' },
        h('button', { type: 'button', id: 'sign-in-cancel', onclick: () => this.dialog.close() }, 'Annuler'),
        this.submit,
      ),
    );
    this.dialog = h(
      'dialog',
      { id: 'sign-in-dialog', class: 'sign-in-dialog', 'aria-labelledby': 'sign-in-title' },
      h('h2', { id: 'sign-in-title' }, 'Connexion'),
      h(
        'p',
        { class: 'muted sign-in-intro' },
        'Sans compte, vous voyez la face publique des territoires. Connectez-vous pour voir et gérer les vôtres.',
      ),
      this.form,
    );
    this.dialog.addEventListener('close', () => {
      this.error.textContent = '';
      this.password.value = '';
      // Focus returns to the account corner: « Se connecter », or « Se déconnecter » after signing in.
      this.root.querySelector('button')?.focus();
    });
    document.body.append(this.dialog);
    this.show(null);
  }

  /** Shows the account of `user`, or the « Se connecter » button when null. */
  show(user: SessionUser | null): void {
    if (user === null) {
      this.root.replaceChildren(this.openButton);
      return;
    }
    const signOut = h(
      'button',
      { type: 'button', id: 'sign-out', class: 'account-button' },
      'Se déconnecter',
    );
    signOut.addEventListener('click', () => {
      signOut.disabled = true;
      void this.actions.signOut();
    });
    this.root.replaceChildren(
      h(
        'span',
        { class: 'account-user', id: 'account-user' },
        h('span', { class: 'account-email' }, user.email),
        h('span', { class: 'account-role' }, roleLabel(user.role)),
      ),
      signOut,
    );
  }

  open(): void {
    this.error.textContent = '';
    if (!this.dialog.open) this.dialog.showModal();
    (this.email.value ? this.password : this.email).focus();
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.error.textContent = '';
    this.submit.disabled = true;
    this.submit.setAttribute('aria-busy', 'true');
    try {
      await this.actions.signIn(this.email.value.trim(), this.password.value);
      this.dialog.close();
    } catch (error) {
      this.error.textContent = (error as Error).message;
      this.password.select();
      this.password.focus();
    } finally {
      this.submit.disabled = false;
      this.submit.setAttribute('aria-busy', 'false');
    }
  }
}
