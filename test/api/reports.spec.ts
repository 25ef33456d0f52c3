// The reports of the demo territory, built from a real match result: PDF content (chapters, totals equal to the
// run's, a page per major synergy), workbook round trip, GeoJSON validity, CSV neutralisation.

import { Workbook } from 'exceljs';
import { parse } from 'csv-parse/sync';
import { validateDataset, type MatchResult } from '@toile/flow-model';
import { demoDataset } from '@toile/seeds';
import { parseWorkbook } from '@toile/api/src/formats';
import { CHAPTER_TITLES, renderReportPdf } from '@toile/api/src/reports/pdf/render-report-pdf';
import { byValue } from '@toile/api/src/reports/pdf/pdf-portfolio';
import { synergyPageTitle } from '@toile/api/src/reports/pdf/pdf-synergy-pages';
import { prepareReport, type PreparedReport } from '@toile/api/src/reports/prepare-report';
import { reportSynergiesCsv } from '@toile/api/src/reports/report-csv';
import { reportGeoJson } from '@toile/api/src/reports/report-geojson';
import { reportWorkbook } from '@toile/api/src/reports/report-workbook';
import { demoResult } from './support/demo-report';
import { pdfPages } from './support/pdf-text';

/** `1 249 583` → 1249583 (spaces already plain). */
const frenchInteger = (text: string): number => Number(text.replace(/ /gu, ''));

describe('the full report of the demo territory', () => {
  let result: MatchResult;
  let report: PreparedReport;
  let pages: string[];

  beforeAll(async () => {
    result = await demoResult();
    report = prepareReport(
      { dataset: demoDataset, result, runId: 'run-demo', date: '2026-11-28T10:00:00Z' },
      'full',
    );
    pages = await pdfPages(await renderReportPdf(report.model));
  }, 30_000);

  it('has a cover saying the data are fictional, a contents page and every chapter', () => {
    const cover = pages[0].replace(/\s+/gu, ' ');
    expect(cover).toContain('Étude d’écologie industrielle et territoriale');
    expect(cover).toContain(demoDataset.territory.name);
    expect(pages[0]).toContain('Données fictives');
    expect(pages[0]).toContain('run-demo');
    expect(pages[1]).toContain('Sommaire');
    CHAPTER_TITLES.forEach((title, i) => {
      expect(pages[1]).toContain(`${i + 1}. ${title}`);
      expect(pages.some((page) => page.startsWith(`${i + 1}. ${title}`))).toBe(true);
    });
    expect(pages.length).toBeGreaterThan(15);
    pages.slice(1).forEach((page, i) => expect(page).toContain(`page ${i + 2} / ${pages.length}`));
  });

  it('prints the run’s totals exactly (rounded to the unit), in French figures', () => {
    const totalsPage = pages.find((page) => page.startsWith('4. Totaux'))!;
    const figure = (label: string): number => {
      const match = new RegExp(`(\\d[\\d ]*?) ?€? ?\\n${label}`, 'u').exec(totalsPage);
      if (!match) throw new Error(`no figure before « ${label} » in:\n${totalsPage.slice(0, 600)}`);
      return frenchInteger(match[1].trim());
    };
    const t = result.totals;
    expect(figure('tonnes détournées')).toBe(Math.round(t.tonnesPerYr));
    expect(figure('MWh valorisés')).toBe(Math.round(t.mwhPerYr));
    expect(figure('m³ d’eau')).toBe(Math.round(t.m3PerYr));
    expect(figure('valeur nette par an')).toBe(Math.round(t.netValueEurPerYr));
    expect(figure('tCO2e évitées')).toBe(Math.round(t.co2AvoidedTPerYr));
    expect(figure('synergies proposées')).toBe(t.synergies);
  });

  it('lists every assumption with its source, and every synergy in the portfolio', () => {
    const text = pages.join('\n');
    for (const name of Object.keys(result.assumptions.parameters as object)) expect(text).toContain(name);
    expect(text).toContain('Base Carbone');
    expect(text).toMatch(/roadCo2TPerTKm\s*0,0001\s*tCO2e\/\(t·km\)/u); // small factors are not rounded away
    for (const synergy of result.synergies) expect(text).toMatch(new RegExp(`\\n${synergy.id}(?!\\d)`, 'u'));
  });

  it('gives each major synergy (the 8 most valuable) a page of its own', () => {
    const major = byValue(report.model).slice(0, 8);
    major.forEach((synergy, i) => {
      const page = pages.find((p) => p.startsWith(`Synergie majeure n° ${i + 1}\n`));
      expect(page).toBeDefined();
      expect(page!.replace(/\n/gu, ' ')).toContain(synergyPageTitle(synergy));
      expect(page).toContain('Explication du calcul');
      expect(page).toContain('Limites et points à vérifier');
    });
  });

  it('has the figure of the industrial web and the unmatched flows with their levers', () => {
    const figure = pages.find((page) => page.startsWith('5. La toile industrielle'))!;
    expect(figure).toContain('Légende');
    for (const zone of demoDataset.zones) expect(figure).toContain(zone.name.split(' — ')[0]);
    const unmatched = pages.filter(
      (_, i) => i >= pages.findIndex((p) => p.startsWith('7. Flux sans partenaire')),
    );
    expect(unmatched.join('\n')).toContain(`${result.unmatched.length} flux n’ont pas de partenaire`);
    expect(unmatched.join('\n')).toContain('Leviers');
  });

  it('writes a workbook that re-imports as the same dataset, with synergies, totals and assumptions', async () => {
    const buffer = await reportWorkbook(report);
    const document = await parseWorkbook(buffer);
    expect(validateDataset(document)).toEqual([]);
    expect(document).toEqual(demoDataset);
    const workbook = new Workbook();
    await workbook.xlsx.load(buffer as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'territory',
      'zones',
      'sites',
      'flows',
      'synergies',
      'totaux',
      'hypotheses',
    ]);
    expect(workbook.getWorksheet('synergies')!.rowCount).toBe(result.synergies.length + 1);
    const totals = new Map<string, unknown>();
    workbook
      .getWorksheet('totaux')!
      .eachRow((row) => totals.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(totals.get('netValueEurPerYr')).toBe(result.totals.netValueEurPerYr);
    expect(totals.get('tonnesPerYr')).toBe(result.totals.tonnesPerYr);
    expect(workbook.getWorksheet('hypotheses')!.rowCount).toBeGreaterThan(60);
  });

  it('writes valid GeoJSON: WGS84 points for sites, lines whose ends are their sites', () => {
    const geo = JSON.parse(JSON.stringify(reportGeoJson(report.model))) as {
      type: string;
      features: {
        type: string;
        geometry: { type: string; coordinates: unknown };
        properties: Record<string, unknown>;
      }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    const points = new Map<string, number[]>();
    for (const f of geo.features.filter((f) => f.geometry.type === 'Point')) {
      const [lon, lat] = f.geometry.coordinates as number[];
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      points.set(String(f.properties.id), [lon, lat]);
    }
    expect(points.size).toBe(demoDataset.sites.length);
    const site = demoDataset.sites[0];
    expect(points.get(site.id)).toEqual([site.lon, site.lat]);
    const lines = geo.features.filter((f) => f.geometry.type === 'LineString');
    expect(lines.length).toBe(result.synergies.filter((s) => s.kind === 'substitution').length);
    for (const line of lines) {
      const [from, to] = line.geometry.coordinates as number[][];
      expect(from).toEqual(points.get(String(line.properties.supplierSiteId)));
      expect(to).toEqual(points.get(String(line.properties.consumerSiteId)));
      expect(typeof line.properties.quantity).toBe('number');
      expect(typeof line.properties.explanation).toBe('string');
    }
    const multi = geo.features.filter((f) => f.geometry.type === 'MultiPoint');
    expect(multi.length).toBe(result.synergies.filter((s) => s.kind === 'mutualisation').length);
  });

  it('writes the synergies as CSV, one row each, formula-like text neutralised', () => {
    const rows = parse(reportSynergiesCsv(report.model), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(result.synergies.length);
    expect(Number(rows[0].netValueEurPerYr)).toBe(result.synergies[0].netValueEurPerYr);
    const hostile = {
      ...report.model,
      synergies: [{ ...report.model.synergies[0], explanation: '=HYPERLINK("x")' }],
    };
    const [row] = parse(reportSynergiesCsv(hostile), { columns: true }) as Record<string, string>[];
    expect(row.explanation).toBe('\'=HYPERLINK("x")');
  });
});
