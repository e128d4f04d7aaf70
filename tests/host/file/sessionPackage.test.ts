/**
 * Issue 13: every copy the file host writes patches the original package — marks and their
 * removal (also in a reopened copy), cell writes and undo, report sheets and the hidden store —
 * and leaves every part it does not write byte for byte.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FileWorkbookHost } from '../../../src/host/file/fileHost';
import { FileSession } from '../../../src/host/file/fileSession';
import * as sessionPackageModule from '../../../src/host/file/sessionPackage';
import { noteText } from '../../../src/host/file/markLook';
import { asExcelJsBuffer, toBytes, workbookWithPicture } from './xlsxFixtures';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.set(entry.name, Buffer.from(await entry.async('uint8array')).toString('latin1'));
  return out;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(asExcelJsBuffer(bytes));
  return wb;
}

const changedParts = (before: Map<string, string>, after: Map<string, string>) => [...before.keys()].filter((p) => after.get(p) !== before.get(p)).sort();

/** Drift: the budget table of the domain guide (mnkr), with a picture on another sheet. */
function driftWorkbook(): ExcelJS.Workbook {
  const wb = workbookWithPicture();
  const ws = wb.addWorksheet('Drift');
  ws.getCell('A1').value = 'Verksamhet';
  ws.getCell('B1').value = 'Budget';
  ws.getCell('C1').value = 'Utfall';
  ws.getCell('A2').value = 'Hälso- och sjukvård';
  ws.getCell('B2').value = 1234.5;
  ws.getCell('B2').numFmt = '# ##0.0';
  ws.getCell('B2').font = { bold: true, name: 'Arial', size: 10 };
  ws.getCell('C2').value = 1210.1;
  ws.getCell('C3').value = 8;
  ws.getCell('C3').note = 'Användarens anteckning';
  ws.addConditionalFormatting({ ref: 'B2:B9', rules: [{ type: 'expression', priority: 1, formulae: ['B2>0'], style: {} }] });
  ws.getCell('D4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"ja,nej"'] };
  return wb;
}

describe('FileWorkbookHost: the copy patches the original package', () => {
  it('marks: keeps the picture and every other part, formats and the user note, and opens on the sheet last shown', async () => {
    const original = await toBytes(driftWorkbook());
    const host = await FileWorkbookHost.open(original, 'drift.xlsx');
    await host.selectCell('Drift', 'B2');
    await host.writeMarks([
      { sheet: 'Drift', cell: 'B2', severity: 'error', note: 'Periodkoll (R1): fel med _x0041_ och <tecken> & "citat"' },
      { sheet: 'Drift', cell: 'C3', severity: 'warning', note: 'varning' },
      { sheet: 'Drift', cell: 'E7', severity: 'warning', note: 'tom cell' },
    ]);
    const copy = await host.toBuffer();
    expect(host.lostDrawings).toBe(false);
    const [before, after] = [await parts(original), await parts(copy)];
    expect(changedParts(before, after)).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet2.xml'].filter((p) => before.has(p)));
    expect([...after.keys()].filter((p) => p.startsWith('xl/media/'))).toHaveLength(1);
    const sheet = (m: Map<string, string>) => m.get('xl/worksheets/sheet2.xml')!;
    for (const kept of ['conditionalFormatting', 'dataValidations']) {
      const element = (x: string) => new RegExp(`<${kept}[\\s\\S]*</${kept}>`).exec(x)![0];
      expect(element(sheet(after))).toBe(element(sheet(before)));
    }

    const wb = await load(copy);
    expect(wb.views[0].activeTab).toBe(1);
    const drift = wb.getWorksheet('Drift')!;
    expect(drift.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } });
    expect(drift.getCell('B2')).toMatchObject({ numFmt: '# ##0.0', value: 1234.5 });
    expect(drift.getCell('B2').font).toMatchObject({ bold: true, name: 'Arial', size: 10 });
    expect(noteText(drift.getCell('B2').note)).toBe('Periodkoll (R1): fel med _x0041_ och <tecken> & "citat"');
    expect(drift.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFC000' } });
    expect(drift.getCell('E7').fill).toMatchObject({ fgColor: { argb: 'FFFFC000' } });
  });

  it('clears marks in a reopened copy by patching it: the cells get their formats and notes back', async () => {
    const original = await toBytes(driftWorkbook());
    const first = await FileWorkbookHost.open(original, 'drift.xlsx');
    await first.writeMarks([
      { sheet: 'Drift', cell: 'B2', severity: 'error', note: 'fel' },
      { sheet: 'Drift', cell: 'C3', severity: 'warning', note: 'varning' },
    ]);
    const marked = await first.toBuffer();

    const reopened = await FileWorkbookHost.open(marked, 'drift.xlsx');
    expect(await reopened.hasMarks()).toBe(true);
    expect(await reopened.clearMarks()).toEqual({ restored: 2 });
    const cleared = await reopened.toBuffer();
    expect(reopened.lostDrawings).toBe(false);
    const [before, after] = [await parts(original), await parts(cleared)];
    expect([...after.keys()].filter((p) => p.startsWith('xl/media/'))).toHaveLength(1);
    // The mark backup sheet is gone again; the sheets' cells have their original formats.
    const cells = (xml: string) => /<sheetData>[\s\S]*<\/sheetData>/.exec(xml)![0];
    expect(cells(after.get('xl/worksheets/sheet2.xml')!)).toBe(cells(before.get('xl/worksheets/sheet2.xml')!));
    expect(after.get('xl/workbook.xml')).toBe(before.get('xl/workbook.xml'));
    const wb = await load(cleared);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Logga', 'Drift']);
    const drift = wb.getWorksheet('Drift')!;
    expect(drift.getCell('B2').fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(drift.getCell('B2').note).toBeUndefined();
    expect(noteText(drift.getCell('C3').note)).toBe('Användarens anteckning');
  });

  it('gives back the file unchanged when marks are cleared in the same session', async () => {
    const original = await toBytes(driftWorkbook());
    const host = await FileWorkbookHost.open(original, 'drift.xlsx');
    await host.writeMarks([{ sheet: 'Drift', cell: 'B2', severity: 'error', note: 'fel' }]);
    await host.clearMarks();
    expect(await parts(await host.toBuffer())).toEqual(await parts(original));
  });

  it('writes budgetavvikelse formulas with their results and the undo journal; undo puts the cells back', async () => {
    const original = await toBytes(driftWorkbook());
    const host = await FileWorkbookHost.open(original, 'drift.xlsx');
    const receipt = await host.writeCells(
      [
        { sheet: 'Drift', cell: 'D1', value: 'Avvikelse', bold: true },
        { sheet: 'Drift', cell: 'D2', formula: '=B2-C2', result: 24.4, numberFormat: '#,##0.0' },
      ],
      'Budgetavvikelse',
    );
    const written = await host.toBuffer();
    expect(host.lostDrawings).toBe(false);
    const after = await parts(written);
    expect([...after.keys()].filter((p) => p.startsWith('xl/media/'))).toHaveLength(1);
    const sheet = after.get('xl/worksheets/sheet2.xml')!;
    expect(sheet).toMatch(/<c r="D2" s="\d+"><f>B2-C2<\/f><v>24.4<\/v><\/c>/);
    expect(after.get('xl/workbook.xml')).toMatch(/fullCalcOnLoad="1"/);
    const wb = await load(written);
    const drift = wb.getWorksheet('Drift')!;
    expect(drift.getCell('D1')).toMatchObject({ value: 'Avvikelse' });
    expect(drift.getCell('D1').font).toMatchObject({ bold: true });
    expect(drift.getCell('D2').numFmt).toBe('#,##0.0');
    expect(wb.getWorksheet('Periodkoll_data')?.state).toBe('veryHidden');

    // The journal travels with the copy: undo in a new session.
    const reopened = await FileWorkbookHost.open(written, 'drift.xlsx');
    expect((await reopened.listWrites()).map((w) => w.id)).toEqual([receipt.id]);
    expect(await reopened.undoWrite()).toBe(2);
    const undone = await parts(await reopened.toBuffer());
    // Empty D1 and D2 stay behind, and the rows' column spans still include them.
    const cells = (xml: string) => /<sheetData>[\s\S]*<\/sheetData>/.exec(xml)![0].replace(/ spans="[^"]*"/g, '');
    expect(cells(undone.get('xl/worksheets/sheet2.xml')!).replace(/<c r="D[12]"\/>/g, '')).toBe(cells((await parts(original)).get('xl/worksheets/sheet2.xml')!));
    expect(undone.has('xl/worksheets/sheet3.xml')).toBe(false);
  });

  it('overwriting the master of a shared formula gives the rest of its block their own formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Drift');
    [10, 20, 30].forEach((v, i) => (ws.getCell(`A${i + 1}`).value = v));
    ws.getCell('B1').value = { formula: 'A1*2', result: 20, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 40 } as ExcelJS.CellValue;
    ws.getCell('B3').value = { sharedFormula: 'B1', result: 60 } as ExcelJS.CellValue;
    const host = await FileWorkbookHost.open(await toBytes(wb), 'delad.xlsx');
    await host.writeCells([{ sheet: 'Drift', cell: 'B1', value: 5 }], 'Test');
    const sheet = (await parts(await host.toBuffer())).get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toMatch(/<c r="B1"><v>5<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B2"><f>A2\*2<\/f><v>40<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B3"><f>A3\*2<\/f><v>60<\/v><\/c>/);
    expect(sheet).not.toMatch(/t="shared"/);
  });

  it('adds a report sheet with computed formula results and replaces it in place', async () => {
    const original = await toBytes(driftWorkbook());
    const host = await FileWorkbookHost.open(original, 'drift.xlsx');
    const report = {
      name: 'Kontrollrapport',
      rows: [[{ text: 'Summa', bold: true as const }, { formula: '=Drift!B2+Drift!C2', numberFormat: '#,##0.0' }], ['Se', { text: 'B2', link: { sheet: 'Drift', cell: 'B2' } }]],
      widths: [20, 12],
    };
    await host.writeReportSheet(report, { replace: false });
    // The page's preview shows the figure too.
    const shown = (await host.readWorkbook()).sheets.find((s) => s.name === 'Kontrollrapport')!;
    expect(shown.rows[0]![1]).toMatchObject({ formula: '=Drift!B2+Drift!C2', value: 2444.6 });
    const copy = await host.toBuffer();
    const wb = await load(copy);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Logga', 'Drift', 'Kontrollrapport']);
    const sheet = wb.getWorksheet('Kontrollrapport')!;
    expect(sheet.getCell('B1').value).toMatchObject({ formula: 'Drift!B2+Drift!C2', result: 2444.6 });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B2').value).toMatchObject({ result: 'B2' });
    expect(sheet.getColumn(1).width).toBe(20);
    expect(wb.views[0].activeTab).toBe(2);
    expect([...(await parts(copy)).keys()].filter((p) => p.startsWith('xl/media/'))).toHaveLength(1);

    const reopened = await FileWorkbookHost.open(copy, 'drift.xlsx');
    await reopened.writeReportSheet({ ...report, rows: [['Ny']] }, { replace: true });
    const again = await load(await reopened.toBuffer());
    expect(again.worksheets.map((w) => w.name)).toEqual(['Logga', 'Drift', 'Kontrollrapport']);
    expect(again.getWorksheet('Kontrollrapport')!.getCell('A1').value).toBe('Ny');
    expect(again.getWorksheet('Kontrollrapport')!.getCell('B1').value).toBeNull();
  });

  it('reads without ExcelJS: the workbook is loaded for writing only at the first write, once', async () => {
    const sessionLoad = jest.spyOn(FileSession, 'load');
    try {
      const original = await toBytes(driftWorkbook());
      const host = await FileWorkbookHost.open(original, 'drift.xlsx');
      const model = await host.readWorkbook();
      expect(model.sheets.map((s) => s.name)).toEqual(['Logga', 'Drift']);
      expect(await host.hasMarks()).toBe(false);
      expect(await host.clearMarks()).toEqual({ restored: 0 });
      await host.selectCell('Drift', 'B2');
      const shown = await load(await host.toBuffer());
      expect(shown.views[0].activeTab).toBe(1);
      expect(sessionLoad).not.toHaveBeenCalled();
      await host.writeMarks([{ sheet: 'Drift', cell: 'B2', severity: 'error', note: 'fel' }]);
      await host.writeMarks([{ sheet: 'Drift', cell: 'C2', severity: 'warning', note: 'varning' }]);
      expect(sessionLoad).toHaveBeenCalledTimes(1);
      expect(await host.readWorkbook()).toEqual(model);
    } finally {
      sessionLoad.mockRestore();
    }
  });

  it('a copy asked for while marks are being written waits for them (the page does not block its download button)', async () => {
    const host = await FileWorkbookHost.open(await toBytes(driftWorkbook()), 'drift.xlsx');
    const marking = host.writeMarks([{ sheet: 'Drift', cell: 'B2', severity: 'error', note: 'fel' }]);
    const copy = host.toBuffer();
    expect(await marking).toMatchObject({ marked: 1 });
    expect((await load(await copy)).getWorksheet('Drift')!.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
  });

  it('writes the copy with ExcelJS when the package cannot be patched, and says the picture is lost', async () => {
    const spy = jest.spyOn(sessionPackageModule, 'sessionPackage').mockRejectedValueOnce(new Error('unexpected XML'));
    try {
      const host = await FileWorkbookHost.open(await toBytes(driftWorkbook()), 'drift.xlsx');
      await host.writeMarks([{ sheet: 'Drift', cell: 'B2', severity: 'error', note: 'fel' }]);
      expect(host.lostDrawings).toBe(false);
      const copy = await host.toBuffer();
      expect(host.lostDrawings).toBe(true);
      expect((await load(copy)).getWorksheet('Drift')!.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    } finally {
      spy.mockRestore();
    }
  });
});
