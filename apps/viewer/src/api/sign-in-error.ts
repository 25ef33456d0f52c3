// Why a sign-in failed, as the French sentence the sign-in form shows: wrong credentials (401), too many
// attempts (429, with the wait from Retry-After), the server unreachable, or another answer of the server.

export type SignInFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'http'; readonly status: number; readonly retryAfterS?: number };

export type SignInFailureKind = 'credentials' | 'rate-limited' | 'network' | 'invalid' | 'server';

export interface SignInFailureView {
  readonly kind: SignInFailureKind;
  readonly message: string;
}

/** The wait announced when a 429 carries no usable Retry-After (the sign-in window of the API). */
export const DEFAULT_RETRY_AFTER_S = 60;

export function signInFailure(failure: SignInFailure): SignInFailureView {
  if (failure.kind === 'network') {
    return {
      kind: 'network',
      message: 'Serveur injoignable : vérifiez votre connexion puis réessayez.',
    };
  }
  switch (failure.status) {
    case 401:
      return { kind: 'credentials', message: 'Identifiants incorrects' };
    case 429: {
      const raw = failure.retryAfterS;
      const waitS =
        raw !== undefined && Number.isFinite(raw) && raw > 0 ? Math.ceil(raw) : DEFAULT_RETRY_AFTER_S;
      return { kind: 'rate-limited', message: `Trop de tentatives, réessayez dans ${waitS} s` };
    }
    case 400:
      return { kind: 'invalid', message: 'Saisissez une adresse e-mail valide et un mot de passe.' };
    default:
      return {
        kind: 'server',
        message: `Connexion impossible : le serveur a répondu ${failure.status}. Réessayez plus tard.`,
      };
  }
}

export class SignInError extends Error {
  readonly kind: SignInFailureKind;

  constructor(view: SignInFailureView) {
    super(view.message);
    this.name = 'SignInError';
    this.kind = view.kind;
  }
}
