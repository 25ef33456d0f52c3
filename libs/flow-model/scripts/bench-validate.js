// Prints how long validateDataset and normaliseDataset take on synthetic datasets (needs a build: dist/).
// Run: node libs/flow-model/scripts/bench-validate.js [flows…]; numbers only, no assertion.
'use strict';
const { validateDataset, normaliseDataset, RESOURCES, EWC_ENTRIES } = require('../dist');

const UNITS = { 't/yr': 't/day', 'MWh/yr': 'kW', 'm3/yr': 'm3/h' };

function dataset(flowCount) {
  const siteCount = Math.max(1, Math.floor(flowCount / 5));
  const sites = Array.from({ length: siteCount }, (_, i) => ({
    id: `site-${i}`,
    name: `Site ${i}`,
    lat: 49 + (i % 100) / 1000,
    lon: 1 + (i % 97) / 1000,
    siret: '73282932000074',
    nace: '17.12',
  }));
  const flows = Array.from({ length: flowCount }, (_, i) => {
    const base = {
      id: `flow-${i}`,
      siteId: `site-${i % siteCount}`,
      direction: i % 2 ? 'input' : 'output',
      quantity: 1 + i,
    };
    if (i % 4 === 3) return { ...base, ewc: EWC_ENTRIES[i % EWC_ENTRIES.length].display, unit: 't/yr' };
    const r = RESOURCES[i % RESOURCES.length];
    return {
      ...base,
      resource: r.key,
      unit: UNITS[r.canonicalUnit],
      temperatureC: 80,
      months: new Array(12).fill(1 / 12),
    };
  });
  return { format: 'toile.dataset/1', territory: { id: 'bench', name: 'Bench' }, zones: [], sites, flows };
}

function time(fn) {
  const start = process.hrtime.bigint();
  const out = fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, out];
}

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 10000, 100000];
for (const n of sizes) {
  const doc = dataset(n);
  const [validateMs, problems] = time(() => validateDataset(doc));
  const [normaliseMs, normalised] = time(() => normaliseDataset(doc));
  console.log(
    `${n} flows, ${doc.sites.length} sites: validate ${validateMs.toFixed(1)} ms (${problems.length} problems), ` +
      `normalise ${normaliseMs.toFixed(1)} ms (${normalised.problems.length} problems)`,
  );
}
