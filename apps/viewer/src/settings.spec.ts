import { DEFAULT_VIEWER_SETTINGS, resolveViewerSettings, ViewerSettingsError } from './settings';

describe('viewer settings', () => {
  it('defaults to no base map and widths by quantity', () => {
    expect(resolveViewerSettings('')).toEqual(DEFAULT_VIEWER_SETTINGS);
  });

  it('reads the query string', () => {
    const s = resolveViewerSettings(
      '?tiles=https://t.example/{z}/{x}/{y}.png&edgeWidthBy=value&labelDensity=0.2&territory=t1',
    );
    expect(s).toMatchObject({
      tileUrl: 'https://t.example/{z}/{x}/{y}.png',
      edgeWidthBy: 'value',
      labelDensity: 0.2,
      territoryId: 't1',
    });
  });

  it('names the bad field', () => {
    expect(() => resolveViewerSettings('?tileUrl=https://t.example/tile.png')).toThrow(ViewerSettingsError);
    expect(() => resolveViewerSettings('?tileUrl=https://t.example/tile.png')).toThrow(/"tileUrl"/);
    expect(() => resolveViewerSettings('?edgeWidthBy=weight')).toThrow(/"edgeWidthBy"/);
    expect(() => resolveViewerSettings('?labelDensity=-1')).toThrow(/"labelDensity"/);
  });
});
