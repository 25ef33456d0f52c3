// Viewer settings: one typed object with its default, validation and resolution from the page URL.
// Every setting can be given in the query string (`?tileUrl=…&edgeWidthBy=value`).

export type EdgeWidthBy = 'quantity' | 'value';

export interface ViewerSettings {
  /** Base-map tile URL template with {z}, {x}, {y}; empty means no base map. */
  readonly tileUrl: string;
  /** Attribution shown under the base map (required by most tile servers). */
  readonly tileAttribution: string;
  /** Root of the Toile API (same origin by default). */
  readonly apiBase: string;
  /** What the width of a synergy edge follows. */
  readonly edgeWidthBy: EdgeWidthBy;
  /** Sigma's label density (labels per grid cell). */
  readonly labelDensity: number;
  /** Smallest rendered node size, in pixels, that gets a label. */
  readonly labelRenderedSizeThreshold: number;
  /** Territory shown first; empty means the first one listed. */
  readonly territoryId: string;
}

export const DEFAULT_VIEWER_SETTINGS: ViewerSettings = {
  tileUrl: '',
  tileAttribution: '',
  apiBase: '',
  edgeWidthBy: 'quantity',
  labelDensity: 0.07,
  labelRenderedSizeThreshold: 8,
  territoryId: '',
};

export class ViewerSettingsError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`@toile/viewer: setting "${field}" ${reason}`);
    this.name = 'ViewerSettingsError';
  }
}

/** Throws a ViewerSettingsError naming the first invalid field. */
export function validateViewerSettings(settings: ViewerSettings): void {
  if (settings.tileUrl !== '' && !/\{z\}/.test(settings.tileUrl)) {
    throw new ViewerSettingsError('tileUrl', 'must contain {z}, {x} and {y}');
  }
  if (settings.tileUrl !== '' && !(/\{x\}/.test(settings.tileUrl) && /\{y\}/.test(settings.tileUrl))) {
    throw new ViewerSettingsError('tileUrl', 'must contain {z}, {x} and {y}');
  }
  if (settings.edgeWidthBy !== 'quantity' && settings.edgeWidthBy !== 'value') {
    throw new ViewerSettingsError('edgeWidthBy', 'must be "quantity" or "value"');
  }
  if (!Number.isFinite(settings.labelDensity) || settings.labelDensity <= 0) {
    throw new ViewerSettingsError('labelDensity', 'must be a positive number');
  }
  if (!Number.isFinite(settings.labelRenderedSizeThreshold) || settings.labelRenderedSizeThreshold < 0) {
    throw new ViewerSettingsError('labelRenderedSizeThreshold', 'must be a number ≥ 0');
  }
}

function numberOr(value: string | null, fallback: number): number {
  return value === null || value.trim() === '' ? fallback : Number(value);
}

/** Defaults overridden by the query string, validated. */
export function resolveViewerSettings(query: URLSearchParams | string = ''): ViewerSettings {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const d = DEFAULT_VIEWER_SETTINGS;
  const settings: ViewerSettings = {
    tileUrl: params.get('tileUrl') ?? params.get('tiles') ?? d.tileUrl,
    tileAttribution: params.get('tileAttribution') ?? d.tileAttribution,
    apiBase: (params.get('apiBase') ?? d.apiBase).replace(/\/+$/, ''),
    edgeWidthBy: (params.get('edgeWidthBy') ?? d.edgeWidthBy) as EdgeWidthBy,
    labelDensity: numberOr(params.get('labelDensity'), d.labelDensity),
    labelRenderedSizeThreshold: numberOr(
      params.get('labelRenderedSizeThreshold'),
      d.labelRenderedSizeThreshold,
    ),
    territoryId: params.get('territory') ?? d.territoryId,
  };
  validateViewerSettings(settings);
  return settings;
}
