// Random secrets and their hashes: refresh tokens and API keys are random, shown once, stored as SHA-256.
// The instance secret (JWT signing, pseudonyms) comes from TOILE_SECRET or is generated once and kept in the database.

import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'toile_';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function newInstanceSecret(): string {
  return randomBytes(48).toString('base64url');
}

export function newRandomPassword(): string {
  return randomBytes(18).toString('base64url');
}
