// Stable, non-reversible pseudonyms for sites shown anonymised (`anon-` + 8 hex of an HMAC-SHA256 of territory
// and site id keyed by the instance secret), and the pseudonyms of their flows derived from them.

import { createHmac } from 'node:crypto';

/** `anon-xxxxxxxx`: the same secret, territory and site always give the same pseudonym. */
export function pseudonymFor(secret: string, territoryId: string, siteId: string): string {
  if (secret.length === 0) throw new Error('pseudonymFor: secret must not be empty');
  const digest = createHmac('sha256', secret).update(`${territoryId}\u0000${siteId}`).digest('hex');
  return `anon-${digest.slice(0, 8)}`;
}
