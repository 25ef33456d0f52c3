// The report for GIS tools as a GeoJSON FeatureCollection (RFC 7946: WGS84, [lon, lat]): a Point per site, a
// LineString per substitution (supplier → consumer), a MultiPoint per mutualisation (its members).

import type { ReportModel, ReportSite, ReportSynergy } from './report-model';

type Position = [number, number];

export interface GeoFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry:
    | { readonly type: 'Point'; readonly coordinates: Position }
    | { readonly type: 'LineString' | 'MultiPoint'; readonly coordinates: Position[] };
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface GeoFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly GeoFeature[];
}

/** RFC 7946 §11.2: six decimals (≈ 10 cm) are plenty. */
const position = (site: ReportSite): Position => [Number(site.lon.toFixed(6)), Number(site.lat.toFixed(6))];

function siteFeature(site: ReportSite): GeoFeature {
  return {
    type: 'Feature',
    id: `site:${site.id}`,
    geometry: { type: 'Point', coordinates: position(site) },
    properties: {
      kind: 'site',
      id: site.id,
      name: site.name,
      nace: site.nace ?? null,
      sector: site.sectionLabel ?? null,
      zone: site.zoneName ?? null,
      outputs: site.outputs,
      inputs: site.inputs,
      flows: `${site.outputs} sortie(s), ${site.inputs} entrée(s)`,
      anonymised: site.anonymised,
    },
  };
}

function synergyProperties(s: ReportSynergy): Record<string, unknown> {
  return {
    kind: s.kind,
    id: s.id,
    resource: s.resource,
    resourceLabel: s.resourceLabel,
    family: s.family,
    quantity: s.quantity,
    unit: s.unit,
    distanceKm: s.distanceKm ?? null,
    netValueEurPerYr: s.netValueEurPerYr,
    co2AvoidedTPerYr: s.co2AvoidedTPerYr,
    explanation: s.explanation,
  };
}

function synergyFeature(s: ReportSynergy, sites: ReadonlyMap<string, ReportSite>): GeoFeature | undefined {
  if (s.kind === 'substitution') {
    const from = s.supplier && sites.get(s.supplier.siteId);
    const to = s.consumer && sites.get(s.consumer.siteId);
    if (!from || !to) return undefined;
    return {
      type: 'Feature',
      id: `synergy:${s.id}`,
      geometry: { type: 'LineString', coordinates: [position(from), position(to)] },
      properties: {
        ...synergyProperties(s),
        supplierSiteId: from.id,
        supplier: from.name,
        consumerSiteId: to.id,
        consumer: to.name,
      },
    };
  }
  const members = s.members.map((m) => sites.get(m.siteId)).filter((m): m is ReportSite => m !== undefined);
  if (members.length === 0) return undefined;
  return {
    type: 'Feature',
    id: `synergy:${s.id}`,
    geometry: { type: 'MultiPoint', coordinates: members.map(position) },
    properties: {
      ...synergyProperties(s),
      memberSiteIds: members.map((m) => m.id),
      members: members.map((m) => m.name),
    },
  };
}

export function reportGeoJson(model: ReportModel): GeoFeatureCollection {
  const sites = new Map(model.sites.map((s) => [s.id, s]));
  return {
    type: 'FeatureCollection',
    features: [
      ...model.sites.map(siteFeature),
      ...model.synergies.map((s) => synergyFeature(s, sites)).filter((f): f is GeoFeature => f !== undefined),
    ],
  };
}
