// Demo territory, zone « Plateforme de Port-Jérôme — Notre-Dame-de-Gravenchon / Lillebonne »: base oils,
// elastomers, bioethanol, biomass boiler, sugar, malt, paper, glass, agri-food and organic recyclers. Fictional firms.

// One site or flow per line, read as a table: Prettier would explode each row into six lines.
// prettier-ignore
module.exports = function portJerome({ site, out, inp }) {
  const Z = 'plateforme-port-jerome';

  site('huiles-base', 'Lubrifiants et Bases de Gravenchon', '19.20', Z, 49.4892, 0.5681, { confidentiality: 'private' });
  out('huiles-base', 'process-heat', { resource: 'heat', q: 70, unit: 'GWh/yr', T: 130 });
  out('huiles-base', 'h2-offgas', { resource: 'hydrogen', q: 800, unit: 't/yr', purity: 90, P: 20 });
  out('huiles-base', 'filter-clays', { ewc: '05 01 15*', q: 400, unit: 't/yr', price: [210, 'EUR/t'], note: 'Aucun preneur autorisé dans le territoire' });
  out('huiles-base', 'sludge-haz', { ewc: '05 01 09*', resource: 'solid-recovered-fuel', q: 700, unit: 't/yr', price: [190, 'EUR/t'] });
  inp('huiles-base', 'hydrogen', { resource: 'hydrogen', q: 1500, unit: 't/yr', purity: 99.5, P: 30, price: [3200, 'EUR/t'], conf: 'private' });
  inp('huiles-base', 'demin-water', { resource: 'water-demineralised', q: 35, unit: 'm3/h', price: [2.5, 'EUR/m3'] });
  inp('huiles-base', 'raw-water', { resource: 'water-raw', q: 2000000, unit: 'm3/yr', price: [0.15, 'EUR/m3'], note: 'Substituable par des eaux usées traitées' });

  site('elastomeres', 'Élastomères de Gravenchon', '20.17', Z, 49.4861, 0.5752);
  out('elastomeres', 'solvent-waste', { ewc: '07 01 04*', q: 1200, unit: 't/yr', price: [240, 'EUR/t'] });
  out('elastomeres', 'rubber-waste', { ewc: '07 02 99', resource: 'rubber', q: 500, unit: 't/yr', price: [90, 'EUR/t'] });
  out('elastomeres', 'cooling-heat', { resource: 'heat', q: 30, unit: 'GWh/yr', T: 50 });
  inp('elastomeres', 'steam', { resource: 'steam', q: 900, unit: 't/day', T: 200, P: 15, price: [33, 'EUR/MWh'] });
  inp('elastomeres', 'nitrogen', { resource: 'nitrogen', q: 3000, unit: 't/yr', purity: 99.99, P: 8, price: [100, 'EUR/t'] });

  site('bioethanol', 'Bioéthanol du Caux', '20.14', Z, 49.4953, 0.5547);
  out('bioethanol', 'co2', { resource: 'co2', q: 60000, unit: 't/yr', purity: 99.9, P: 1.1, note: 'CO2 biogénique de fermentation' });
  out('bioethanol', 'vinasse', { ewc: '02 07 02', resource: 'fertiliser', q: 40000, unit: 't/yr', price: [8, 'EUR/t'], dm: 35 });
  out('bioethanol', 'condensate-heat', { resource: 'heat', q: 45, unit: 'GWh/yr', T: 75 });
  inp('bioethanol', 'steam', { resource: 'steam', q: 150, unit: 'GWh/yr', T: 180, P: 10, price: [32, 'EUR/MWh'] });
  inp('bioethanol', 'process-heat', { resource: 'heat', q: 20, unit: 'GWh/yr', T: 110, price: [40, 'EUR/MWh'] });

  site('chaufferie-biomasse', 'Chaufferie Biomasse de la Plateforme', '35.30', Z, 49.4918, 0.5619, { confidentiality: 'public' });
  out('chaufferie-biomasse', 'steam', { resource: 'steam', q: 300, unit: 'GWh/yr', T: 350, P: 30, note: 'Capacité disponible sur le réseau vapeur de la plateforme' });
  out('chaufferie-biomasse', 'bottom-ash', { ewc: '10 01 01', q: 4000, unit: 't/yr', price: [30, 'EUR/t'] });
  out('chaufferie-biomasse', 'wood-ash', { ewc: '10 01 03', resource: 'soil-amendment', q: 2500, unit: 't/yr', price: [25, 'EUR/t'] });
  out('chaufferie-biomasse', 'flue-gas-heat', { resource: 'heat', q: 25, unit: 'GWh/yr', T: 160 });
  inp('chaufferie-biomasse', 'biomass', { resource: 'biomass-fuel', q: 120000, unit: 't/yr', moisture: 40, price: [85, 'EUR/t'] });
  inp('chaufferie-biomasse', 'wood-waste', { resource: 'wood', q: 20000, unit: 't/yr', moisture: 20, price: [20, 'EUR/t'], note: 'Bois de classe A (palettes broyées)' });

  site('sucrerie', 'Sucrerie-Distillerie du Pays de Caux', '10.81', Z, 49.5183, 0.5318);
  out('sucrerie', 'beet-soil', { ewc: '02 04 01', resource: 'excavated-soil', q: 30000, unit: 't/yr', price: [8, 'EUR/t'], months: 'beetCampaign' });
  out('sucrerie', 'lime-sludge', { ewc: '02 04 02', resource: 'soil-amendment', q: 20000, unit: 't/yr', price: [4, 'EUR/t'], dm: 70, months: 'beetCampaign', note: 'Écumes de carbonatation (amendement calcique)' });
  out('sucrerie', 'campaign-heat', { resource: 'heat', q: 40, unit: 'GWh/yr', T: 90, months: 'beetCampaign' });
  out('sucrerie', 'condensates', { resource: 'water-process', q: 800000, unit: 'm3/yr', months: 'beetCampaign', note: 'Eaux de condensation des jus' });
  out('sucrerie', 'co2', { resource: 'co2', q: 25000, unit: 't/yr', purity: 40, months: 'beetCampaign', note: 'Gaz du four à chaux, à concentrer' });
  inp('sucrerie', 'limestone', { resource: 'limestone', q: 40000, unit: 't/yr', price: [25, 'EUR/t'], months: 'beetCampaign' });
  inp('sucrerie', 'natural-gas', { resource: 'natural-gas', q: 180, unit: 'GWh/yr', price: [44, 'EUR/MWh'], months: 'beetCampaign' });

  site('malterie', 'Malterie de Port-Jérôme', '11.06', Z, 49.4981, 0.5702);
  inp('malterie', 'kiln-heat', { resource: 'heat', q: 60, unit: 'GWh/yr', T: 85, price: [40, 'EUR/MWh'], note: 'Touraille : air chaud 60 à 85 °C' });
  out('malterie', 'rootlets', { ewc: '02 07 04', resource: 'animal-feed', q: 4000, unit: 't/yr', price: [0, 'EUR/t'], dm: 90 });
  inp('malterie', 'process-water', { resource: 'water-process', q: 350000, unit: 'm3/yr', price: [1.4, 'EUR/m3'] });

  site('papeterie', "Cartonnerie de l'Estuaire", '17.12', Z, 49.5052, 0.5489);
  inp('papeterie', 'recovered-paper', { resource: 'paper-cardboard', q: 200000, unit: 't/yr', price: [110, 'EUR/t'] });
  inp('papeterie', 'steam', { resource: 'steam', q: 250, unit: 'GWh/yr', T: 190, P: 12, price: [30, 'EUR/MWh'] });
  inp('papeterie', 'process-water', { resource: 'water-process', q: 4000000, unit: 'm3/yr', price: [0.6, 'EUR/m3'] });
  out('papeterie', 'pulper-rejects', { ewc: '03 03 07', resource: 'solid-recovered-fuel', q: 12000, unit: 't/yr', price: [80, 'EUR/t'] });
  out('papeterie', 'sludge', { ewc: '03 03 11', resource: 'organic-sludge', q: 15000, unit: 't/yr', price: [55, 'EUR/t'], dm: 45 });
  out('papeterie', 'hood-heat', { resource: 'heat', q: 60, unit: 'GWh/yr', T: 65, note: 'Buées de la hotte sécherie' });

  site('verrerie', 'Verrerie Creuse du Caux', '23.13', Z, 49.5121, 0.5401);
  inp('verrerie', 'cullet', { resource: 'glass-cullet', q: 60000, unit: 't/yr', price: [75, 'EUR/t'] });
  inp('verrerie', 'sand', { resource: 'sand', q: 80000, unit: 't/yr', price: [30, 'EUR/t'] });
  out('verrerie', 'furnace-heat', { resource: 'heat', q: 40, unit: 'GWh/yr', T: 450, note: 'Fumées du four après régénérateurs' });
  out('verrerie', 'glass-waste', { ewc: '10 11 12', resource: 'glass-cullet', q: 3000, unit: 't/yr', price: [10, 'EUR/t'] });
  inp('verrerie', 'natural-gas', { resource: 'natural-gas', q: 300, unit: 'GWh/yr', price: [43, 'EUR/MWh'], conf: 'private' });

  site('methaniseur', 'Méthanisation Territoriale du Caux', '38.21', Z, 49.5236, 0.5583);
  inp('methaniseur', 'biowaste', { resource: 'biowaste', q: 40000, unit: 't/yr', price: [5, 'EUR/t'] });
  inp('methaniseur', 'sludge', { resource: 'organic-sludge', q: 10000, unit: 't/yr', price: [5, 'EUR/t'] });
  inp('methaniseur', 'fats', { resource: 'fats-oils', q: 2000, unit: 't/yr', price: [5, 'EUR/t'] });
  out('methaniseur', 'digestate', { resource: 'soil-amendment', q: 35000, unit: 't/yr', dm: 8, price: [6, 'EUR/t'] });
  out('methaniseur', 'co2', { resource: 'co2', q: 4000, unit: 't/yr', purity: 97, months: 'summer', note: 'Offgas de l’épuration en biométhane' });
  out('methaniseur', 'cogeneration-heat', { resource: 'heat', q: 8000, unit: 'MWh/yr', T: 45 });

  site('aliments-betail', 'Nutrition Animale du Caux', '10.91', Z, 49.5208, 0.5462);
  inp('aliments-betail', 'feed', { resource: 'animal-feed', q: 20000, unit: 't/yr', price: [180, 'EUR/t'], note: 'Coproduits agroalimentaires secs' });
  inp('aliments-betail', 'steam', { resource: 'steam', q: 15, unit: 'GWh/yr', T: 170, P: 8, price: [45, 'EUR/MWh'] });

  site('serres-caux', 'Serres du Plateau de Caux', '01.13', Z, 49.5268, 0.5321);
  inp('serres-caux', 'heat', { resource: 'heat', q: 25000, unit: 'MWh/yr', T: 40, price: [40, 'EUR/MWh'], months: 'winter' });
  inp('serres-caux', 'co2', { resource: 'co2', q: 1500, unit: 't/yr', purity: 99.5, price: [110, 'EUR/t'], months: 'summer' });
  inp('serres-caux', 'amendment', { resource: 'soil-amendment', q: 1200, unit: 't/yr', price: [20, 'EUR/t'] });

  site('palettes', 'Palettes et Emballages Bois de Lillebonne', '16.24', Z, 49.5205, 0.5297);
  inp('palettes', 'broken-pallets', { resource: 'pallets', q: 3000, unit: 't/yr', price: [40, 'EUR/t'], note: 'Palettes à réparer ou trier' });
  out('palettes', 'sawdust', { ewc: '03 01 05', resource: 'wood', q: 3000, unit: 't/yr', price: [15, 'EUR/t'], moisture: 15 });
  out('palettes', 'scrap-wood', { ewc: '15 01 03', resource: 'wood', q: 1200, unit: 't/yr', price: [25, 'EUR/t'] });

  site('textiles-techniques', 'Textiles Techniques de Lillebonne', '13.96', Z, 49.5163, 0.5392);
  out('textiles-techniques', 'fibre-waste', { ewc: '04 02 22', resource: 'textiles', q: 500, unit: 't/yr', price: [95, 'EUR/t'], note: 'Aucun recycleur de fibres déclaré' });
  inp('textiles-techniques', 'process-heat', { resource: 'heat', q: 9000, unit: 'MWh/yr', T: 120, price: [50, 'EUR/MWh'] });

  site('boissons', 'Boissons Gazeuses de Gravenchon', '11.07', Z, 49.4927, 0.5829);
  inp('boissons', 'co2-food', { resource: 'co2', q: 2000, unit: 't/yr', purity: 99.9, price: [140, 'EUR/t'], months: 'brewing' });
  out('boissons', 'pet', { ewc: '15 01 02', resource: 'plastic-pet', q: 350, unit: 't/yr', price: [30, 'EUR/t'], note: 'Préformes et bouteilles PET rebutées' });
  out('boissons', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 250, unit: 't/yr', price: [20, 'EUR/t'] });

  site('enrobes', 'Routes et Enrobés de Seine-Maritime', '42.11', Z, 49.5012, 0.5219);
  inp('enrobes', 'aggregates', { resource: 'aggregates', q: 120000, unit: 't/yr', price: [16, 'EUR/t'] });
  inp('enrobes', 'inert', { resource: 'inert-rubble', q: 8000, unit: 't/yr', price: [6, 'EUR/t'] });
  inp('enrobes', 'dryer-gas', { resource: 'natural-gas', q: 12000, unit: 'MWh/yr', price: [48, 'EUR/MWh'] });

  site('compostage', 'Compostage du Val de Seine', '38.21', Z, 49.5247, 0.5489);
  inp('compostage', 'green-waste', { resource: 'green-waste', q: 15000, unit: 't/yr', price: [10, 'EUR/t'] });
  inp('compostage', 'sludge', { resource: 'organic-sludge', q: 5000, unit: 't/yr', price: [10, 'EUR/t'] });
  out('compostage', 'compost', { resource: 'soil-amendment', q: 10000, unit: 't/yr', dm: 60, price: [3, 'EUR/t'], months: 'winter', note: 'Compost normé NF U 44-095, épandage en fin d’hiver' });
};
