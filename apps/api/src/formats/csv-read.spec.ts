// The CSV readers on hand-written files: French Excel exports (`;`, decimal commas, BOM), plain CSV,
// unknown columns, empty rows, and the source map from `$.flows[i]` back to the file line.

import { FormatError } from './format-error';
import { locateProblem } from './dataset-assembly';
import { detectDelimiter, parseCsvPair, parseCsvTextsWithSource } from './csv-read';

const SITES_FR =
  '\uFEFFid;name;lat;lon;siret\r\nsucrerie;Sucrerie d’Origny;49,8937;3,4947;73282932000074\r\n';
const FLOWS_FR = [
  'id;siteId;direction;resource;ewc;quantity;unit;temperatureC;price;priceUnit;hazardous;m01;m02;m03;m04;m05;m06;m07;m08;m09;m10;m11;m12',
  'pulpes;sucrerie;output;animal-feed;;12 500,5;t/yr;;-3,5;EUR/t;non;0;0;0;0;0;0;0;0;0,3;0,4;0,3;0',
  ';;;;;;;;;;;;;;;;;;;;;;',
  'vapeur;sucrerie;output;steam;;1e3;MWh/yr;-12,25;;;;;;;;;;;;;;;',
  'douze;sucrerie;input;;10 01 01;douze;t/yr;;;;oui;;;;;;;;;;;;',
].join('\r\n');

describe('parseCsvPair', () => {
  it('reads a French Excel export: `;`, decimal commas, grouped thousands, BOM, oui/non', () => {
    const document = parseCsvPair(SITES_FR, FLOWS_FR, { territory: { id: 'aisne', name: 'Aisne' } }) as {
      sites: unknown[];
      flows: Record<string, unknown>[];
      territory: unknown;
      zones: unknown[];
    };
    expect(document.territory).toEqual({ id: 'aisne', name: 'Aisne' });
    expect(document.zones).toEqual([]);
    expect(document.sites).toEqual([
      { id: 'sucrerie', name: 'Sucrerie d’Origny', lat: 49.8937, lon: 3.4947, siret: '73282932000074' },
    ]);
    expect(document.flows).toHaveLength(3);
    expect(document.flows[0]).toEqual({
      id: 'pulpes',
      siteId: 'sucrerie',
      direction: 'output',
      resource: 'animal-feed',
      quantity: 12500.5,
      unit: 't/yr',
      price: { value: -3.5, unit: 'EUR/t' },
      hazardous: false,
      months: [0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.4, 0.3, 0],
    });
    expect(document.flows[1]).toMatchObject({ quantity: 1000, temperatureC: -12.25 });
    // A word in a numeric column stays as written, for the validator to report at $.flows[2].quantity.
    expect(document.flows[2]).toMatchObject({ quantity: 'douze', hazardous: true, ewc: '10 01 01' });
  });

  it('reads plain `,` CSV without BOM, leaves quoted decimal commas as text', () => {
    const document = parseCsvPair('id,name,lat,lon\na,"A, B",1.5,2\n', 'id,siteId,quantity\nf,a,"1,5"\n') as {
      sites: unknown[];
      flows: unknown[];
    };
    expect(document.sites).toEqual([{ id: 'a', name: 'A, B', lat: 1.5, lon: 2 }]);
    expect(document.flows).toEqual([{ id: 'f', siteId: 'a', quantity: '1,5' }]);
  });

  it('detects the separator from the header line', () => {
    expect(detectDelimiter('id;name,x;lat\n')).toBe(';');
    expect(detectDelimiter('\uFEFFid,name\n1;2;3;4\n')).toBe(',');
  });

  it('maps each record back to its line, skipping empty lines', () => {
    const { sourceMap } = parseCsvTextsWithSource({ sitesCsv: SITES_FR, flowsCsv: FLOWS_FR });
    expect(locateProblem('$.flows[0].quantity', sourceMap)).toBe('flows.csv:row 2');
    expect(locateProblem('$.flows[1]', sourceMap)).toBe('flows.csv:row 4');
    expect(locateProblem('$.flows[2].quantity', sourceMap)).toBe('flows.csv:row 5');
    expect(locateProblem('$.sites[0].siret', sourceMap)).toBe('sites.csv:row 2');
    expect(locateProblem('$.format', sourceMap)).toBeUndefined();
  });

  it('counts a quoted multi-line cell as one row starting on its first line', () => {
    const { sourceMap, document } = parseCsvTextsWithSource({
      sitesCsv: 'id,name,lat,lon\n',
      flowsCsv: 'id,note\na,"deux\nlignes"\nb,x\n',
    });
    expect((document as { flows: unknown[] }).flows).toEqual([
      { id: 'a', note: 'deux\nlignes' },
      { id: 'b', note: 'x' },
    ]);
    expect(locateProblem('$.flows[1]', sourceMap)).toBe('flows.csv:row 4');
  });

  it('reports every unknown or duplicate column and stray cell instead of dropping it', () => {
    let error: unknown;
    try {
      parseCsvPair('id;nom;lat;lon\n', 'id;siteId;quantité;id\nf;s;1;g;extra\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).problems).toEqual([
      expect.objectContaining({ path: 'sites.csv:column B', code: 'unknown-column', value: 'nom' }),
      expect.objectContaining({ path: 'flows.csv:column C', code: 'unknown-column', value: 'quantité' }),
      expect.objectContaining({ path: 'flows.csv:column D', code: 'duplicate-column' }),
      expect.objectContaining({
        path: 'flows.csv:row 2, column E',
        code: 'cell-outside-columns',
        value: 'extra',
      }),
    ]);
    expect((error as FormatError).message).toMatch(/^toile formats: 4 problème/);
  });

  it('accepts headers in any case and reads the territory and zones files', () => {
    const { document } = parseCsvTextsWithSource({
      sitesCsv: 'ID;Name;LAT;lon;ZoneId\ns;S;1;2;z\n',
      flowsCsv: 'id\n',
      zonesCsv: 'id;name;kind\nz;Zone;zae\n',
      territoryCsv: 'key;value\nid;t\nname;Territoire\n',
    });
    expect(document).toEqual({
      format: 'toile.dataset/1',
      territory: { id: 't', name: 'Territoire' },
      zones: [{ id: 'z', name: 'Zone', kind: 'zae' }],
      sites: [{ id: 's', name: 'S', lat: 1, lon: 2, zoneId: 'z' }],
      flows: [],
    });
  });

  it('refuses unbalanced quotes with the line', () => {
    expect(() => parseCsvPair('id,name\n"a,b\n', 'id\n')).toThrow(FormatError);
  });
});
