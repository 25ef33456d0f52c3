// The callers of the authorisation suite and the CANARY tokens of its datasets (authz-datasets.ts), each with
// the roles allowed to see it: anyone else finding one in a response is a leak.

import { SIRET, T1, T2 } from './authz-datasets';

/** Every caller of the matrix: six accounts, the public, and an API key of firm F1. */
export const ROLES = ['admin', 'facT1', 'facT2', 'firmF1', 'firmF2', 'firmG', 'public', 'keyF1'] as const;
export type RoleName = (typeof ROLES)[number];

const M1: readonly RoleName[] = ['admin', 'facT1'];
const M2: readonly RoleName[] = ['admin', 'facT2'];
const F1: readonly RoleName[] = ['firmF1', 'keyF1'];
const FIRMS_T1: readonly RoleName[] = [...F1, 'firmF2'];

/** Each canary and who may see it (anyone else seeing it is a leak). Flow ids start with their site's id, so a
 *  site id canary also catches its flows' real ids (anonymised sites' flows are shown under pseudonyms). */
export const CANARIES: Readonly<Record<string, readonly RoleName[]>> = {
  // T1, firm F1's site (territory): name, SIRET and id hidden from other firms and the public.
  ZQXAF1NAME: [...M1, ...F1],
  [SIRET.f1]: [...M1, ...F1],
  'zqxa-f1': [...M1, ...F1],
  // F1's private flow: only F1 and the facilitators.
  'zqxa-f1-secret': [...M1, ...F1],
  ZQXAF1PNOTE: [...M1, ...F1],
  // F1's territory flow: its note reaches the firms of T1, never the public.
  ZQXAF1TNOTE: [...M1, ...FIRMS_T1],
  // T1, firm F2's site (private).
  ZQXBF2NAME: [...M1, 'firmF2'],
  [SIRET.f2]: [...M1, 'firmF2'],
  'zqxb-f2': [...M1, 'firmF2'],
  ZQXBF2NOTE: [...M1, 'firmF2'],
  // T1, a private site without account, and a private flow on a public site.
  ZQXCNAME: M1,
  [SIRET.priv]: M1,
  'zqxc-priv': M1,
  ZQXCNOTE: M1,
  'zqxd-private': M1,
  ZQXDPNOTE: M1,
  // T1, a territory site without account: anonymised for firms, its territory flow's note for firms only.
  ZQXENAME: M1,
  [SIRET.terr]: M1,
  'zqxe-terr': M1,
  ZQXETNOTE: [...M1, ...FIRMS_T1],
  // A scenario run of T1 (facilitators' hypothesis): its label, extra site and flow stay with them.
  ZQXSCENLABEL: M1,
  ZQXSCENNAME: M1,
  'zqxs-hypo': M1,
  ZQXSCENNOTE: M1,
  // Follow-up notes: facilitators only.
  ZQXSTATUST1: M1,
  ZQXSTATUST2: M2,
  // T2 (no public page): its readers are its facilitators and firm G.
  'zqxt2-sud': [...M2, 'firmG'],
  ZQXT2NAME: [...M2, 'firmG'],
  ZQXGNAME: [...M2, 'firmG'],
  [SIRET.g]: [...M2, 'firmG'],
  'zqxg-site': [...M2, 'firmG'],
  ZQXGNOTE: [...M2, 'firmG'],
  ZQXHPUBNAME: [...M2, 'firmG'],
  'zqxh-site': [...M2, 'firmG'],
  ZQXINAME: M2,
  [SIRET.t2priv]: M2,
  'zqxi-priv': M2,
  ZQXINOTE: M2,
  // Accounts: emails are seen by the account, the admin and the facilitators overseeing it.
  'zqxmail-f1': ['admin', 'facT1', ...F1],
  'zqxmail-f2': ['admin', 'facT1', 'firmF2'],
  'zqxmail-g': ['admin', 'facT2', 'firmG'],
  'zqxmail-fac1': ['admin', 'facT1'],
  'zqxmail-fac2': ['admin', 'facT2'],
  // F1's API key label: its owner only.
  ZQXKEYLABEL: F1,
};

/** Site ids held by each firm account. */
export const FIRM_SITES = {
  firmF1: { territoryId: T1, siteId: 'zqxa-f1' },
  firmF2: { territoryId: T1, siteId: 'zqxb-f2' },
  firmG: { territoryId: T2, siteId: 'zqxg-site' },
} as const;

/** The canaries a role must not see, minus those the request itself carried (an echo is no leak). */
export function forbiddenCanaries(role: RoleName, requestText: string): string[] {
  return Object.entries(CANARIES)
    .filter(([token, allowed]) => !allowed.includes(role) && !requestText.includes(token))
    .map(([token]) => token);
}
