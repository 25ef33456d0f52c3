// A seeded synthetic territory graph in the API's serialized format, for the viewer's fixture server and
// bench when the API is not at hand. Invented firms ("Site 12 — Chimie"): never presented as real data.

'use strict';

/** Mulberry32: a small seeded generator, so every run draws the same territory. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTIONS = [
  ['C', 'Industrie manufacturière', 'Chimie'],
  ['C', 'Industrie manufacturière', 'Agroalimentaire'],
  ['C', 'Industrie manufacturière', 'Métallurgie'],
  ['D', 'Électricité, gaz, vapeur', 'Énergie'],
  ['E', 'Eau, déchets et dépollution', 'Recyclage'],
  ['A', 'Agriculture', 'Serres'],
  ['H', 'Transports et entreposage', 'Logistique'],
  ['F', 'Construction', 'BTP'],
];

const RESOURCES = [
  ['heat', 'heat', 'Chaleur fatale', 'MWh/yr'],
  ['steam', 'heat', 'Vapeur', 'MWh/yr'],
  ['hydrogen', 'gas', 'Hydrogène', 't/yr'],
  ['water-process', 'water', 'Eau de process', 'm3/yr'],
  ['steel-scrap', 'metal', 'Ferrailles', 't/yr'],
  ['biowaste', 'organic', 'Biodéchets', 't/yr'],
  ['co2', 'gas', 'CO₂', 't/yr'],
  ['gypsum', 'mineral', 'Gypse', 't/yr'],
];

const EARTH_RADIUS_M = 6378137;

function mercator(lon, lat) {
  const phi = (lat * Math.PI) / 180;
  return {
    x: (EARTH_RADIUS_M * lon * Math.PI) / 180,
    y: EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  };
}

/** @returns {import('@toile/flow-model').SerializedTerritoryGraph} */
function syntheticTerritory(sites, seed = 42, withSynergies = true) {
  const rand = seededRandom(seed);
  const pick = (items) => items[Math.floor(rand() * items.length)];
  const zones = [
    { id: 'zone-port', name: 'Zone portuaire', kind: 'port' },
    { id: 'zone-ouest', name: 'Zone industrielle ouest', kind: 'industrial-zone' },
    { id: 'zone-est', name: 'Parc d’activités est', kind: 'industrial-zone' },
  ];
  const spreadDeg = 0.15 * Math.sqrt(sites / 100);
  const nodes = [];
  for (let i = 0; i < sites; i++) {
    const [section, sector, trade] = pick(SECTIONS);
    const lon = 2.3 + (rand() - 0.5) * spreadDeg * 1.6;
    const lat = 51.0 + (rand() - 0.5) * spreadDeg;
    const flows = [];
    const nFlows = 1 + Math.floor(rand() * 4);
    for (let f = 0; f < nFlows; f++) {
      const [resource, family, label, unit] = pick(RESOURCES);
      const quantity = Math.round(50 + rand() * 20000);
      flows.push({
        id: `s${i}-f${f}`,
        direction: rand() < 0.55 ? 'output' : 'input',
        resource,
        family,
        label,
        quantity,
        unit,
        quantityCanonical: quantity,
        canonicalUnit: unit,
        ...(family === 'heat' ? { temperatureC: Math.round(40 + rand() * 160) } : {}),
        confidentiality: 'public',
        ...(rand() < 0.15
          ? { unmatchedReason: 'Aucun preneur à moins de 10 km pour cette température.' }
          : {}),
      });
    }
    const p = mercator(lon, lat);
    nodes.push({
      key: `site-${i}`,
      attributes: {
        kind: 'site',
        label: `Site ${i + 1} — ${trade}`,
        lat,
        lon,
        x: p.x,
        y: p.y,
        zoneId: pick(zones).id,
        nace: `${section}`,
        naceSection: section,
        sector,
        confidentiality: 'public',
        declaredVolume: flows.reduce((s, f) => s + f.quantity, 0),
        flows,
        unmatchedOutputs: flows.filter((f) => f.unmatchedReason !== undefined).length,
      },
    });
  }
  const edges = [];
  const nEdges = withSynergies ? Math.round(sites * 0.8) : 0;
  for (let e = 0; e < nEdges; e++) {
    const s = Math.floor(rand() * sites);
    let t = Math.min(sites - 1, Math.max(0, s + Math.round((rand() - 0.5) * 40)));
    if (t === s) t = (s + 1) % sites;
    if (t === s) continue;
    const [resource, family, label, unit] = pick(RESOURCES);
    const mutualisation = rand() < 0.1;
    const conversion = !mutualisation && family === 'heat' && rand() < 0.3 ? 'pompe à chaleur' : undefined;
    const quantity = Math.round(20 + rand() * 8000);
    edges.push({
      key: `syn-${e}`,
      source: `site-${s}`,
      target: `site-${t}`,
      attributes: {
        kind: 'synergy',
        synergyId: `syn-${e}`,
        synergyKind: mutualisation ? 'mutualisation' : 'substitution',
        resource,
        family,
        quantity,
        unit,
        distanceKm: Math.round(rand() * 150) / 10,
        netValueEurPerYr: Math.round((rand() - 0.1) * 200000),
        co2AvoidedTPerYr: Math.round(rand() * 2000),
        ...(conversion ? { conversion } : {}),
        explanation: `${label} : ${quantity} ${unit} échangés (synthétique, pour les essais).`,
      },
    });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { territoryId: `synthetic-${sites}`, name: `Territoire synthétique (${sites} sites)`, zones },
    nodes,
    edges,
  };
}

module.exports = { seededRandom, syntheticTerritory };
