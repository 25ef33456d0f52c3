// The roles of an account and their French names, as users read them.
// `public` is not a role of an account: it is what a caller without a token is.

export const ROLES = ['admin', 'facilitator', 'firm'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_FR: Readonly<Record<Role, string>> = {
  admin: 'administrateur',
  facilitator: 'animateur·rice',
  firm: 'entreprise',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
