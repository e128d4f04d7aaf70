import ExcelJS from 'exceljs';
import { cellAt, type Sheet } from '../../../src/core/model/workbook';
import { readWorkbookBuffer } from '../../../src/host/file/readWorkbook';
import {
  asExcelJsBuffer,
  hiddenAndProtectedWorkbook,
  richWorkbook,
  toBytes,
  withChartShapesDrawing,
  workbookWithPicture,
} from './xlsxFixtures';

async function readRich(): Promise<Sheet> {
  const wb = await readWorkbookBuffer(await toBytes(richWorkbook()), 'rapport.xlsx');
  expect(wb.name).toBe('rapport.xlsx');
  expect(wb.sheets.map((s) => s.name)).toEqual(['Resultat']);
  return wb.sheets[0];
}

describe('readWorkbookBuffer: cells', () => {
  let sheet: Sheet;
  beforeAll(async () => {
    sheet = await readRich();
  });
  const at = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return cellAt(sheet, Number(m[2]), m[1].charCodeAt(0) - 64);
  };

  it('reads constants with their number format', () => {
    expect(at('A2')).toEqual({ value: 'Intäkter', type: 'text', numberFormat: 'General' });
    expect(at('B2')).toEqual({ value: 120.5, type: 'number', numberFormat: '0.0' });
    expect(at('C8')).toMatchObject({ value: true, type: 'boolean' });
    expect(at('B9')).toMatchObject({ value: 0.25, type: 'number', numberFormat: '0%' });
  });

  it('gives formula cells their cached result and an A1 formula with "="', () => {
    expect(at('B5')).toEqual({ value: 10.5, type: 'number', formula: '=SUM(B2:B4)', numberFormat: 'General' });
    // Falsy results are results too.
    expect(at('D5')).toMatchObject({ value: 0, type: 'number', formula: '=C5-C5' });
    expect(at('E5')).toMatchObject({ value: false, type: 'boolean', formula: '=C5<0' });
  });

  it('expands shared formulas to each cell’s own formula', () => {
    expect(at('D2').formula).toBe('=C2-B2');
    expect(at('D3')).toMatchObject({ formula: '=C3-B3', value: -4.200000000000003 });
    expect(at('D4')).toMatchObject({ formula: '=C4-B4', value: 0 });
    // 2-D block: relative parts move with the cell, $B$6 stays.
    expect(at('F2').formula).toBe('=B2*$B$6');
    expect(at('G2').formula).toBe('=C2*$B$6');
    expect(at('F3').formula).toBe('=B3*$B$6');
    expect(at('G3')).toMatchObject({ formula: '=C3*$B$6', value: -168.4 });
  });

  it('keeps an array formula on its anchor cell; the other cells hold results', () => {
    expect(at('E2')).toMatchObject({ formula: '=B2:B3*2', value: 241 });
    expect(at('E3')).toEqual({ value: -160, type: 'number', numberFormat: 'General' });
  });

  it('reads error cells and error results as type "error" with the literal', () => {
    expect(at('B7')).toMatchObject({ value: '#DIV/0!', type: 'error', formula: '=B5/0' });
    expect(at('C7')).toMatchObject({ value: '#N/A', type: 'error' });
    expect(at('C7').formula).toBeUndefined();
    // Error text pasted as a value is text; a rule tells the two apart.
    expect(at('D7')).toMatchObject({ value: '#DIVISION/0!', type: 'text' });
  });

  it('turns rich text and hyperlinks into plain text, and keeps Swedish number text as text', () => {
    expect(at('A8')).toMatchObject({ value: 'Fet rubrik', type: 'text' });
    expect(at('B8')).toMatchObject({ value: 'Regionen', type: 'text' });
    expect(at('D8')).toMatchObject({ value: '1 234,5', type: 'text' });
  });

  it('stores dates as Excel serial numbers with their date format', () => {
    expect(at('A9')).toEqual({ value: 45838, type: 'number', numberFormat: 'yyyy-mm-dd' }); // 2025-06-30
  });

  it('reports merged ranges and leaves the covered cells empty', () => {
    expect(sheet.merges).toEqual([{ top: 11, left: 1, bottom: 11, right: 3 }]);
    expect(at('A11').value).toBe('Sammanfogad rubrik');
    expect(at('B11').type).toBe('empty');
    expect(at('C11').type).toBe('empty');
  });

  it('sets rowCount/colCount to the last used row and column', () => {
    expect(sheet.rowCount).toBe(11);
    expect(sheet.colCount).toBe(7);
    expect(at('A10').type).toBe('empty');
  });

  it('produces plain JSON-serialisable data', () => {
    const copy = JSON.parse(JSON.stringify(sheet)) as Sheet;
    expect(cellAt(copy, 3, 4)).toEqual(cellAt(sheet, 3, 4));
  });
});

describe('readWorkbookBuffer: workbook and sheet properties', () => {
  it('marks hidden and protected sheets and reads workbook-level defined names', async () => {
    const wb = await readWorkbookBuffer(await toBytes(await hiddenAndProtectedWorkbook()), 'skydd.xlsx');
    const byName = Object.fromEntries(wb.sheets.map((s) => [s.name, s]));
    expect(byName.Synligt.hidden).toBeUndefined();
    expect(byName.Synligt.protected).toBeUndefined();
    expect(byName.Dolt.hidden).toBe(true);
    expect(byName.Skyddat.protected).toBe(true);
    expect(wb.definedNames).toEqual({ Ram: 'Synligt!$A$1' });
  });

  it('converts dates of a 1904-based workbook to 1904 serials', async () => {
    const x = new ExcelJS.Workbook();
    x.properties.date1904 = true;
    const ws = x.addWorksheet('Datum');
    ws.getCell('A1').value = new Date(Date.UTC(2025, 5, 30));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    const wb = await readWorkbookBuffer(await toBytes(x), 'mac.xlsx');
    expect(cellAt(wb.sheets[0], 1, 1).value).toBe(45838 - 1462);
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await toBytes(richWorkbook());
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const wb = await readWorkbookBuffer(ab, 'ab.xlsx');
    expect(wb.sheets[0].rowCount).toBe(11);
  });
});

describe('readWorkbookBuffer: drawings', () => {
  it('reads the cells of a sheet with a picture', async () => {
    const wb = await readWorkbookBuffer(await toBytes(workbookWithPicture()), 'logga.xlsx');
    expect(cellAt(wb.sheets[0], 5, 1)).toMatchObject({ value: 42, type: 'number' });
  });

  it('does not fail on a drawing ExcelJS cannot reconcile', async () => {
    const bytes = await withChartShapesDrawing(await toBytes(workbookWithPicture()));
    // The raw library fails on it: this is the case the reader must absorb.
    await expect(new ExcelJS.Workbook().xlsx.load(asExcelJsBuffer(bytes))).rejects.toThrow(/anchors/);
    const wb = await readWorkbookBuffer(bytes, 'diagram.xlsx');
    expect(cellAt(wb.sheets[0], 5, 1)).toMatchObject({ value: 42, type: 'number' });
  });
});
