// The territory as graphology's serialized graph (multi-graph): the contract between the API
// (`GET /api/territories/:id/graph`) and the viewer. Domain category in `kind`, never `type`.

import type { Confidentiality, Direction } from './dataset';
import type { SynergyKind } from './result';

export interface GraphFlowSummary {
  readonly id: string;
  readonly direction: Direction;
  readonly resource?: string;
  readonly ewc?: string;
  readonly family: string;
  readonly label: string;
  readonly quantity: number;
  readonly unit: string;
  /** The same quantity in the resource's canonical unit per year, when convertible. */
  readonly quantityCanonical?: number;
  readonly canonicalUnit?: string;
  readonly temperatureC?: number;
  readonly confidentiality: Confidentiality;
  /** Set when a match run is attached: why this flow found no partner. */
  readonly unmatchedReason?: string;
}

export interface SiteNodeAttributes {
  readonly kind: 'site';
  readonly label: string;
  readonly lat: number;
  readonly lon: number;
  /** Web Mercator metres, for the geographic layout. */
  readonly x: number;
  readonly y: number;
  readonly zoneId?: string;
  readonly nace?: string;
  /** NACE section letter (A–U). */
  readonly naceSection?: string;
  /** Human label of the NACE section or class (French when known). */
  readonly sector?: string;
  readonly confidentiality: Confidentiality;
  /** Sum of declared canonical quantities (a size hint). */
  readonly declaredVolume: number;
  readonly flows: readonly GraphFlowSummary[];
  /** Number of outputs left without a partner in the attached run (0 without a run). */
  readonly unmatchedOutputs: number;
}

export interface SynergyEdgeAttributes {
  readonly kind: 'synergy';
  readonly synergyId: string;
  readonly synergyKind: SynergyKind;
  readonly resource: string;
  readonly family: string;
  readonly quantity: number;
  readonly unit: string;
  readonly distanceKm?: number;
  readonly netValueEurPerYr?: number;
  readonly co2AvoidedTPerYr?: number;
  /** Heat pump, purification or compression needed (drawn dashed). */
  readonly conversion?: string;
  readonly explanation: string;
  readonly supplierFlowId?: string;
  readonly consumerFlowId?: string;
}

export interface TerritoryGraphAttributes {
  readonly territoryId: string;
  readonly name: string;
  readonly runId?: string;
  readonly zones: readonly { readonly id: string; readonly name: string; readonly kind?: string }[];
}

export interface SerializedTerritoryGraph {
  readonly options: { readonly type: 'directed'; readonly multi: true; readonly allowSelfLoops: false };
  readonly attributes: TerritoryGraphAttributes;
  readonly nodes: readonly { readonly key: string; readonly attributes: SiteNodeAttributes }[];
  readonly edges: readonly {
    readonly key: string;
    readonly source: string;
    readonly target: string;
    readonly attributes: SynergyEdgeAttributes;
  }[];
}
