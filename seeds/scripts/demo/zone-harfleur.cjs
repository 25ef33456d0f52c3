// Demo territory, zone « Parc d'activités de Harfleur — Gonfreville »: incinerator with district heating, data
// centre and greenhouses, hydrogen bus depot, food plants, laundry, precast concrete. Fictional firms.

// One site or flow per line, read as a table: Prettier would explode each row into six lines.
// prettier-ignore
module.exports = function harfleur({ site, out, inp }) {
  const Z = 'zae-harfleur';

  site('uve', "Unité de Valorisation Énergétique de l'Estuaire", '38.21', Z, 49.5021, 0.2063, { confidentiality: 'public' });
  out('uve', 'district-heat', { resource: 'heat', q: 150, unit: 'GWh/yr', T: 105, note: 'Chaleur disponible en sortie de turbine (soutirage)' });
  out('uve', 'steam', { resource: 'steam', q: 60, unit: 'GWh/yr', T: 230, P: 25 });
  out('uve', 'electricity', { resource: 'electricity', q: 80, unit: 'GWh/yr', note: 'Électricité exportée sur le réseau ; fourniture directe possible (autoconsommation collective)' });
  out('uve', 'bottom-ash', { ewc: '19 01 12', resource: 'aggregates', q: 40000, unit: 't/yr', price: [25, 'EUR/t'], note: 'Mâchefers après maturation (usage routier)' });
  out('uve', 'ferrous', { ewc: '19 01 02', resource: 'steel-scrap', q: 2500, unit: 't/yr', price: [5, 'EUR/t'] });
  out('uve', 'apc-residues', { ewc: '19 01 07*', q: 4000, unit: 't/yr', price: [260, 'EUR/t'], note: 'REFIOM : stockage en ISDD, aucun preneur possible localement' });
  inp('uve', 'srf', { resource: 'solid-recovered-fuel', q: 15000, unit: 't/yr', price: [0, 'EUR/t'], accepts: ['19 12 10'] });

  site('reseau-chaleur', 'Réseau de chaleur urbain Le Havre-Est', '35.30', Z, 49.5045, 0.1927, { confidentiality: 'public' });
  inp('reseau-chaleur', 'heat', { resource: 'heat', q: 120000, unit: 'MWh/yr', T: 85, price: [42, 'EUR/MWh'], months: 'winter', note: 'Départ réseau 85 °C, retour 55 °C' });
  out('reseau-chaleur', 'wood-ash', { ewc: '10 01 03', resource: 'soil-amendment', q: 300, unit: 't/yr', price: [40, 'EUR/t'], note: 'Cendres de la chaudière bois d’appoint' });

  site('datacenter', 'Centre de Données Océane', '63.11', Z, 49.5068, 0.1839);
  out('datacenter', 'waste-heat', { resource: 'heat', q: 4000, unit: 'kW', hours: 8760, T: 30, note: 'Air chaud extrait des salles, 30 °C' });
  inp('datacenter', 'electricity', { resource: 'electricity', q: 48, unit: 'GWh/yr', price: [95, 'EUR/MWh'], conf: 'private' });
  inp('datacenter', 'cooling-water', { resource: 'water-cooling', q: 60, unit: 'm3/h', T: 20, price: [0.8, 'EUR/m3'] });

  site('serres-harfleur', 'Serres Maraîchères de la Lézarde', '01.13', Z, 49.5102, 0.1881);
  inp('serres-harfleur', 'heat', { resource: 'heat', q: 12000, unit: 'MWh/yr', T: 35, price: [45, 'EUR/MWh'], months: 'winter', note: 'Tomates sous serre, chauffage basse température' });
  inp('serres-harfleur', 'co2', { resource: 'co2', q: 800, unit: 't/yr', purity: 99.5, price: [120, 'EUR/t'], months: 'summer' });
  inp('serres-harfleur', 'water', { resource: 'water-raw', q: 30000, unit: 'm3/yr', price: [1.1, 'EUR/m3'] });
  out('serres-harfleur', 'green-waste', { ewc: '02 01 03', resource: 'green-waste', q: 900, unit: 't/yr', price: [35, 'EUR/t'], months: 'autumn' });

  site('depot-bus', 'Dépôt de bus à hydrogène de la communauté urbaine', '49.31', Z, 49.4998, 0.1805, { confidentiality: 'public' });
  inp('depot-bus', 'h2', { resource: 'hydrogen', q: 600, unit: 'kg/day', purity: 99.97, P: 350, price: [12, 'EUR/kg'], note: '20 bus à pile à combustible, qualité ISO 14687 grade D' });
  inp('depot-bus', 'heat', { resource: 'heat', q: 1500, unit: 'MWh/yr', T: 60, price: [55, 'EUR/MWh'], months: 'winter' });
  out('depot-bus', 'waste-oil', { ewc: '13 02 05*', resource: 'waste-oil', q: 25, unit: 't/yr', price: [150, 'EUR/t'] });
  out('depot-bus', 'tyres', { ewc: '16 01 03', resource: 'rubber', q: 40, unit: 't/yr', price: [110, 'EUR/t'] });

  site('cuisine-centrale', "Cuisines Collectives de l'Estuaire", '10.85', Z, 49.5033, 0.2141);
  out('cuisine-centrale', 'food-waste', { ewc: '02 03 04', resource: 'biowaste', q: 800, unit: 't/yr', price: [70, 'EUR/t'], dm: 20 });
  out('cuisine-centrale', 'cardboard', { ewc: '15 01 01', resource: 'paper-cardboard', q: 200, unit: 't/yr', price: [25, 'EUR/t'] });
  out('cuisine-centrale', 'plastic-pack', { ewc: '15 01 02', resource: 'plastic-mixed', q: 100, unit: 't/yr', price: [90, 'EUR/t'] });
  inp('cuisine-centrale', 'steam', { resource: 'steam', q: 8000, unit: 'MWh/yr', T: 160, P: 6, price: [55, 'EUR/MWh'] });
  inp('cuisine-centrale', 'cip-heat', { resource: 'heat', q: 3000, unit: 'MWh/yr', T: 80, price: [50, 'EUR/MWh'] });

  site('brasserie', "Brasserie de l'Estuaire", '11.05', Z, 49.5089, 0.2012);
  out('brasserie', 'spent-grain', { ewc: '02 07 04', resource: 'animal-feed', q: 5000, unit: 't/yr', price: [10, 'EUR/t'], dm: 22, months: 'brewing' });
  out('brasserie', 'co2', { resource: 'co2', q: 600, unit: 't/yr', purity: 99.9, months: 'brewing', note: 'CO2 de fermentation non récupéré' });
  inp('brasserie', 'heat', { resource: 'heat', q: 6000, unit: 'MWh/yr', T: 95, price: [50, 'EUR/MWh'], note: 'Brassage et ébullition' });
  inp('brasserie', 'process-water', { resource: 'water-process', q: 60000, unit: 'm3/yr', price: [2.2, 'EUR/m3'] });
  out('brasserie', 'wastewater', { resource: 'wastewater', q: 45000, unit: 'm3/yr', price: [1.6, 'EUR/m3'] });

  site('blanchisserie', 'Blanchisserie Industrielle du Havre', '96.01', Z, 49.5012, 0.1752);
  inp('blanchisserie', 'heat', { resource: 'heat', q: 6000, unit: 'MWh/yr', T: 70, price: [52, 'EUR/MWh'] });
  out('blanchisserie', 'greywater-heat', { resource: 'heat', q: 2500, unit: 'MWh/yr', T: 35, note: 'Eaux de lavage tièdes' });
  out('blanchisserie', 'worn-linen', { ewc: '20 01 11', resource: 'textiles', q: 80, unit: 't/yr', price: [60, 'EUR/t'] });

  site('prefa-beton', "Préfa Béton de l'Estuaire", '23.61', Z, 49.5058, 0.2225);
  inp('prefa-beton', 'cement-additive', { resource: 'cement-additive', q: 3000, unit: 't/yr', price: [45, 'EUR/t'] });
  inp('prefa-beton', 'aggregates', { resource: 'aggregates', q: 60000, unit: 't/yr', price: [15, 'EUR/t'] });
  inp('prefa-beton', 'curing-heat', { resource: 'heat', q: 4000, unit: 'MWh/yr', T: 60, price: [48, 'EUR/MWh'], note: 'Étuvage des éléments' });
  out('prefa-beton', 'concrete-waste', { ewc: '10 13 14', resource: 'inert-rubble', q: 1800, unit: 't/yr', price: [12, 'EUR/t'] });
  inp('prefa-beton', 'process-water', { resource: 'water-process', q: 15, unit: 'm3/day', price: [1.5, 'EUR/m3'] });

  site('decheterie-pro', 'Déchèterie Professionnelle de Harfleur', '38.11', Z, 49.4985, 0.2108, { confidentiality: 'public' });
  out('decheterie-pro', 'green-waste', { ewc: '20 02 01', resource: 'green-waste', q: 6000, unit: 't/yr', price: [30, 'EUR/t'], months: 'autumn' });
  out('decheterie-pro', 'wood', { ewc: '20 01 38', resource: 'wood', q: 3500, unit: 't/yr', price: [45, 'EUR/t'] });
  out('decheterie-pro', 'rubble', { ewc: '17 09 04', resource: 'inert-rubble', q: 9000, unit: 't/yr', price: [15, 'EUR/t'] });
};
