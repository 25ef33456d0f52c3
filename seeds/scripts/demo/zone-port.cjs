// Demo territory, zone « Port du Havre — Grand Canal et Port 2000 »: container logistics, cold store, coffee
// roasting, oilseed crushing, ship repair, cargo handling on hydrogen, recyclers, the wastewater plant. Fictional firms.

// One site or flow per line, read as a table: Prettier would explode each row into six lines.
// prettier-ignore
module.exports = function port({ site, out, inp }) {
  const Z = 'port-havre';

  site('logistique-port2000', 'Plateforme Logistique Port 2000 Nord', '52.10', Z, 49.4698, 0.1562);
  out('logistique-port2000', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 800, unit: 't/yr', price: [15, 'EUR/t'] });
  out('logistique-port2000', 'pallets', { ewc: '15 01 03', resource: 'pallets', q: 1800, unit: 't/yr', price: [30, 'EUR/t'] });
  out('logistique-port2000', 'film', { ewc: '15 01 02', resource: 'plastic-pe', q: 450, unit: 't/yr', price: [55, 'EUR/t'] });
  out('logistique-port2000', 'ibc', { ewc: '15 01 04', resource: 'containers', q: 90, unit: 't/yr', price: [60, 'EUR/t'], note: 'GRV vides non souillés' });

  site('entrepot-frigorifique', 'Froid Portuaire Océane', '52.10', Z, 49.4671, 0.1703);
  out('entrepot-frigorifique', 'condenser-heat', { resource: 'heat', q: 1200, unit: 'kW', hours: 8760, T: 35 });
  out('entrepot-frigorifique', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 220, unit: 't/yr', price: [18, 'EUR/t'] });
  inp('entrepot-frigorifique', 'electricity', { resource: 'electricity', q: 18, unit: 'GWh/yr', price: [105, 'EUR/MWh'] });

  site('torrefaction', 'Torréfacteurs du Port', '10.83', Z, 49.4719, 0.1648);
  out('torrefaction', 'silverskin', { ewc: '02 03 04', resource: 'biowaste', q: 1200, unit: 't/yr', price: [60, 'EUR/t'], dm: 90, note: 'Pellicules et fines de café' });
  out('torrefaction', 'roaster-heat', { resource: 'heat', q: 9000, unit: 'MWh/yr', T: 180, note: 'Fumées des torréfacteurs après oxydation thermique' });
  out('torrefaction', 'jute-bags', { ewc: '15 01 09', resource: 'textiles', q: 200, unit: 't/yr', price: [45, 'EUR/t'], note: 'Sacs de jute' });
  out('torrefaction', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 300, unit: 't/yr', price: [20, 'EUR/t'] });
  inp('torrefaction', 'natural-gas', { resource: 'natural-gas', q: 14000, unit: 'MWh/yr', price: [50, 'EUR/MWh'] });

  site('huilerie', 'Oléagineux de la Seine', '10.41', Z, 49.4642, 0.1821);
  out('huilerie', 'off-spec', { ewc: '02 03 04', resource: 'biowaste', q: 3000, unit: 't/yr', price: [50, 'EUR/t'], dm: 88, months: 'autumn' });
  out('huilerie', 'dryer-heat', { resource: 'heat', q: 15000, unit: 'MWh/yr', T: 70, months: 'autumn', note: 'Buées du toastage des tourteaux' });
  out('huilerie', 'soapstock', { ewc: '02 03 99', resource: 'fats-oils', q: 1500, unit: 't/yr', price: [30, 'EUR/t'], months: 'autumn' });
  inp('huilerie', 'steam', { resource: 'steam', q: 50, unit: 'GWh/yr', T: 180, P: 10, price: [34, 'EUR/MWh'], months: 'autumn' });
  inp('huilerie', 'solvent', { resource: 'solvent', q: 600, unit: 't/yr', purity: 99, price: [900, 'EUR/t'], note: 'Hexane d’appoint' });

  site('reparation-navale', 'Réparation Navale du Grand Canal', '33.15', Z, 49.4627, 0.1965);
  out('reparation-navale', 'steel-scrap', { ewc: '17 04 05', resource: 'steel-scrap', q: 1500, unit: 't/yr', price: [-180, 'EUR/t'] });
  out('reparation-navale', 'waste-oil', { ewc: '13 02 08*', resource: 'waste-oil', q: 90, unit: 't/yr', price: [160, 'EUR/t'] });
  out('reparation-navale', 'contaminated-pack', { ewc: '15 01 10*', q: 30, unit: 't/yr', price: [380, 'EUR/t'] });
  out('reparation-navale', 'grit', { ewc: '12 01 17', q: 800, unit: 't/yr', price: [90, 'EUR/t'], note: 'Abrasifs de grenaillage usés' });

  site('manutention', 'Manutention Portuaire Estuaire', '52.24', Z, 49.4735, 0.1498, { confidentiality: 'public' });
  inp('manutention', 'h2-mobility', { resource: 'hydrogen', q: 250, unit: 'kg/day', purity: 99.97, P: 350, price: [11, 'EUR/kg'], note: 'Chariots cavaliers à pile à combustible (projet)' });
  out('manutention', 'waste-oil', { ewc: '13 02 08*', resource: 'waste-oil', q: 60, unit: 't/yr', price: [150, 'EUR/t'] });
  out('manutention', 'tyres', { ewc: '16 01 03', resource: 'rubber', q: 80, unit: 't/yr', price: [110, 'EUR/t'] });
  out('manutention', 'steel-scrap', { ewc: '17 04 05', resource: 'steel-scrap', q: 200, unit: 't/yr', price: [-150, 'EUR/t'] });

  site('ferrailleur', 'Ferrailles et Métaux du Port', '46.77', Z, 49.4611, 0.1744);
  inp('ferrailleur', 'scrap', { resource: 'metal-scrap', q: 12000, unit: 't/yr', price: [120, 'EUR/t'] });
  inp('ferrailleur', 'aluminium', { resource: 'aluminium-scrap', q: 800, unit: 't/yr', price: [900, 'EUR/t'], note: 'Aucun gisement d’aluminium déclaré dans le territoire' });

  site('step', 'Station d’épuration du Havre-Ouest', '37.00', Z, 49.4663, 0.1412, { confidentiality: 'public' });
  out('step', 'sludge', { ewc: '19 08 05', resource: 'organic-sludge', q: 25000, unit: 't/yr', price: [45, 'EUR/t'], dm: 22 });
  out('step', 'treated-effluent', { resource: 'water-treated-effluent', q: 1700, unit: 'm3/h', note: 'Eaux usées traitées, qualité réutilisation à confirmer (REUT)' });
  out('step', 'effluent-heat', { resource: 'heat', q: 20, unit: 'GWh/yr', T: 18, note: 'Calories des eaux traitées (pompe à chaleur nécessaire)' });
  out('step', 'biogas', { resource: 'biogas', q: 15, unit: 'GWh/yr', note: 'Biogaz des digesteurs, excédent torché' });
  out('step', 'screenings', { ewc: '19 08 01', q: 600, unit: 't/yr', price: [110, 'EUR/t'] });

  site('recyclage-plastiques', 'Recyclage Plastiques Normandie-Estuaire', '38.32', Z, 49.4688, 0.1935);
  inp('recyclage-plastiques', 'mixed', { resource: 'plastic-mixed', q: 12000, unit: 't/yr', price: [50, 'EUR/t'] });
  inp('recyclage-plastiques', 'pe', { resource: 'plastic-pe', q: 5000, unit: 't/yr', price: [150, 'EUR/t'] });
  out('recyclage-plastiques', 'rejects', { ewc: '19 12 12', resource: 'solid-recovered-fuel', q: 2000, unit: 't/yr', price: [95, 'EUR/t'] });
  inp('recyclage-plastiques', 'process-water', { resource: 'water-process', q: 25000, unit: 'm3/yr', price: [1.8, 'EUR/m3'] });

  site('tri-verre', 'Tri du Verre Caux-Estuaire', '38.32', Z, 49.4752, 0.1789);
  out('tri-verre', 'cullet', { ewc: '19 12 05', resource: 'glass-cullet', q: 25000, unit: 't/yr', price: [15, 'EUR/t'] });
  out('tri-verre', 'fines', { ewc: '19 12 09', q: 2000, unit: 't/yr', price: [35, 'EUR/t'], note: 'Fines de verre et infusibles' });

  site('maree', 'Marée et Salaisons du Havre', '10.20', Z, 49.4704, 0.1857);
  out('maree', 'fish-residues', { ewc: '02 02 03', resource: 'biowaste', q: 2200, unit: 't/yr', price: [85, 'EUR/t'], dm: 25, note: 'Sous-produits animaux de catégorie 3' });
  out('maree', 'sludge', { ewc: '02 02 04', resource: 'organic-sludge', q: 900, unit: 't/yr', price: [60, 'EUR/t'], dm: 18 });
  out('maree', 'condenser-heat', { resource: 'heat', q: 3500, unit: 'MWh/yr', T: 40 });
  inp('maree', 'process-water', { resource: 'water-process', q: 25, unit: 'm3/h', price: [2, 'EUR/m3'] });
};
