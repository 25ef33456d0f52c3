// Password hashing: the one adapter over @node-rs/argon2 (argon2id, its defaults: 19 MiB, 2 passes — OWASP's
// minimum). Swap the library here and nowhere else.

import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password or a malformed hash, never a throw. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Why a password is refused, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `au moins ${PASSWORD_MIN_LENGTH} caractères`;
  if (password.length > PASSWORD_MAX_LENGTH) return `au plus ${PASSWORD_MAX_LENGTH} caractères`;
  return null;
}
