// Demo territory, zone « ZIP du Havre — secteur Saint-Vigor-d'Ymonville / Le Hode »: power station with FGD,
// plasterboard, cement, fertilisers, sulphuric acid, electric steelworks, ready-mix concrete. Fictional firms.

// One site or flow per line, read as a table: Prettier would explode each row into six lines.
// prettier-ignore
module.exports = function saintVigor({ site, out, inp }) {
  const Z = 'zip-saint-vigor';

  site('centrale', 'Centrale Thermique du Hode', '35.11', Z, 49.4641, 0.3012, { confidentiality: 'public' });
  out('centrale', 'fgd-gypsum', { ewc: '10 01 05', resource: 'gypsum', q: 60000, unit: 't/yr', price: [12, 'EUR/t'], moisture: 10 });
  out('centrale', 'fly-ash', { ewc: '10 01 02', resource: 'cement-additive', q: 45000, unit: 't/yr', price: [18, 'EUR/t'] });
  out('centrale', 'bottom-ash', { ewc: '10 01 01', q: 12000, unit: 't/yr', price: [20, 'EUR/t'] });
  out('centrale', 'condenser-heat', { resource: 'heat', q: 600, unit: 'GWh/yr', T: 45, note: 'Chaleur des condenseurs, eau de refroidissement à 45 °C' });
  inp('centrale', 'limestone', { resource: 'limestone', q: 35000, unit: 't/yr', price: [24, 'EUR/t'], note: 'Calcaire pour la désulfuration' });
  inp('centrale', 'biomass', { resource: 'biomass-fuel', q: 150000, unit: 't/yr', moisture: 35, price: [95, 'EUR/t'] });
  inp('centrale', 'srf', { resource: 'solid-recovered-fuel', q: 40000, unit: 't/yr', price: [15, 'EUR/t'] });
  inp('centrale', 'raw-water', { resource: 'water-raw', q: 12000000, unit: 'm3/yr', price: [0.12, 'EUR/m3'] });

  site('plaquiste', "Plâtres et Plaques de l'Estuaire", '23.62', Z, 49.4719, 0.3205);
  inp('plaquiste', 'gypsum', { resource: 'gypsum', q: 90000, unit: 't/yr', price: [28, 'EUR/t'], note: 'Gypse naturel acheminé depuis le Bassin parisien' });
  inp('plaquiste', 'dryer-heat-in', { resource: 'heat', q: 60, unit: 'GWh/yr', T: 200, price: [45, 'EUR/MWh'], note: 'Air chaud des séchoirs (aujourd’hui brûleurs gaz)' });
  inp('plaquiste', 'dryer-gas', { resource: 'natural-gas', q: 120, unit: 'GWh/yr', price: [45, 'EUR/MWh'] });
  inp('plaquiste', 'process-water', { resource: 'water-process', q: 60000, unit: 'm3/yr', price: [1.2, 'EUR/m3'] });
  out('plaquiste', 'dryer-heat', { resource: 'heat', q: 40, unit: 'GWh/yr', T: 75, note: 'Buées des séchoirs de plaques' });
  out('plaquiste', 'board-scrap', { ewc: '17 08 02', resource: 'gypsum', q: 4000, unit: 't/yr', price: [40, 'EUR/t'], note: 'Chutes et rebuts de plaques' });

  site('cimenterie', 'Ciments de la Pointe du Hode', '23.51', Z, 49.4568, 0.3398, { confidentiality: 'public' });
  inp('cimenterie', 'cement-additive', { resource: 'cement-additive', q: 100000, unit: 't/yr', price: [35, 'EUR/t'], note: 'Cendres volantes et laitiers en substitution du clinker' });
  inp('cimenterie', 'gypsum', { resource: 'gypsum', q: 15000, unit: 't/yr', price: [30, 'EUR/t'], note: 'Régulateur de prise' });
  inp('cimenterie', 'srf', { resource: 'solid-recovered-fuel', q: 50000, unit: 't/yr', price: [8, 'EUR/t'], accepts: ['05 01 09*', '07 01 08*', '07 01 04*', '19 12 10'] });
  inp('cimenterie', 'waste-oil', { resource: 'waste-oil', q: 3000, unit: 't/yr', price: [30, 'EUR/t'], accepts: ['13 02 08*', '13 02 05*'] });
  inp('cimenterie', 'tyres', { resource: 'rubber', q: 8000, unit: 't/yr', price: [10, 'EUR/t'], note: 'Pneus entiers en combustible de substitution' });
  out('cimenterie', 'kiln-heat', { resource: 'heat', q: 70, unit: 'GWh/yr', T: 350, note: 'Air d’exhaure du refroidisseur à clinker' });
  out('cimenterie', 'kiln-dust', { ewc: '10 13 06', q: 5000, unit: 't/yr', price: [45, 'EUR/t'] });

  site('engrais', 'Azote de la Basse-Seine', '20.15', Z, 49.4667, 0.3462, { confidentiality: 'private' });
  out('engrais', 'co2-pure', { resource: 'co2', q: 150000, unit: 't/yr', purity: 99.5, P: 1.2, note: 'CO2 de décarbonatation du gaz de synthèse' });
  out('engrais', 'process-heat', { resource: 'heat', q: 50, unit: 'GWh/yr', T: 120 });
  out('engrais', 'cooling-heat', { resource: 'heat', q: 200, unit: 'GWh/yr', T: 45 });
  out('engrais', 'spent-catalyst', { ewc: '16 08 03', q: 80, unit: 't/yr', price: [150, 'EUR/t'] });
  inp('engrais', 'hydrogen', { resource: 'hydrogen', q: 2000, unit: 't/yr', purity: 99.5, P: 30, price: [3000, 'EUR/t'], note: 'Hydrogène d’appoint pour la synthèse d’ammoniac' });
  inp('engrais', 'steam', { resource: 'steam', q: 90, unit: 'GWh/yr', T: 300, P: 25, price: [30, 'EUR/MWh'], note: 'Évaporation et granulation du nitrate d’ammonium' });
  inp('engrais', 'natural-gas', { resource: 'natural-gas', q: 2500, unit: 'GWh/yr', price: [42, 'EUR/MWh'], conf: 'private' });
  inp('engrais', 'demin-water', { resource: 'water-demineralised', q: 400000, unit: 'm3/yr', price: [2.3, 'EUR/m3'] });
  inp('engrais', 'hcl', { resource: 'hydrochloric-acid', q: 1500, unit: 't/yr', purity: 33, price: [150, 'EUR/t'], note: 'Régénération des résines de déminéralisation' });

  site('acide-sulfurique', 'Sulfochimie du Hode', '20.13', Z, 49.4613, 0.3537);
  inp('acide-sulfurique', 'sulphur', { resource: 'sulphur', q: 40000, unit: 't/yr', purity: 99.5, price: [120, 'EUR/t'] });
  out('acide-sulfurique', 'steam-export', { resource: 'steam', q: 150, unit: 'GWh/yr', T: 400, P: 40, note: 'Vapeur de récupération sur la combustion du soufre' });
  out('acide-sulfurique', 'acid-cooling-heat', { resource: 'heat', q: 35, unit: 'GWh/yr', T: 90 });
  inp('acide-sulfurique', 'demin-water', { resource: 'water-demineralised', q: 250000, unit: 'm3/yr', price: [2.4, 'EUR/m3'] });

  site('acierie', 'Aciérie Électrique de Saint-Vigor', '24.10', Z, 49.4702, 0.3621);
  inp('acierie', 'steel-scrap', { resource: 'steel-scrap', q: 250000, unit: 't/yr', price: [330, 'EUR/t'] });
  inp('acierie', 'oxygen', { resource: 'oxygen', q: 30000, unit: 't/yr', purity: 99.5, P: 15, price: [80, 'EUR/t'] });
  inp('acierie', 'lime', { resource: 'lime', q: 20000, unit: 't/yr', price: [140, 'EUR/t'] });
  out('acierie', 'slag', { ewc: '10 02 02', resource: 'cement-additive', q: 40000, unit: 't/yr', price: [15, 'EUR/t'], note: 'Laitier de four électrique' });
  out('acierie', 'furnace-heat', { resource: 'heat', q: 80, unit: 'GWh/yr', T: 450, note: 'Fumées du four à arc' });
  out('acierie', 'mill-scale', { ewc: '10 02 10', resource: 'metal-scrap', q: 3000, unit: 't/yr', price: [10, 'EUR/t'] });

  site('beton-pret', 'Bétons du Port', '23.63', Z, 49.4598, 0.3150);
  inp('beton-pret', 'cement-additive', { resource: 'cement-additive', q: 5000, unit: 't/yr', price: [45, 'EUR/t'] });
  inp('beton-pret', 'aggregates', { resource: 'aggregates', q: 150000, unit: 't/yr', price: [14, 'EUR/t'] });
  inp('beton-pret', 'process-water', { resource: 'water-process', q: 40000, unit: 'm3/yr', price: [1.5, 'EUR/m3'] });
  out('beton-pret', 'concrete-waste', { ewc: '10 13 14', resource: 'inert-rubble', q: 3000, unit: 't/yr', price: [12, 'EUR/t'] });
};
