// Demo territory, zone « Plateforme pétrochimique de Gonfreville-l'Orcher »: refinery, steam cracker,
// polymers, industrial gases, chlor-alkali, electrolyser, oil re-refining. Firm names are fictional.

// One site or flow per line, read as a table: Prettier would explode each row into six lines.
// prettier-ignore
module.exports = function gonfreville({ site, out, inp }) {
  const Z = 'plateforme-gonfreville';

  site('raffinerie', "Raffinerie Normande de l'Estuaire", '19.20', Z, 49.4878, 0.2245, { confidentiality: 'private' });
  out('raffinerie', 'fuel-gas', { resource: 'fuel-gas', q: 140, unit: 'GWh/yr', note: 'Gaz de raffinerie excédentaire aujourd’hui torché' });
  out('raffinerie', 'h2-offgas', { resource: 'hydrogen', q: 900, unit: 't/yr', purity: 85, P: 18, note: 'Purge d’hydrotraitement, à purifier (PSA) avant usage' });
  out('raffinerie', 'flue-gas-heat', { resource: 'heat', q: 60, unit: 'GWh/yr', T: 320, note: 'Fumées des fours de distillation' });
  out('raffinerie', 'cooling-heat', { resource: 'heat', q: 180, unit: 'GWh/yr', T: 45, note: 'Circuit de refroidissement des aéroréfrigérants' });
  out('raffinerie', 'steam-lp', { resource: 'steam', q: 80, unit: 'GWh/yr', T: 200, P: 12, note: 'Vapeur basse pression excédentaire' });
  out('raffinerie', 'co2-smr', { resource: 'co2', q: 110000, unit: 't/yr', purity: 98.5, P: 1.5, note: 'CO2 du vaporeformeur, flux concentré' });
  out('raffinerie', 'sulphur', { resource: 'sulphur', q: 48000, unit: 't/yr', purity: 99.9, note: 'Soufre liquide des unités Claus' });
  out('raffinerie', 'sludge-haz', { ewc: '05 01 09*', resource: 'solid-recovered-fuel', q: 1800, unit: 't/yr', price: [180, 'EUR/t'], dm: 30 });
  out('raffinerie', 'oily-sludge', { ewc: '05 01 06*', q: 650, unit: 't/yr', price: [220, 'EUR/t'] });
  out('raffinerie', 'spent-catalyst', { ewc: '16 08 02*', q: 150, unit: 't/yr', price: [420, 'EUR/t'], note: 'Aucun régénérateur de catalyseurs dans le territoire' });
  out('raffinerie', 'bitumen', { ewc: '05 01 17', q: 2500, unit: 't/yr', price: [60, 'EUR/t'] });
  out('raffinerie', 'treated-effluent', { resource: 'water-treated-effluent', q: 2400000, unit: 'm3/yr', conf: 'private' });
  inp('raffinerie', 'demin-water', { resource: 'water-demineralised', q: 95, unit: 'm3/h', price: [2.4, 'EUR/m3'] });
  inp('raffinerie', 'raw-water', { resource: 'water-raw', q: 6500000, unit: 'm3/yr', price: [0.18, 'EUR/m3'] });
  inp('raffinerie', 'nitrogen', { resource: 'nitrogen', q: 9000, unit: 't/yr', purity: 99.99, P: 8, price: [95, 'EUR/t'] });
  inp('raffinerie', 'caustic-soda', { resource: 'caustic-soda', q: 2000, unit: 't/yr', purity: 50, price: [450, 'EUR/t'], note: 'Lavage caustique des essences' });
  inp('raffinerie', 'electricity', { resource: 'electricity', q: 420, unit: 'GWh/yr', price: [95, 'EUR/MWh'], conf: 'private' });

  site('vapocraqueur', 'Pétrochimie de la Lézarde', '20.14', Z, 49.4912, 0.2318);
  out('vapocraqueur', 'h2-cracker', { resource: 'hydrogen', q: 1200, unit: 't/yr', purity: 95, P: 25, note: 'Hydrogène de craquage, teneur en méthane' });
  out('vapocraqueur', 'fuel-gas', { resource: 'fuel-gas', q: 150, unit: 'GWh/yr' });
  out('vapocraqueur', 'process-heat', { resource: 'heat', q: 90, unit: 'GWh/yr', T: 140, note: 'Trempe des effluents de craquage' });
  out('vapocraqueur', 'still-bottoms', { ewc: '07 01 08*', resource: 'solid-recovered-fuel', q: 900, unit: 't/yr', price: [260, 'EUR/t'] });
  out('vapocraqueur', 'contaminated-pack', { ewc: '15 01 10*', q: 60, unit: 't/yr', price: [350, 'EUR/t'] });
  out('vapocraqueur', 'steam-surplus', { resource: 'steam', q: 100, unit: 'GWh/yr', T: 400, P: 40, note: 'Vapeur des chaudières de trempe, excédent selon la charge du four' });
  inp('vapocraqueur', 'nitrogen', { resource: 'nitrogen', q: 12000, unit: 't/yr', purity: 99.99, P: 10, price: [90, 'EUR/t'] });
  inp('vapocraqueur', 'cooling-water', { resource: 'water-cooling', q: 2500, unit: 'm3/h', T: 25, price: [0.05, 'EUR/m3'] });

  site('polymeres', 'Polymères de Gonfreville', '20.16', Z, 49.4835, 0.2372);
  out('polymeres', 'plastic-waste', { ewc: '07 02 13', resource: 'plastic-pe', q: 1500, unit: 't/yr', price: [60, 'EUR/t'], note: 'Purges et granulés hors spécification (PE)' });
  out('polymeres', 'dryer-heat', { resource: 'heat', q: 25, unit: 'GWh/yr', T: 85 });
  out('polymeres', 'pallets', { ewc: '15 01 03', resource: 'pallets', q: 320, unit: 't/yr', price: [35, 'EUR/t'] });
  inp('polymeres', 'steam-mp', { resource: 'steam', q: 60, unit: 'GWh/yr', T: 200, P: 12, price: [35, 'EUR/MWh'] });
  inp('polymeres', 'nitrogen', { resource: 'nitrogen', q: 5000, unit: 't/yr', purity: 99.999, P: 8, price: [100, 'EUR/t'] });
  inp('polymeres', 'demin-water', { resource: 'water-demineralised', q: 180000, unit: 'm3/yr', price: [2.6, 'EUR/m3'] });

  site('gaz-industriels', "Air et Gaz de l'Estuaire", '20.11', Z, 49.4806, 0.2281);
  out('gaz-industriels', 'oxygen-surplus', { resource: 'oxygen', q: 15000, unit: 't/yr', purity: 99.5, P: 30, note: 'Oxygène aujourd’hui remis à l’air' });
  out('gaz-industriels', 'compressor-heat', { resource: 'heat', q: 2500, unit: 'kW', hours: 8000, T: 35 });
  inp('gaz-industriels', 'co2-raw', { resource: 'co2', q: 40000, unit: 't/yr', purity: 98, P: 1, price: [18, 'EUR/t'], note: 'CO2 brut à purifier et liquéfier' });
  inp('gaz-industriels', 'electricity', { resource: 'electricity', q: 260, unit: 'GWh/yr', price: [90, 'EUR/MWh'] });

  site('chlore-soude', 'Chlore et Soude du Havre', '20.13', Z, 49.4851, 0.2178);
  out('chlore-soude', 'h2-coproduct', { resource: 'hydrogen', q: 4800, unit: 'kg/day', purity: 99.9, P: 1.2, note: 'Coproduit de l’électrolyse à membrane, aujourd’hui brûlé en chaudière' });
  out('chlore-soude', 'cell-heat', { resource: 'heat', q: 30, unit: 'GWh/yr', T: 80 });
  out('chlore-soude', 'hcl-surplus', { resource: 'hydrochloric-acid', q: 6000, unit: 't/yr', purity: 33, price: [25, 'EUR/t'], note: 'Acide chlorhydrique à 33 % excédentaire' });
  inp('chlore-soude', 'steam', { resource: 'steam', q: 1100, unit: 't/day', T: 180, P: 10, price: [32, 'EUR/MWh'], note: 'Concentration de la soude' });
  inp('chlore-soude', 'demin-water', { resource: 'water-demineralised', q: 300000, unit: 'm3/yr', price: [2.5, 'EUR/m3'] });
  inp('chlore-soude', 'electricity', { resource: 'electricity', q: 700, unit: 'GWh/yr', price: [85, 'EUR/MWh'], conf: 'private' });

  site('electrolyseur', "Hydrogène Vert de l'Estuaire", '20.11', Z, 49.4822, 0.2449);
  out('electrolyseur', 'h2-green', { resource: 'hydrogen', q: 5000, unit: 'kg/day', purity: 99.999, P: 30, note: 'Capacité non encore contractualisée' });
  out('electrolyseur', 'oxygen', { resource: 'oxygen', q: 40, unit: 't/day', purity: 99.5, P: 5 });
  out('electrolyseur', 'stack-heat', { resource: 'heat', q: 15, unit: 'GWh/yr', T: 60 });
  inp('electrolyseur', 'demin-water', { resource: 'water-demineralised', q: 100000, unit: 'm3/yr', price: [2.5, 'EUR/m3'] });

  site('regeneration-huiles', "Régénération des Huiles de l'Estuaire", '38.32', Z, 49.4792, 0.2405);
  inp('regeneration-huiles', 'waste-oil', { resource: 'waste-oil', q: 30000, unit: 't/yr', price: [40, 'EUR/t'], accepts: ['13 02 08*', '13 02 05*', '13 01 10*'] });
  out('regeneration-huiles', 'distillation-residue', { ewc: '05 01 17', q: 3000, unit: 't/yr', price: [70, 'EUR/t'] });
  inp('regeneration-huiles', 'steam', { resource: 'steam', q: 40, unit: 'GWh/yr', T: 220, P: 20, price: [36, 'EUR/MWh'] });
};
