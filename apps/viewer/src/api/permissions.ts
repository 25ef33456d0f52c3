// What the signed-in user may do in the viewer, mirroring the API's rules (apps/api/src/auth/README.md), so
// refused actions are disabled with their reason instead of failing with a 401/403. The API still decides.

import type { Role, SessionUser } from './session';

export const ROLE_LABELS_FR: Readonly<Record<Role, string>> = {
  admin: 'administrateur',
  facilitator: 'animateur·rice',
  firm: 'entreprise',
};

export function roleLabel(role: string): string {
  return (ROLE_LABELS_FR as Readonly<Record<string, string>>)[role] ?? role;
}

export interface Permission {
  readonly allowed: boolean;
  /** Why not, in French; '' when allowed. */
  readonly reason: string;
}

/** May `user` (null: anonymous) start a match run on `territoryId`? Facilitators and admins only. */
export function matchRunPermission(user: SessionUser | null, territoryId: string): Permission {
  if (user === null) {
    return {
      allowed: false,
      reason:
        'Connectez-vous en tant qu’animateur·rice ou administrateur pour lancer une recherche de synergies.',
    };
  }
  if (user.role === 'admin') return { allowed: true, reason: '' };
  if (user.role === 'facilitator') {
    return (user.territoryIds ?? []).includes(territoryId)
      ? { allowed: true, reason: '' }
      : {
          allowed: false,
          reason:
            'Ce territoire n’est pas animé par votre compte : seul son animateur·rice peut lancer un calcul.',
        };
  }
  return {
    allowed: false,
    reason:
      'Un compte entreprise ne lance pas de recherche de synergies : l’animateur·rice du territoire s’en charge.',
  };
}
