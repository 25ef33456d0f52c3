// Unit tests of `toile match` helpers: --set parsing, CSV neutralisation, the French summary.

import type { MatchResult } from '@toile/flow-model';
import { parse } from 'csv-parse/sync';
import { neutraliseCell, synergiesCsv } from '@toile/api/src/cli/commands/match-csv';
import { parseSetOptions } from '@toile/api/src/cli/commands/match-set-options';
import { MatchProgressBar } from '@toile/api/src/cli/commands/match-progress';
import { matchSummary } from '@toile/api/src/cli/commands/match-summary';

const result: MatchResult = {
  format: 'toile.result/1',
  territoryId: 'demo',
  status: 'optimal',
  synergies: [
    {
      id: 's1',
      kind: 'substitution',
      resource: 'heat',
      supplier: { siteId: 'usine', flowId: '=HYPERLINK("x")' },
      consumer: { siteId: 'serre', flowId: 'serre-heat' },
      quantity: 12000,
      unit: 'MWh/yr',
      distanceKm: 1.5,
      netValueEurPerYr: -250,
      co2AvoidedTPerYr: 2400,
      explanation: 'Chaleur à 85 °C pour une serre à 40 °C. La quantité est limitée par le besoin.',
    },
  ],
  totals: {
    synergies: 1,
    tonnesPerYr: 0,
    mwhPerYr: 12000,
    m3PerYr: 0,
    netValueEurPerYr: -250,
    co2AvoidedTPerYr: 2400,
  },
  unmatched: [{ flowId: 'x', reason: 'aucun partenaire' }],
  assumptions: {},
};

describe('parseSetOptions', () => {
  it('reads numbers, booleans and text', () => {
    expect(parseSetOptions(['maxDistanceKm=25', 'allowHazardous=true', 'mode=fast', 'x=-1.5'])).toEqual({
      maxDistanceKm: 25,
      allowHazardous: true,
      mode: 'fast',
      x: -1.5,
    });
  });

  it('refuses an option without a name', () => {
    expect(() => parseSetOptions(['25'])).toThrow(/nom=valeur/);
    expect(() => parseSetOptions(['=3'])).toThrow(/nom=valeur/);
  });
});

describe('synergiesCsv', () => {
  it('neutralises text that a spreadsheet would run, keeps numbers as numbers', () => {
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('chaleur')).toBe('chaleur');
    const rows: string[][] = parse(synergiesCsv(result));
    expect(rows[0][0]).toBe('id');
    expect(rows[1][4]).toBe('\'=HYPERLINK("x")');
    expect(rows[1][11]).toBe('-250');
  });
});

describe('matchSummary', () => {
  it('gives totals, the top synergies with site names and the unmatched count, in French', () => {
    const text = matchSummary(result, {
      format: 'toile.dataset/1',
      territory: { id: 'demo', name: 'Démo' },
      zones: [],
      sites: [
        { id: 'usine', name: 'Usine du Port', lat: 49, lon: 0 },
        { id: 'serre', name: 'Serres de la Vallée', lat: 49, lon: 0 },
      ],
      flows: [],
    });
    expect(text).toContain('1 synergie(s) proposée(s)');
    expect(text).toContain('12 000 MWh/an');
    expect(text).toContain('Usine du Port → Serres de la Vallée');
    expect(text).toContain('Chaleur à 85 °C pour une serre à 40 °C.');
    expect(text).not.toContain('limitée par le besoin');
    expect(text).toContain('Flux sans partenaire : 1.');
  });
});

describe('MatchProgressBar', () => {
  const streamOf = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (text: string) => written.push(text) > 0 } };
  };

  it('draws the fraction and the French stage name on a terminal, then clears the line', () => {
    const { written, stream } = streamOf(true);
    const bar = new MatchProgressBar(stream);
    bar.update(0.5, 'solve');
    bar.stop();
    expect(written[0]).toContain(' 50 % résolution du programme linéaire');
    expect(written[1]).toBe('\r\x1b[2K');
  });

  it('writes nothing off a terminal', () => {
    const { written, stream } = streamOf(false);
    const bar = new MatchProgressBar(stream);
    bar.update(0.5, 'solve');
    bar.stop();
    expect(written).toEqual([]);
  });
});
