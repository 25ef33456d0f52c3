// The datasets of the authorisation suite: T1 (public page) and T2 (none), with sites and flows of every
// confidentiality; names, SIRETs, notes and some ids carry CANARY tokens (see authz-world.ts).

import type { Dataset, Flow, Site } from '@toile/flow-model';
import { luhnValid } from '@toile/flow-model';

export const T1 = 'authz-nord';
export const T2 = 'zqxt2-sud';

/** A 14-digit SIRET passing Luhn, from a 13-digit prefix (distinctive digits: a canary). */
function siret(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${prefix}${d}`)) return `${prefix}${d}`;
  throw new Error(`no Luhn digit for ${prefix}`);
}

export const SIRET = {
  f1: siret('9713579246801'),
  f2: siret('9724680135792'),
  priv: siret('9735791357913'),
  terr: siret('9746802468024'),
  g: siret('9757913579135'),
  t2priv: siret('9768024680246'),
} as const;

const price = (value: number) => ({ value, unit: 'EUR/t' });
const flow = (f: Omit<Flow, 'unit'> & { unit?: string }): Flow => ({ unit: 't/yr', ...f });

const T1_SITES: readonly Site[] = [
  {
    id: 'zqxa-f1',
    name: 'Usine ZQXAF1NAME',
    siret: SIRET.f1,
    lat: 49.0,
    lon: 1.0,
    nace: '35.11',
    confidentiality: 'territory',
  },
  {
    id: 'zqxb-f2',
    name: 'Fonderie ZQXBF2NAME',
    siret: SIRET.f2,
    lat: 49.005,
    lon: 1.01,
    nace: '24.51',
    confidentiality: 'private',
  },
  {
    id: 'zqxc-priv',
    name: 'Plâtrerie ZQXCNAME',
    siret: SIRET.priv,
    lat: 49.01,
    lon: 1.0,
    nace: '23.62',
    confidentiality: 'private',
  },
  {
    id: 'pub-d',
    name: 'Plâtrerie publique',
    lat: 49.012,
    lon: 1.005,
    nace: '23.62',
    confidentiality: 'public',
  },
  {
    id: 'zqxe-terr',
    name: 'Menuiserie ZQXENAME',
    siret: SIRET.terr,
    lat: 49.003,
    lon: 1.004,
    nace: '16.23',
    confidentiality: 'territory',
  },
];

const T1_FLOWS: readonly Flow[] = [
  // F1 (territory site): a territory flow, a public flow and a private one.
  flow({
    id: 'zqxa-f1-gypsum',
    siteId: 'zqxa-f1',
    direction: 'output',
    resource: 'gypsum',
    quantity: 1000,
    price: price(30),
    note: 'ZQXAF1TNOTE',
  }),
  flow({
    id: 'zqxa-f1-wood',
    siteId: 'zqxa-f1',
    direction: 'output',
    resource: 'wood',
    quantity: 200,
    price: price(40),
    confidentiality: 'public',
  }),
  flow({
    id: 'zqxa-f1-secret',
    siteId: 'zqxa-f1',
    direction: 'output',
    resource: 'textiles',
    quantity: 50,
    price: price(90),
    confidentiality: 'private',
    note: 'ZQXAF1PNOTE',
  }),
  // F2 (private site): scrap for the private plasterer's neighbour.
  flow({
    id: 'zqxb-f2-scrap',
    siteId: 'zqxb-f2',
    direction: 'output',
    resource: 'steel-scrap',
    quantity: 300,
    price: price(150),
    note: 'ZQXBF2NOTE',
  }),
  // The private site: gypsum and scrap inputs.
  flow({
    id: 'zqxc-priv-gypsum',
    siteId: 'zqxc-priv',
    direction: 'input',
    resource: 'gypsum',
    quantity: 500,
    price: price(25),
    note: 'ZQXCNOTE',
  }),
  flow({
    id: 'zqxc-priv-scrap',
    siteId: 'zqxc-priv',
    direction: 'input',
    resource: 'steel-scrap',
    quantity: 300,
    price: price(140),
  }),
  // The public site: a public gypsum input and a private flow.
  flow({
    id: 'pub-d-gypsum',
    siteId: 'pub-d',
    direction: 'input',
    resource: 'gypsum',
    quantity: 400,
    price: price(25),
    confidentiality: 'public',
  }),
  flow({
    id: 'zqxd-private',
    siteId: 'pub-d',
    direction: 'input',
    resource: 'textiles',
    quantity: 20,
    price: price(80),
    confidentiality: 'private',
    note: 'ZQXDPNOTE',
  }),
  // The territory site: a territory wood input.
  flow({
    id: 'zqxe-terr-wood',
    siteId: 'zqxe-terr',
    direction: 'input',
    resource: 'wood',
    quantity: 150,
    price: price(35),
    note: 'ZQXETNOTE',
  }),
];

const T2_SITES: readonly Site[] = [
  {
    id: 'zqxg-site',
    name: 'Cimenterie ZQXGNAME',
    siret: SIRET.g,
    lat: 43.6,
    lon: 1.44,
    confidentiality: 'territory',
  },
  { id: 'zqxh-site', name: 'Négoce ZQXHPUBNAME', lat: 43.605, lon: 1.445, confidentiality: 'public' },
  {
    id: 'zqxi-priv',
    name: 'Atelier ZQXINAME',
    siret: SIRET.t2priv,
    lat: 43.602,
    lon: 1.442,
    confidentiality: 'private',
  },
];

const T2_FLOWS: readonly Flow[] = [
  flow({
    id: 'zqxg-site-gypsum',
    siteId: 'zqxg-site',
    direction: 'output',
    resource: 'gypsum',
    quantity: 500,
    price: price(30),
    note: 'ZQXGNOTE',
  }),
  flow({
    id: 'zqxh-site-gypsum',
    siteId: 'zqxh-site',
    direction: 'input',
    resource: 'gypsum',
    quantity: 300,
    price: price(25),
    confidentiality: 'public',
  }),
  flow({
    id: 'zqxi-priv-gypsum',
    siteId: 'zqxi-priv',
    direction: 'input',
    resource: 'gypsum',
    quantity: 200,
    price: price(25),
    note: 'ZQXINOTE',
  }),
];

export const T1_DATASET: Dataset = {
  format: 'toile.dataset/1',
  territory: { id: T1, name: 'Zone nord (page publique)', kind: 'zae' },
  zones: [],
  sites: T1_SITES,
  flows: T1_FLOWS,
};

export const T2_DATASET: Dataset = {
  format: 'toile.dataset/1',
  territory: { id: T2, name: 'Zone sud ZQXT2NAME', kind: 'zae' },
  zones: [],
  sites: T2_SITES,
  flows: T2_FLOWS,
};
