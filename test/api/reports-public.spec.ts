// The public variant of a report: the pure filter (private flows removed, sites anonymised, withheld synergies
// counted only by groups of ≥ 3 firms, totals over what is shown, « secret statistique ») and every public file.

import { Workbook } from 'exceljs';
import { validateDataset, type Dataset, type MatchResult } from '@toile/flow-model';
import { demoDataset } from '@toile/seeds';
import { buildReportModel } from '@toile/api/src/reports/build-report-model';
import { publicVariant, totalsOf } from '@toile/api/src/reports/public-variant';
import { prepareReport } from '@toile/api/src/reports/prepare-report';
import { writeReport } from '@toile/api/src/reports/report-media';
import { demoResult, privateData, quantityPatterns, type PrivateData } from './support/demo-report';
import { pdfPages } from './support/pdf-text';

async function workbookText(buffer: Buffer): Promise<string> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as never);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
  );
  return cells.join('\n');
}

function leaks(text: string, secret: PrivateData): string[] {
  return [
    ...secret.siteNames.filter((name) => text.includes(name)),
    ...secret.flowIds.filter((id) => text.includes(id)),
    ...secret.quantities.filter((q) => quantityPatterns(q).some((pattern) => pattern.test(text))).map(String),
  ];
}

describe('the public variant (pure filter)', () => {
  let result: MatchResult;
  beforeAll(async () => {
    result = await demoResult();
  }, 30_000);

  it('removes private flows, anonymises non-public sites and stays a valid dataset', () => {
    const pub = publicVariant(demoDataset, result);
    expect(validateDataset(pub.dataset)).toEqual([]);
    const secret = privateData(demoDataset);
    expect(secret.siteNames.length).toBeGreaterThan(0);
    expect(secret.quantities.length).toBeGreaterThan(0);
    expect(pub.dataset.flows.length).toBe(demoDataset.flows.length - secret.flowIds.length);
    const names = new Set(pub.dataset.sites.map((s) => s.name));
    for (const site of demoDataset.sites) {
      if (site.confidentiality !== 'public') expect(names.has(site.name)).toBe(false);
    }
    expect(pub.dataset.sites.filter((s) => s.name.startsWith('Entreprise ')).length).toBe(
      pub.anonymisedSiteIds.size,
    );
    expect(pub.dataset.sites.every((s) => s.siret === undefined || names.has(s.name))).toBe(true);
  });

  it('keeps no synergy with a private flow, counts them only by groups of at least 3 firms, totals what is shown', () => {
    const pub = publicVariant(demoDataset, result);
    const flowIds = new Set(pub.dataset.flows.map((f) => f.id));
    for (const s of pub.result.synergies)
      for (const ref of [s.supplier, s.consumer, ...(s.members ?? [])])
        if (ref) expect(flowIds.has(ref.flowId)).toBe(true);
    const withheld = pub.withheld.reduce((n, w) => n + w.synergies, 0);
    expect(pub.result.synergies.length + withheld).toBeLessThanOrEqual(result.synergies.length);
    expect(pub.result.synergies.length).toBeLessThan(result.synergies.length);
    for (const row of pub.withheld) expect(row.firms).toBeGreaterThanOrEqual(3);
    expect(pub.result.totals).toEqual(totalsOf(pub.result.synergies));
    expect(pub.result.totals.netValueEurPerYr).toBeLessThan(result.totals.netValueEurPerYr);
  });

  it('replaces any aggregate of fewer than 3 firms by « secret » in the public model only', () => {
    const site = (id: string, nace: string) => ({
      id,
      name: id,
      lat: 49.5,
      lon: 0.2,
      nace,
      confidentiality: 'public' as const,
    });
    const dataset: Dataset = {
      format: 'toile.dataset/1',
      territory: { id: 't', name: 'T' },
      zones: [],
      sites: [site('a', '23.51'), site('b', '23.61'), site('c', '23.63'), site('d', '35.11')],
      flows: ['a', 'b', 'c', 'd'].map((id) => ({
        id: `${id}-h`,
        siteId: id,
        direction: 'output' as const,
        resource: 'heat',
        quantity: 10,
        unit: 'MWh/yr',
        temperatureC: 90,
      })),
    };
    const empty: MatchResult = {
      format: 'toile.result/1',
      territoryId: 't',
      status: 'optimal',
      synergies: [],
      totals: totalsOf([]),
      unmatched: [],
      assumptions: {},
    };
    const model = buildReportModel({ dataset, result: empty }, { variant: 'public' });
    expect(model.sections.find((s) => s.section === 'C')!.sites).toBe(3);
    expect(model.sections.find((s) => s.section === 'D')!.sites).toBe('secret');
    expect(model.families.find((f) => f.family === 'heat')!.outputQuantities).toEqual({ 'MWh/yr': 40 });
    const two = buildReportModel(
      { dataset: { ...dataset, flows: dataset.flows.slice(0, 2) }, result: empty },
      { variant: 'public' },
    );
    expect(two.families.find((f) => f.family === 'heat')!.outputQuantities).toBe('secret');
    const full = buildReportModel({ dataset, result: empty });
    expect(full.sections.find((s) => s.section === 'D')!.sites).toBe(1);
  });
});

describe('the public files of the demo territory', () => {
  let result: MatchResult;
  const secret = privateData(demoDataset);
  beforeAll(async () => {
    result = await demoResult();
  }, 30_000);

  const texts = async (variant: 'full' | 'public'): Promise<Record<string, string>> => {
    const report = prepareReport({ dataset: demoDataset, result, runId: 'r' }, variant);
    return {
      pdf: (await pdfPages(await writeReport(report, 'pdf'))).join('\n'),
      xlsx: await workbookText(await writeReport(report, 'xlsx')),
      csv: (await writeReport(report, 'csv')).toString('utf8'),
      geojson: (await writeReport(report, 'geojson')).toString('utf8'),
    };
  };

  it('show no private site name, private flow id or private quantity (PDF, XLSX, CSV, GeoJSON)', async () => {
    const files = await texts('public');
    for (const [format, text] of Object.entries(files))
      expect({ format, leaks: leaks(text, secret) }).toEqual({ format, leaks: [] });
    expect(files.pdf).toContain('Version publique');
    expect(files.pdf).toContain('secret statistique');
  }, 30_000);

  it('while the full files do show them (the check can fail)', async () => {
    const files = await texts('full');
    expect(leaks(files.pdf, secret).length).toBeGreaterThan(0);
    expect(leaks(files.xlsx, secret).length).toBeGreaterThan(0);
  }, 30_000);
});
