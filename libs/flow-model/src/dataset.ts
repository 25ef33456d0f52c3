// The `toile.dataset/1` document: a territory, its zones, sites and flows.
// Public contract, see ../README.md (field tables) and shared spec/dataset.md.

export const DATASET_FORMAT = 'toile.dataset/1' as const;

export type Confidentiality = 'public' | 'territory' | 'private';
export type Direction = 'output' | 'input';

export interface Territory {
  readonly id: string;
  readonly name: string;
  readonly kind?: string;
}

export interface GeoJsonPolygon {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly (readonly number[])[])[];
}

export interface Zone {
  readonly id: string;
  readonly name: string;
  readonly kind?: string;
  readonly polygon?: GeoJsonPolygon;
}

export interface Site {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly siret?: string;
  readonly nace?: string;
  readonly zoneId?: string;
  readonly confidentiality?: Confidentiality;
}

export interface Price {
  /** EUR per unit of the flow (e.g. 45 with unit `EUR/t`). */
  readonly value: number;
  readonly unit: string;
}

export interface Flow {
  readonly id: string;
  readonly siteId: string;
  readonly direction: Direction;
  /** A key of the resource vocabulary (resources.csv). One of resource/ewc is required. */
  readonly resource?: string;
  /** European List of Waste code: `10 01 05`, `100105` or `10 01 05*`. */
  readonly ewc?: string;
  readonly quantity: number;
  readonly unit: string;
  /** For power units (kW, MW): operating hours per year, default 8760. */
  readonly hoursPerYear?: number;
  readonly temperatureC?: number;
  readonly pressureBar?: number;
  readonly purityPct?: number;
  readonly dryMatterPct?: number;
  readonly moisturePct?: number;
  readonly hazardous?: boolean;
  readonly price?: Price;
  /** 12 shares in 0–1, January first; absent means flat. */
  readonly months?: readonly number[];
  readonly confidentiality?: Confidentiality;
  readonly note?: string;
  /** Inputs only: hazardous EWC codes this consumer declares it accepts (extension of toile.dataset/1). */
  readonly acceptsEwc?: readonly string[];
}

export interface Dataset {
  readonly format: typeof DATASET_FORMAT;
  readonly territory: Territory;
  readonly zones: readonly Zone[];
  readonly sites: readonly Site[];
  readonly flows: readonly Flow[];
}
