// Demo territory, zone « ZAE de Sandouville — Rogerville »: vehicle assembly, plastics, logistics, boiler-making,
// a chalk quarry. Several firms declare cardboard, pallets and waste oil (pooled collection). Fictional firms.

// One site or flow per line, read as a table: Prettier would explode each row into six lines.
// prettier-ignore
module.exports = function sandouville({ site, out, inp }) {
  const Z = 'zae-sandouville';

  site('automobile', 'Carrosseries Utilitaires de Sandouville', '29.10', Z, 49.4885, 0.3041, { confidentiality: 'public' });
  out('automobile', 'press-scrap', { ewc: '12 01 01', resource: 'steel-scrap', q: 18000, unit: 't/yr', price: [-230, 'EUR/t'], note: 'Chutes d’emboutissage vendues à un négociant hors territoire (prix négatif : recette)' });
  out('automobile', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 600, unit: 't/yr', price: [20, 'EUR/t'] });
  out('automobile', 'pallets', { ewc: '15 01 03', resource: 'pallets', q: 900, unit: 't/yr', price: [35, 'EUR/t'] });
  out('automobile', 'waste-oil', { ewc: '13 02 08*', resource: 'waste-oil', q: 120, unit: 't/yr', price: [150, 'EUR/t'] });
  out('automobile', 'paint-sludge', { ewc: '08 01 13*', q: 350, unit: 't/yr', price: [380, 'EUR/t'], note: 'Aucun preneur déclaré' });
  out('automobile', 'compressor-heat', { resource: 'heat', q: 6000, unit: 'MWh/yr', T: 55 });
  inp('automobile', 'paint-heat', { resource: 'heat', q: 22000, unit: 'MWh/yr', T: 80, price: [48, 'EUR/MWh'], months: 'winter', note: 'Chauffage des cabines de peinture et des halls' });
  inp('automobile', 'electricity', { resource: 'electricity', q: 110, unit: 'GWh/yr', price: [100, 'EUR/MWh'] });
  inp('automobile', 'ibc', { resource: 'containers', q: 150, unit: 't/yr', price: [300, 'EUR/t'], note: 'GRV reconditionnés pour les fluides' });

  site('plasturgie', 'Plasturgie de la Vallée', '22.21', Z, 49.4912, 0.2963);
  inp('plasturgie', 'recycled-pp', { resource: 'plastic-pp', q: 3000, unit: 't/yr', price: [950, 'EUR/t'] });
  inp('plasturgie', 'recycled-pe', { resource: 'plastic-pe', q: 1200, unit: 't/yr', price: [900, 'EUR/t'] });
  out('plasturgie', 'shavings', { ewc: '12 01 05', resource: 'plastic-mixed', q: 400, unit: 't/yr', price: [40, 'EUR/t'] });
  out('plasturgie', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 150, unit: 't/yr', price: [25, 'EUR/t'] });
  out('plasturgie', 'pallets', { ewc: '15 01 03', resource: 'pallets', q: 120, unit: 't/yr', price: [40, 'EUR/t'] });
  out('plasturgie', 'waste-oil', { ewc: '13 02 08*', resource: 'waste-oil', q: 15, unit: 't/yr', price: [180, 'EUR/t'] });
  out('plasturgie', 'cooling-heat', { resource: 'heat', q: 800, unit: 'kW', hours: 6000, T: 40 });

  site('logistique-hode', 'Entrepôts du Hode', '52.10', Z, 49.4851, 0.2896);
  out('logistique-hode', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 1200, unit: 't/yr', price: [15, 'EUR/t'] });
  out('logistique-hode', 'pallets', { ewc: '15 01 03', resource: 'pallets', q: 2500, unit: 't/yr', price: [30, 'EUR/t'] });
  out('logistique-hode', 'film', { ewc: '15 01 02', resource: 'plastic-pe', q: 300, unit: 't/yr', price: [55, 'EUR/t'], note: 'Film étirable PE' });
  inp('logistique-hode', 'pallets-reuse', { resource: 'pallets', q: 1500, unit: 't/yr', price: [400, 'EUR/t'], note: 'Palettes reconditionnées (≈ 25 kg pièce)' });

  site('chaudronnerie', "Chaudronnerie Navale de l'Estuaire", '25.11', Z, 49.4927, 0.3102);
  out('chaudronnerie', 'steel-offcuts', { ewc: '12 01 01', resource: 'steel-scrap', q: 2500, unit: 't/yr', price: [-200, 'EUR/t'] });
  out('chaudronnerie', 'waste-oil', { ewc: '13 02 08*', resource: 'waste-oil', q: 10, unit: 't/yr', price: [180, 'EUR/t'] });
  out('chaudronnerie', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 40, unit: 't/yr', price: [30, 'EUR/t'] });
  inp('chaudronnerie', 'compressed-air', { resource: 'compressed-air', q: 900, unit: 'MWh/yr', P: 7, price: [110, 'EUR/MWh'] });

  site('carriere', 'Carrière de Craie de Rogerville', '08.11', Z, 49.4983, 0.2711);
  out('carriere', 'limestone-fines', { resource: 'limestone', q: 20000, unit: 't/yr', price: [5, 'EUR/t'], note: 'Fines de criblage stockées sur site' });
  out('carriere', 'excavated-soil', { ewc: '01 01 02', resource: 'excavated-soil', q: 30000, unit: 't/yr', price: [6, 'EUR/t'] });
  inp('carriere', 'inert-fill', { resource: 'inert-rubble', q: 25000, unit: 't/yr', price: [0.5, 'EUR/t'], note: 'Remblaiement de la fosse (remise en état)' });
};
