// The workbook reader on workbooks built cell by cell: cell types (formulas, rich text, booleans, numeric
// text), missing sheets, unknown columns, empty rows, and input that is not a workbook at all.

import { Workbook } from 'exceljs';
import { FormatError } from './format-error';
import { locateProblem } from './dataset-assembly';
import { parseWorkbook, parseWorkbookWithSource } from './workbook-read';

async function workbookOf(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const workbook = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row) => sheet.addRow(row));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function formatErrorOf(promise: Promise<unknown>): Promise<FormatError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('parseWorkbook', () => {
  it('converts cells by column: formulas, rich text, numeric text, booleans, empty cells absent', async () => {
    const buffer = await workbookOf({
      Sites: [
        ['id', 'name', 'lat', 'lon', 'siret'],
        [
          's',
          { richText: [{ text: 'Usine ' }, { text: 'Nord' }] },
          '49,5',
          { formula: '1+1', result: 2 },
          73282932000074,
        ],
      ],
      flows: [
        ['id', 'siteId', 'quantity', 'hazardous', 'acceptsEwc', 'note'],
        ['f', 's', ' 1 200 ', 'OUI', '10 01 04* ; 19 01 13*', "'=SUM(A1)"],
        [null, null, null, null, null, null],
        ['g', 's', 'beaucoup', false, null, null],
      ],
      'lisez-moi': [['ignored'], ['anything']],
    });
    const { document, sourceMap } = await parseWorkbookWithSource(buffer);
    expect(document).toEqual({
      format: 'toile.dataset/1',
      zones: [],
      sites: [{ id: 's', name: 'Usine Nord', lat: 49.5, lon: 2, siret: '73282932000074' }],
      flows: [
        {
          id: 'f',
          siteId: 's',
          quantity: 1200,
          hazardous: true,
          acceptsEwc: ['10 01 04*', '19 01 13*'],
          note: '=SUM(A1)',
        },
        { id: 'g', siteId: 's', quantity: 'beaucoup', hazardous: false },
      ],
    });
    expect(locateProblem('$.flows[1].quantity', sourceMap)).toBe('flows:row 4');
  });

  it('lists every missing sheet', async () => {
    const error = await formatErrorOf(parseWorkbook(await workbookOf({ autre: [['x']] })));
    expect(error.problems.map((problem) => problem.code)).toEqual(['missing-sheet', 'missing-sheet']);
    expect(error.problems[0].reason).toContain('« sites »');
  });

  it('reports unknown columns and unknown territory keys', async () => {
    const buffer = await workbookOf({
      territory: [
        ['key', 'value'],
        ['id', 't'],
        ['région', 'Normandie'],
      ],
      sites: [['id', 'name', 'latitude']],
      flows: [['id']],
    });
    const error = await formatErrorOf(parseWorkbook(buffer));
    expect(error.problems).toEqual([
      expect.objectContaining({ path: 'territory:row 3', code: 'unknown-key', value: 'région' }),
      expect.objectContaining({ path: 'sites:column C', code: 'unknown-column', value: 'latitude' }),
    ]);
  });

  it('refuses what is not a workbook, without a library stack', async () => {
    const notZip = await formatErrorOf(parseWorkbook(Buffer.from('id,name\n')));
    expect(notZip.problems[0]).toMatchObject({ code: 'not-a-workbook' });
    const { zipSync } = await import('fflate');
    const zipButNotXlsx = await formatErrorOf(
      parseWorkbook(Buffer.from(zipSync({ 'a.txt': new Uint8Array(3) }))),
    );
    expect(zipButNotXlsx.problems[0]).toMatchObject({ code: 'not-a-workbook' });
    const brokenXlsx = await formatErrorOf(
      parseWorkbook(Buffer.from(zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<oops') }))),
    );
    expect(brokenXlsx.problems[0]).toMatchObject({ code: 'unreadable-workbook' });
    expect(brokenXlsx.message).not.toMatch(/\n\s+at /);
    expect(zipButNotXlsx.message).not.toMatch(/\n\s+at /);
  });
});
