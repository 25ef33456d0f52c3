// The report of a match run as plain readonly data: what every writer (PDF, workbook, CSV, GeoJSON) shows.
// Built by buildReportModel from a dataset, a toile.result/1 and the run's parameters; French labels inside.

import type { Dataset, MatchResult, ResultTotals } from '@toile/flow-model';

export type ReportVariant = 'full' | 'public';

export interface ReportMeta {
  readonly title: string;
  readonly territoryId: string;
  readonly territoryName: string;
  readonly runId?: string;
  /** ISO 8601 date of the run (or of the report when the run has none). */
  readonly date: string;
  readonly variant: ReportVariant;
  /** The dataset says its firms and figures are invented (demo): the cover says so. */
  readonly fictional: boolean;
  readonly status: MatchResult['status'];
}

/** A count or an aggregate that is shown, or withheld because it covers fewer than 3 firms. */
export type Secret<T> = T | 'secret';

export interface ZoneRow {
  readonly id: string;
  readonly name: string;
  readonly kind?: string;
  readonly sites: Secret<number>;
}

export interface SectionRow {
  readonly section: string;
  readonly label: string;
  readonly sites: Secret<number>;
}

export interface FamilyRow {
  readonly family: string;
  readonly label: string;
  readonly outputs: Secret<number>;
  readonly inputs: Secret<number>;
  /** Declared yearly quantities in canonical units (`t/yr`, `MWh/yr`, `m3/yr`), outputs then inputs. */
  readonly outputQuantities: Secret<Readonly<Record<string, number>>>;
  readonly inputQuantities: Secret<Readonly<Record<string, number>>>;
}

export interface ReportSite {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Web Mercator metres (the graph's positions). */
  readonly x: number;
  readonly y: number;
  readonly nace?: string;
  readonly section?: string;
  readonly sectionLabel?: string;
  readonly zoneId?: string;
  readonly zoneName?: string;
  readonly outputs: number;
  readonly inputs: number;
  readonly anonymised: boolean;
}

export interface ReportPartner {
  readonly siteId: string;
  readonly name: string;
  readonly flowId: string;
}

export interface ReportSynergy {
  readonly id: string;
  readonly kind: 'substitution' | 'mutualisation';
  readonly resource: string;
  readonly resourceLabel: string;
  readonly family: string;
  readonly supplier?: ReportPartner;
  readonly consumer?: ReportPartner;
  readonly members: readonly ReportPartner[];
  readonly quantity: number;
  readonly unit: string;
  readonly distanceKm?: number;
  readonly netValueEurPerYr: number;
  readonly co2AvoidedTPerYr: number;
  readonly ruleLabel?: string;
  readonly transport?: string;
  /** € per unit supplied: avoided disposal, avoided purchase, transport, conversion, carbon. */
  readonly breakdown?: Readonly<Record<string, number>>;
  readonly limitedBy?: string;
  readonly explanation: string;
}

export interface AssumptionRow {
  readonly group: string;
  readonly name: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
  readonly meaning?: string;
}

export interface UnmatchedRow {
  readonly flowId: string;
  readonly siteName: string;
  readonly direction: 'output' | 'input' | '?';
  readonly label: string;
  readonly family: string;
  readonly quantity?: number;
  readonly unit?: string;
  readonly code?: string;
  readonly reason: string;
  /** What would unlock it, in French. */
  readonly lever: string;
}

/** Synergies withheld from the public variant (they involve a private flow), counted by family. */
export interface WithheldRow {
  readonly family: string;
  readonly label: string;
  readonly synergies: number;
  readonly firms: number;
}

export interface ReportModel {
  readonly meta: ReportMeta;
  readonly parameterSummary: readonly string[];
  readonly zones: readonly ZoneRow[];
  readonly sections: readonly SectionRow[];
  readonly families: readonly FamilyRow[];
  readonly sites: readonly ReportSite[];
  readonly siteCount: number;
  readonly flowCount: number;
  readonly synergies: readonly ReportSynergy[];
  readonly totals: ResultTotals;
  readonly model: readonly string[];
  readonly assumptions: readonly AssumptionRow[];
  readonly unmatched: readonly UnmatchedRow[];
  readonly withheld: readonly WithheldRow[];
  /** Sentences saying what the public variant hides and how (empty in the full variant). */
  readonly confidentialityNotes: readonly string[];
}

/** Everything a report is made from. */
export interface ReportInput {
  readonly dataset: Dataset;
  readonly result: MatchResult;
  /** The run's resolved parameters (the result's assumptions carry them too). */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly runId?: string;
  readonly date?: string;
}
