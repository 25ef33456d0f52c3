// Generates seeds/src/data/demo-estuaire.json, the fictional demo territory of the Seine estuary.
// Run `npm run generate -w @toile/seeds`; deterministic, the committed JSON is what ships.
const fs = require('node:fs');
const path = require('node:path');
const { createBuilder } = require('./demo/helpers.cjs');

const ZONES = [
  { id: 'port-havre', name: 'Port du Havre — Grand Canal et Port 2000', kind: 'port' },
  {
    id: 'plateforme-gonfreville',
    name: "Plateforme pétrochimique de Gonfreville-l'Orcher",
    kind: 'platform',
  },
  { id: 'zae-harfleur', name: "Parc d'activités de Harfleur — Gonfreville", kind: 'zae' },
  { id: 'zae-sandouville', name: 'ZAE de Sandouville — Rogerville', kind: 'zae' },
  { id: 'zip-saint-vigor', name: "ZIP du Havre — Saint-Vigor-d'Ymonville / Le Hode", kind: 'port' },
  {
    id: 'plateforme-port-jerome',
    name: 'Plateforme de Port-Jérôme — Gravenchon / Lillebonne',
    kind: 'platform',
  },
];

function buildDemo() {
  const b = createBuilder();
  require('./demo/zone-gonfreville.cjs')(b);
  require('./demo/zone-saint-vigor.cjs')(b);
  require('./demo/zone-sandouville.cjs')(b);
  require('./demo/zone-port.cjs')(b);
  require('./demo/zone-harfleur.cjs')(b);
  require('./demo/zone-port-jerome.cjs')(b);
  return {
    format: 'toile.dataset/1',
    territory: {
      id: 'demo-estuaire',
      name: 'Estuaire de la Seine — territoire de démonstration (fictif)',
      kind: 'territoire-industrie',
    },
    note: 'Territoire fictif : noms d’entreprises, SIRET et quantités inventés ; zones et coordonnées réelles (estuaire de la Seine).',
    zones: ZONES,
    sites: b.sites,
    flows: b.flows,
  };
}

function main() {
  const dataset = buildDemo();
  const target = path.join(__dirname, '..', 'src', 'data', 'demo-estuaire.json');
  fs.writeFileSync(target, JSON.stringify(dataset, null, 2) + '\n');
  console.log(`${target}: ${dataset.sites.length} sites, ${dataset.flows.length} flows`);
}

if (require.main === module) main();

module.exports = { buildDemo };
