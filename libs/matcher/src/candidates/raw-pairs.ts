// Raw pairs found by the search, as parallel arrays (no arc objects yet): supply, demand, margin, route km,
// best route, and the (supply, target) group used to keep each flow's best partners.

import type { Route } from './routes';

export interface RawPairs {
  readonly supply: number[];
  readonly demand: number[];
  readonly margin: number[];
  readonly km: number[];
  readonly route: Route[];
  readonly group: number[];
}

export function newRawPairs(): RawPairs {
  return { supply: [], demand: [], margin: [], km: [], route: [], group: [] };
}

export function pushPair(
  raw: RawPairs,
  s: number,
  d: number,
  margin: number,
  km: number,
  route: Route,
  group: number,
): void {
  raw.supply.push(s);
  raw.demand.push(d);
  raw.margin.push(margin);
  raw.km.push(km);
  raw.route.push(route);
  raw.group.push(group);
}
