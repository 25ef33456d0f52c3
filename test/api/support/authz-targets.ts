// The building blocks of the authorisation matrix: the ids and sandbox it works with, the objects it tries
// (own, foreign firm, foreign territory), and status rules shared by several operations.

import {
  levelOf,
  manageStatus,
  managesTerritory,
  ownSites,
  readStatus,
  TERRITORY_ID,
  type TerritoryKey,
} from './authz-contract';
import { T1_DATASET, T2_DATASET } from './authz-datasets';
import type { RoleName } from './authz-world';

const T1 = TERRITORY_ID.T1;
const T2 = TERRITORY_ID.T2;

/** Ids known once the world is set up (runs, synergy keys, accounts). */
export interface WorldIds {
  readonly runs: Readonly<Record<TerritoryKey, readonly [string, string]>>;
  /** A scenario run of T1 (a facilitators' hypothesis with an extra site): hidden from everyone else. */
  readonly scenarioRunT1: string;
  /** Real synergy keys (as facilitators see them): firm F2's and firm F1's synergies in T1, firm G's in T2. */
  readonly keys: Readonly<{ T1: string; T1ofF1: string; T2: string }>;
  /** The reference firm F1 is shown for that synergy of its own (pseudonymous once projections are on). */
  readonly f1Ref: string;
  readonly userIds: Readonly<Record<'firmF1' | 'firmG', string>>;
  readonly apiKeyIdF1: string;
  /** The pseudonym (`anon-…`) of each site, by territory and real id. */
  readonly pseudonyms: Readonly<Record<TerritoryKey, Readonly<Record<string, string>>>>;
}

/** Objects created on demand so that allowed destructive calls never touch the shared world. */
export interface Sandbox {
  unique(prefix: string): string;
  /** A fresh territory the role manages (created by the role, or by the admin). */
  territoryFor(role: RoleName): Promise<string>;
  site(territoryId: string): Promise<string>;
  flow(territoryId: string, siteId: string): Promise<string>;
  firmAccount(territoryId: string, siteId: string): Promise<string>;
  apiKeyOf(role: RoleName): Promise<string>;
  /** A valid next follow-up step for this synergy. */
  nextStatus(territoryId: string, key: string): Promise<object>;
}

export interface Target {
  readonly label: string;
  readonly territory?: TerritoryKey;
  readonly params: Readonly<Record<string, string>>;
  readonly query?: string;
  /** The firm site a synergy key involves. */
  readonly holder?: string;
  /** A scenario run (or a query naming one). */
  readonly scenario?: boolean;
  /** For a site addressed by its pseudonym: its real id. */
  readonly realSiteId?: string;
}

export interface Operation {
  readonly targets: (ids: WorldIds) => readonly Target[];
  readonly expect: (role: RoleName, target: Target, ids: WorldIds) => number;
  readonly body?: (role: RoleName, target: Target, sandbox: Sandbox) => object | Promise<object>;
  /** For an allowed call that would destroy shared objects: the same kind of object, made for the occasion. */
  readonly sacrifice?: (role: RoleName, target: Target, sandbox: Sandbox) => Promise<Target>;
}

export const none: readonly Target[] = [{ label: '-', params: {} }];
export const territories: readonly Target[] = (['T1', 'T2'] as const).map((territory) => ({
  label: territory,
  territory,
  params: { territoryId: TERRITORY_ID[territory] },
}));
export const sites: readonly Target[] = [
  ['T1', 'zqxa-f1'],
  ['T1', 'zqxb-f2'],
  ['T1', 'zqxc-priv'],
  ['T1', 'pub-d'],
  ['T1', 'zqxe-terr'],
  ['T2', 'zqxg-site'],
  ['T2', 'zqxh-site'],
].map(([territory, siteId]) => ({
  label: `${territory}/${siteId}`,
  territory: territory as TerritoryKey,
  params: { territoryId: TERRITORY_ID[territory as TerritoryKey], siteId },
}));
export const flows: readonly Target[] = [
  ['T1', 'zqxa-f1-gypsum'],
  ['T1', 'zqxa-f1-secret'],
  ['T1', 'zqxa-f1-wood'],
  ['T1', 'zqxb-f2-scrap'],
  ['T1', 'zqxc-priv-gypsum'],
  ['T1', 'pub-d-gypsum'],
  ['T1', 'zqxd-private'],
  ['T1', 'zqxe-terr-wood'],
  ['T2', 'zqxg-site-gypsum'],
  ['T2', 'zqxh-site-gypsum'],
].map(([territory, flowId]) => ({
  label: `${territory}/${flowId}`,
  territory: territory as TerritoryKey,
  params: { territoryId: TERRITORY_ID[territory as TerritoryKey], flowId },
}));
/** The same sites addressed by their pseudonyms, as anonymised views show them. */
export const pseudonymousSites = (ids: WorldIds): Target[] =>
  sites.map((target) => {
    const territory = target.territory!;
    const realSiteId = target.params.siteId;
    const siteId = ids.pseudonyms[territory][realSiteId];
    return {
      label: `${territory}/anon(${realSiteId})`,
      territory,
      realSiteId,
      params: { ...target.params, siteId },
    };
  });
export const runs = (ids: WorldIds): Target[] => [
  ...(['T1', 'T2'] as const).map((territory) => ({
    label: `${territory}/run`,
    territory,
    params: { territoryId: TERRITORY_ID[territory], runId: ids.runs[territory][0] },
  })),
  {
    label: 'T1/scenario-run',
    territory: 'T1',
    scenario: true,
    params: { territoryId: TERRITORY_ID.T1, runId: ids.scenarioRunT1 },
  },
];
export const keys = (ids: WorldIds): Target[] => [
  {
    label: 'T1/key-of-F2',
    territory: 'T1',
    holder: 'zqxb-f2',
    params: { territoryId: T1, key: ids.keys.T1 },
  },
  {
    label: 'T1/key-of-F1',
    territory: 'T1',
    holder: 'zqxa-f1',
    params: { territoryId: T1, key: ids.keys.T1ofF1 },
  },
  {
    label: 'T2/key-of-G',
    territory: 'T2',
    holder: 'zqxg-site',
    params: { territoryId: T2, key: ids.keys.T2 },
  },
];
/** The real keys, and the pseudonymous reference firm F1 was shown (introductions accept both). */
const introductionKeys = (ids: WorldIds): Target[] => [
  ...keys(ids),
  {
    label: 'T1/ref-shown-to-F1',
    territory: 'T1',
    holder: 'zqxa-f1',
    params: { territoryId: T1, key: ids.f1Ref },
  },
];

export const territoryOf = (target: Target): TerritoryKey => {
  if (!target.territory) throw new Error(`target ${target.label} has no territory`);
  return target.territory;
};
export const open = (status: number): Operation => ({ targets: () => none, expect: () => status });
export const signedIn = (ok: number, body?: Operation['body']): Operation => ({
  targets: () => none,
  expect: (role) => (role === 'public' ? 401 : ok),
  body,
});
export const read = (shown?: (role: RoleName, target: Target) => boolean): Operation => ({
  targets: () => territories,
  expect: (role, target) => readStatus(role, territoryOf(target), shown?.(role, target) ?? true),
});
export const manage = (ok: number, targets: Operation['targets'] = () => territories): Operation => ({
  targets,
  expect: (role, target) => manageStatus(role, territoryOf(target), ok),
});
/** The report variants: `public` for whoever reads the territory, `full` for its facilitators. */
export const report: Operation = {
  targets: (ids) =>
    runs(ids).flatMap((target) =>
      ['public', 'full'].map((variant) => ({
        ...target,
        label: `${target.label}?${variant}`,
        query: `variant=${variant}`,
      })),
    ),
  expect: (role, target) =>
    target.query === 'variant=public'
      ? readStatus(role, territoryOf(target), !target.scenario || managesTerritory(role, territoryOf(target)))
      : manageStatus(role, territoryOf(target), 200),
};
/** Writes on a site or its flows: facilitators anything, a firm its own sites, 401 anonymous, 403 others. */
export const editStatus = (
  role: RoleName,
  territory: TerritoryKey,
  siteId: string,
  ok: number,
  foreign: number,
) => {
  const level = levelOf(role, territory);
  if (level === null) return 404;
  if (level === 'everything') return ok;
  if (level === 'firm') return ownSites(role, territory).includes(siteId) ? ok : foreign;
  return role === 'public' ? 401 : 403;
};
export const datasetOf = (territory: TerritoryKey) => (territory === 'T1' ? T1_DATASET : T2_DATASET);
export const introduction = (ok: number): Operation => ({
  targets: introductionKeys,
  expect: (role, target) => {
    const territory = territoryOf(target);
    const level = levelOf(role, territory);
    if (level === null) return 404;
    if (level !== 'firm') return role === 'public' ? 401 : 403;
    return target.holder !== undefined && ownSites(role, territory).includes(target.holder) ? ok : 404;
  },
});
