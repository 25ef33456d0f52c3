// The workshop template: French explanatory sheets, drop-down lists, and it reads back as an empty but
// well-formed document that validates once a facilitator (here, the test) has filled in a few rows.

import { Workbook } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { RESOURCES, validateDataset } from '@toile/flow-model';
import { parseCsvZip } from './csv-zip';
import { parseWorkbook } from './workbook-read';
import { templateCsvZip } from './template-csv';
import { templateWorkbook } from './template-workbook';

const EMPTY_DOCUMENT = { format: 'toile.dataset/1', zones: [], sites: [], flows: [] };

async function loadTemplate(): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load((await templateWorkbook()) as unknown as ArrayBuffer);
  return workbook;
}

function setRow(
  workbook: Workbook,
  sheetName: string,
  rowNumber: number,
  values: Record<string, unknown>,
): void {
  const sheet = workbook.getWorksheet(sheetName)!;
  const header = sheet.getRow(1).values as unknown[];
  for (const [name, value] of Object.entries(values)) {
    const column = header.indexOf(name);
    if (column < 0) throw new Error(`no column ${name} in ${sheetName}`);
    sheet.getRow(rowNumber).getCell(column).value = value as never;
  }
}

describe('workshop template', () => {
  it('has the French explanatory sheets and the data sheets', async () => {
    const workbook = await loadTemplate();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'lisez-moi',
      'territory',
      'zones',
      'sites',
      'flows',
      'ressources',
      'unites',
    ]);
    const readMe = workbook.getWorksheet('lisez-moi')!;
    expect(String(readMe.getCell('A1').value)).toContain('modèle de saisie');
    const resources = workbook.getWorksheet('ressources')!;
    expect(resources.rowCount).toBe(RESOURCES.length + 1);
    expect(resources.getCell('A2').value).toBe(RESOURCES[0].key);
    expect(resources.getCell('D2').value).toBe(RESOURCES[0].labelFr);
    const flows = workbook.getWorksheet('flows')!;
    expect(String(flows.getCell('A1').note)).toContain('Obligatoire : oui');
    expect(flows.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"output,input"'] });
    expect(flows.getCell('D500').dataValidation).toMatchObject({
      formulae: [`ressources!$A$2:$A$${RESOURCES.length + 1}`],
    });
  });

  it('reads back as an empty, well-formed document', async () => {
    expect(await parseWorkbook(await templateWorkbook())).toEqual(EMPTY_DOCUMENT);
    expect(parseCsvZip(templateCsvZip())).toEqual(EMPTY_DOCUMENT);
  });

  it('validates once filled in with a few rows', async () => {
    const workbook = await loadTemplate();
    setRow(workbook, 'territory', 2, { value: 'pays-de-caux' });
    setRow(workbook, 'territory', 3, { value: 'Pays de Caux' });
    setRow(workbook, 'zones', 2, { id: 'zi-port', name: 'ZI du port', kind: 'port' });
    setRow(workbook, 'sites', 2, {
      id: 'laiterie',
      name: 'Laiterie',
      lat: 49.76,
      lon: '0,37',
      zoneId: 'zi-port',
    });
    setRow(workbook, 'sites', 3, { id: 'serres', name: 'Serres maraîchères', lat: '49.7', lon: 0.4 });
    setRow(workbook, 'flows', 2, {
      id: 'laiterie-chaleur',
      siteId: 'laiterie',
      direction: 'output',
      resource: 'heat',
      quantity: 4200,
      unit: 'MWh/yr',
      temperatureC: 45,
    });
    setRow(workbook, 'flows', 4, {
      id: 'serres-chaleur',
      siteId: 'serres',
      direction: 'input',
      resource: 'heat',
      quantity: '3 000',
      unit: 'MWh/yr',
      temperatureC: 35,
      hazardous: 'non',
      price: 38.5,
      priceUnit: 'EUR/MWh',
    });
    const document = await parseWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(validateDataset(document)).toEqual([]);
    expect(document).toMatchObject({
      territory: { id: 'pays-de-caux', name: 'Pays de Caux' },
      flows: [{ id: 'laiterie-chaleur' }, { id: 'serres-chaleur', quantity: 3000, price: { value: 38.5 } }],
    });
  });

  it('ships a French read-me, the vocabulary and header-only CSV files in the CSV template', () => {
    const files = unzipSync(templateCsvZip());
    expect(Object.keys(files).sort()).toEqual(
      [
        'LISEZ-MOI.txt',
        'flows.csv',
        'ressources.csv',
        'sites.csv',
        'territory.csv',
        'unites.csv',
        'zones.csv',
      ].sort(),
    );
    expect(strFromU8(files['LISEZ-MOI.txt'])).toContain('flows.csv, temperatureC');
    expect([...files['sites.csv'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(files['sites.csv'])).toBe('id;name;lat;lon;siret;nace;zoneId;confidentiality;note\n');
    expect(strFromU8(files['ressources.csv']).split('\n')).toHaveLength(RESOURCES.length + 2);
  });
});
