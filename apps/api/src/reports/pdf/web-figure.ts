// The figure of the industrial web, drawn in vector with pdfkit: sites at their Web Mercator positions scaled
// into a frame, zones as labelled hulls, synergies coloured by family with width by quantity, and a legend.

import type { ReportModel, ReportSite, ReportSynergy } from '../report-model';
import { COLORS, type Doc } from './pdf-layout';

export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The viewer's display families and Okabe–Ito colours (apps/viewer/src/style/families.ts), repeated here. */
export const FIGURE_FAMILIES = [
  ['heat', '#D55E00', 'Chaleur et froid'],
  ['steam', '#CC79A7', 'Vapeur'],
  ['hydrogen', '#0072B2', 'Hydrogène'],
  ['water', '#56B4E9', 'Eau'],
  ['materials', '#8C6D31', 'Matières'],
  ['energy', '#E69F00', 'Énergie et gaz'],
] as const;

export function figureFamily(synergy: Pick<ReportSynergy, 'resource' | 'family'>): string {
  if (synergy.resource === 'steam') return 'steam';
  if (synergy.resource === 'hydrogen') return 'hydrogen';
  if (synergy.family === 'heat') return 'heat';
  if (synergy.family === 'water') return 'water';
  if (['energy', 'fuel', 'gas'].includes(synergy.family)) return 'energy';
  return 'materials';
}

const COLOR_OF = new Map<string, string>(FIGURE_FAMILIES.map(([key, color]) => [key, color]));

/** Maps Web Mercator metres into the frame, north up, keeping the aspect ratio. */
export function projector(sites: readonly Pick<ReportSite, 'x' | 'y'>[], frame: Frame, padding = 24) {
  const xs = sites.map((s) => s.x);
  const ys = sites.map((s) => s.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const scale = Math.min((frame.width - 2 * padding) / spanX, (frame.height - 2 * padding) / spanY);
  const offsetX = frame.x + (frame.width - spanX * scale) / 2;
  const offsetY = frame.y + (frame.height - spanY * scale) / 2;
  return {
    scale,
    point: (s: Pick<ReportSite, 'x' | 'y'>): [number, number] => [
      offsetX + (s.x - minX) * scale,
      offsetY + (maxY - s.y) * scale,
    ],
  };
}

function hull(points: readonly [number, number][]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const cross = (o: number[], a: number[], b: number[]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: [number, number][]) => {
    const out: [number, number][] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], p) <= 0) out.pop();
      out.push(p);
    }
    return out.slice(0, -1);
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

function drawZones(doc: Doc, model: ReportModel, point: (s: ReportSite) => [number, number]): (() => void)[] {
  const labels: (() => void)[] = [];
  for (const zone of model.zones) {
    const pts = model.sites.filter((s) => s.zoneId === zone.id).map(point);
    if (pts.length === 0) continue;
    const cx = pts.reduce((a, p) => a + p[0], 0) / pts.length;
    // Pad each point away from the centre so the hull clears the dots.
    const padded = pts.flatMap(
      ([x, y]) =>
        [
          [x - 9, y - 9],
          [x + 9, y - 9],
          [x - 9, y + 9],
          [x + 9, y + 9],
        ] as [number, number][],
    );
    const outline = hull(padded);
    doc.save();
    doc
      .polygon(...outline)
      .lineWidth(0.6)
      .dash(2, { space: 2 })
      .fillOpacity(0.35)
      .fillAndStroke(COLORS.band, '#8FA9B3');
    doc.undash().restore();
    const top = Math.min(...outline.map((p) => p[1]));
    const label = zone.name.split(' — ')[0];
    labels.push(() => {
      doc.font('bold').fontSize(7);
      const w = doc.widthOfString(label);
      doc
        .save()
        .rect(cx - w / 2 - 2, top - 11, w + 4, 10)
        .fillOpacity(0.8)
        .fill('#FFFFFF')
        .restore();
      doc
        .fillColor(COLORS.primary)
        .text(label, cx - 130, top - 10, { width: 260, align: 'center', lineBreak: false, height: 9 });
    });
  }
  return labels;
}

function curve(doc: Doc, a: [number, number], b: [number, number]): void {
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  doc.moveTo(a[0], a[1]).quadraticCurveTo(mx - dy * 0.15, my + dx * 0.15, b[0], b[1]);
}

export function drawWebFigure(
  doc: Doc,
  model: ReportModel,
  frame: Frame,
  labelled: ReadonlySet<string>,
): void {
  doc.save();
  doc.rect(frame.x, frame.y, frame.width, frame.height).lineWidth(0.5).stroke(COLORS.rule);
  if (model.sites.length === 0) return void doc.restore();
  const { point, scale } = projector(model.sites, frame);
  const byId = new Map(model.sites.map((s) => [s.id, s]));
  const zoneLabels = drawZones(doc, model, point);
  const maxByUnit = new Map<string, number>();
  for (const s of model.synergies) maxByUnit.set(s.unit, Math.max(maxByUnit.get(s.unit) ?? 0, s.quantity));
  const width = (s: ReportSynergy) => 0.4 + 3.6 * Math.sqrt(s.quantity / (maxByUnit.get(s.unit) || 1));
  const ordered = [...model.synergies].sort(
    (a, b) => b.quantity / (maxByUnit.get(b.unit) || 1) - a.quantity / (maxByUnit.get(a.unit) || 1),
  );
  for (const s of ordered) {
    const color = COLOR_OF.get(figureFamily(s)) ?? COLORS.muted;
    const pairs =
      s.kind === 'substitution' && s.supplier && s.consumer
        ? [[s.supplier.siteId, s.consumer.siteId]]
        : s.members.slice(1).map((m) => [s.members[0].siteId, m.siteId]);
    for (const [from, to] of pairs) {
      const a = byId.get(from);
      const b = byId.get(to);
      if (!a || !b || from === to) continue;
      doc.save().strokeOpacity(0.75).lineWidth(width(s));
      if (s.kind === 'mutualisation') doc.dash(3, { space: 2 });
      curve(doc, point(a), point(b));
      doc.stroke(color);
      doc.undash().restore();
    }
  }
  const degree = new Map<string, number>();
  for (const s of model.synergies)
    for (const p of [s.supplier, s.consumer, ...s.members])
      if (p) degree.set(p.siteId, (degree.get(p.siteId) ?? 0) + 1);
  for (const site of model.sites) {
    const [x, y] = point(site);
    const r = 2.2 + Math.min(4, Math.sqrt(degree.get(site.id) ?? 0));
    doc
      .circle(x, y, r)
      .lineWidth(0.7)
      .fillAndStroke(degree.has(site.id) ? COLORS.primary : '#9AA5AE', '#FFFFFF');
  }
  zoneLabels.forEach((draw) => draw());
  doc.font('regular').fontSize(5.5).fillColor(COLORS.text);
  for (const site of model.sites) {
    if (!labelled.has(site.id)) continue;
    const [x, y] = point(site);
    const w = Math.min(doc.widthOfString(site.name), 110);
    // Right of the dot, or left of it when the label would leave the frame.
    const left = x + 6 + w > frame.x + frame.width - 4 ? x - 6 - w : x + 4;
    doc
      .save()
      .rect(left, y - 3.5, w + 2, 7.5)
      .fillOpacity(0.8)
      .fill('#FFFFFF')
      .restore();
    doc.fillColor(COLORS.text).text(site.name, left + 1, y - 3, { width: 110, lineBreak: false, height: 7 });
  }
  scaleBar(doc, frame, scale, model.sites);
  doc.restore();
}

/** A scale bar in km (Web Mercator metres shrink by cos(latitude)) and a north arrow. */
function scaleBar(doc: Doc, frame: Frame, scale: number, sites: readonly ReportSite[]): void {
  const lat = sites.reduce((a, s) => a + s.lat, 0) / sites.length;
  const ptPerKm = (scale * 1000) / Math.cos((lat * Math.PI) / 180);
  const km = [1, 2, 5, 10, 20, 50].find((k) => k * ptPerKm >= 50) ?? 50;
  const x = frame.x + 12;
  const y = frame.y + frame.height - 14;
  doc
    .moveTo(x, y)
    .lineTo(x + km * ptPerKm, y)
    .lineWidth(1.5)
    .stroke(COLORS.text);
  doc
    .font('regular')
    .fontSize(6.5)
    .fillColor(COLORS.text)
    .text(`${km} km`, x, y - 9, { lineBreak: false });
  const nx = frame.x + frame.width - 16;
  const ny = frame.y + 12;
  doc.polygon([nx, ny], [nx - 4, ny + 10], [nx + 4, ny + 10]).fill(COLORS.text);
  doc.text('N', nx - 3, ny + 11, { lineBreak: false });
}

export function drawLegend(doc: Doc, x: number, y: number, width: number): number {
  doc.font('bold').fontSize(8).fillColor(COLORS.primary).text('Légende', x, y);
  let cy = y + 14;
  const col = width / 3;
  FIGURE_FAMILIES.forEach(([, color, label], i) => {
    const cx = x + (i % 3) * col;
    const ry = cy + Math.floor(i / 3) * 12;
    doc
      .moveTo(cx, ry + 4)
      .lineTo(cx + 18, ry + 4)
      .lineWidth(2.5)
      .stroke(color);
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(COLORS.text)
      .text(label, cx + 24, ry, { lineBreak: false });
  });
  cy += 28;
  doc
    .moveTo(x, cy + 4)
    .lineTo(x + 18, cy + 4)
    .lineWidth(1.5)
    .dash(3, { space: 2 })
    .stroke(COLORS.muted);
  doc.undash();
  doc.text('mutualisation (tirets)', x + 24, cy, { lineBreak: false });
  doc
    .moveTo(x + col, cy + 4)
    .lineTo(x + col + 18, cy + 4)
    .lineWidth(0.5)
    .stroke(COLORS.muted);
  doc
    .moveTo(x + col + 22, cy + 4)
    .lineTo(x + col + 40, cy + 4)
    .lineWidth(4)
    .stroke(COLORS.muted);
  doc.text('épaisseur : quantité', x + col + 46, cy, { lineBreak: false });
  doc.circle(x + 2 * col + 4, cy + 4, 3.5).fill(COLORS.primary);
  doc.circle(x + 2 * col + 14, cy + 4, 2.2).fill('#9AA5AE');
  doc.fillColor(COLORS.text).text('site en synergie / sans', x + 2 * col + 22, cy, { lineBreak: false });
  return cy + 16;
}
