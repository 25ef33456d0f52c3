// Mappers between the stored rows and the toile.dataset/1 objects: fields in the contract's order,
// absent values omitted (never null), JSON text parsed back, so an export is stable key for key.

import type {
  Confidentiality,
  Direction,
  Flow,
  GeoJsonPolygon,
  Site,
  Territory,
  Zone,
} from '@toile/flow-model';
import type { FlowEntity, SiteEntity, TerritoryEntity, ZoneEntity } from '../database/entities';

/** The `note` accepted by validation on the territory, zones and sites (not yet in the flow-model types). */
interface WithNote {
  readonly note?: string;
}
export type TerritoryDoc = Territory & WithNote;
export type ZoneDoc = Zone & WithNote;
export type SiteDoc = Site & WithNote;

/** Copies the entries whose value is neither null nor undefined, in the order given. */
function compact<T>(entries: readonly (readonly [string, unknown])[]): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== null && value !== undefined) out[key] = value;
  return out as T;
}

const json = (text: string | null): unknown => (text === null ? undefined : JSON.parse(text));
const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function territoryToDoc(row: TerritoryEntity): TerritoryDoc {
  return compact([
    ['id', row.id],
    ['name', row.name],
    ['kind', row.kind],
    ['note', row.note],
  ]);
}

export function zoneToDoc(row: ZoneEntity): ZoneDoc {
  return compact([
    ['id', row.id],
    ['name', row.name],
    ['kind', row.kind],
    ['polygon', json(row.polygon) as GeoJsonPolygon | undefined],
    ['note', row.note],
  ]);
}

export function siteToDoc(row: SiteEntity): SiteDoc {
  return compact([
    ['id', row.id],
    ['name', row.name],
    ['lat', row.lat],
    ['lon', row.lon],
    ['siret', row.siret],
    ['nace', row.nace],
    ['zoneId', row.zoneId],
    ['confidentiality', row.confidentiality as Confidentiality | null],
    ['note', row.note],
  ]);
}

export function flowToDoc(row: FlowEntity): Flow {
  const price =
    row.priceValue === null || row.priceUnit === null
      ? undefined
      : { value: row.priceValue, unit: row.priceUnit };
  return compact([
    ['id', row.id],
    ['siteId', row.siteId],
    ['direction', row.direction as Direction],
    ['resource', row.resource],
    ['ewc', row.ewc],
    ['quantity', row.quantity],
    ['unit', row.unit],
    ['hoursPerYear', row.hoursPerYear],
    ['temperatureC', row.temperatureC],
    ['pressureBar', row.pressureBar],
    ['purityPct', row.purityPct],
    ['dryMatterPct', row.dryMatterPct],
    ['moisturePct', row.moisturePct],
    ['hazardous', row.hazardous === null ? null : Boolean(row.hazardous)],
    ['price', price],
    ['months', json(row.months)],
    ['confidentiality', row.confidentiality],
    ['note', row.note],
    ['acceptsEwc', json(row.acceptsEwc)],
  ]);
}

export function zoneToRow(territoryId: string, zone: ZoneDoc, position: number): ZoneEntity {
  return {
    territoryId,
    id: zone.id,
    position,
    name: zone.name,
    kind: orNull(zone.kind),
    polygon: text(zone.polygon),
    note: orNull(zone.note),
  };
}

export function siteToRow(territoryId: string, site: SiteDoc, position: number): SiteEntity {
  return {
    territoryId,
    id: site.id,
    position,
    name: site.name,
    lat: site.lat,
    lon: site.lon,
    siret: orNull(site.siret),
    nace: orNull(site.nace),
    zoneId: orNull(site.zoneId),
    confidentiality: orNull(site.confidentiality),
    note: orNull(site.note),
  };
}

export function flowToRow(territoryId: string, flow: Flow, position: number): FlowEntity {
  return {
    territoryId,
    id: flow.id,
    position,
    siteId: flow.siteId,
    direction: flow.direction,
    resource: orNull(flow.resource),
    ewc: orNull(flow.ewc),
    quantity: flow.quantity,
    unit: flow.unit,
    hoursPerYear: orNull(flow.hoursPerYear),
    temperatureC: orNull(flow.temperatureC),
    pressureBar: orNull(flow.pressureBar),
    purityPct: orNull(flow.purityPct),
    dryMatterPct: orNull(flow.dryMatterPct),
    moisturePct: orNull(flow.moisturePct),
    hazardous: orNull(flow.hazardous),
    priceValue: flow.price === undefined ? null : flow.price.value,
    priceUnit: flow.price === undefined ? null : flow.price.unit,
    months: text(flow.months),
    confidentiality: orNull(flow.confidentiality),
    note: orNull(flow.note),
    acceptsEwc: text(flow.acceptsEwc),
  };
}
