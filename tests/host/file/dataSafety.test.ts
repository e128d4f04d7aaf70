/**
 * The file host never damages the user's workbook: validating writes nothing (the bytes are the
 * same before and after), marks and their removal give back every fill, note and conditional
 * format as it was, and a write that fails half-way leaves the workbook unchanged.
 */
import ExcelJS from 'exceljs';
import { validateWorkbook } from '../../../src/core/engine/validate';
import * as cellLook from '../../../src/host/file/cellLook';
import { FileWorkbookHost } from '../../../src/host/file/fileHost';
import { readWorkbookBuffer } from '../../../src/host/file/readWorkbookBuffer';
import type { CellMark } from '../../../src/host/port';
import { asExcelJsBuffer, toBytes } from './xlsxFixtures';

const SHEET = 'Resultatrapport';

/** The resultatrapport with what marks must give back: fills (plain and patterned), notes and a conditional format. */
async function decoratedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  const rows: Array<Array<string | number | null>> = [
    [null, 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack'],
    ['Erhållna bidrag', 34.0, 32.8, 1.2],
    ['Övriga intäkter', 0.0, 0.0, 0.0],
    ['Summa Intäkter', 40.0, 32.8, 1.2],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null) ws.getCell(r + 1, c + 1).value = v;
  }));
  ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
  ws.getCell('C4').fill = { type: 'pattern', pattern: 'lightUp', fgColor: { argb: 'FF4472C4' }, bgColor: { argb: 'FFDDEBF7' } };
  ws.getCell('B4').note = 'Avstämt mot huvudboken 2025-08-10';
  ws.getCell('D4').note = { texts: [{ text: 'Fet', font: { bold: true } }, { text: ' och vanlig text' }] };
  ws.addConditionalFormatting({
    ref: 'B2:D4',
    rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['0'], priority: 1, style: { font: { color: { argb: 'FF9C0006' } } } }],
  });
  return toBytes(wb);
}

const MARKS: CellMark[] = [
  { sheet: SHEET, cell: 'B4', severity: 'error', note: 'Periodkoll (sum.row-total): Summa Intäkter är 40,0 men raderna ger 34,0.' },
  { sheet: SHEET, cell: 'C4', severity: 'warning', note: 'Periodkoll (x.y): en varning' },
  { sheet: SHEET, cell: 'B2', severity: 'warning', note: 'Periodkoll (x.y): en till' },
  { sheet: SHEET, cell: 'D3', severity: 'error', note: 'Periodkoll (x.y): en cell utan fyllning' },
];

/** Everything a mark may touch or must leave alone, per cell, plus the sheet's conditional formats. */
async function looks(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(asExcelJsBuffer(bytes));
  const ws = wb.getWorksheet(SHEET)!;
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, fill: cell.fill ?? null, note: cell.note ?? null, numFmt: cell.numFmt, font: cell.font ?? null };
    }),
  );
  // ExcelJS keeps a sheet's conditional formats on a field its typings do not declare.
  const conditional = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
  return { sheets: wb.worksheets.map((s) => `${s.name}:${s.state}`), cells, conditional };
}

describe('the file host keeps the workbook safe', () => {
  it('validating changes no byte of the file and writes nothing into the workbook', async () => {
    const bytes = await decoratedWorkbook();
    const copy = bytes.slice();
    const host = await FileWorkbookHost.open(bytes, 'rapport.xlsx');
    const report = validateWorkbook(await host.readWorkbook());
    expect(report.findings.some((f) => f.cell === 'B4' && f.severity === 'error')).toBe(true);
    expect(bytes).toEqual(copy);
    expect(await host.hasMarks()).toBe(false);
    // A copy saved after validating reads exactly like the original.
    expect(await looks(await host.toBuffer())).toEqual(await looks(bytes));
    expect(await readWorkbookBuffer(await host.toBuffer(), 'x.xlsx')).toEqual(await readWorkbookBuffer(bytes, 'x.xlsx'));
  });

  it('gives back every fill, note and conditional format after marking, saving, reopening and clearing', async () => {
    const original = await decoratedWorkbook();
    const host = await FileWorkbookHost.open(original, 'rapport.xlsx');
    const plain = await looks(await host.toBuffer());
    expect((await host.writeMarks(MARKS)).marked).toBe(4);
    const marked = await host.toBuffer();
    expect((await looks(marked)).cells.B4).toMatchObject({ fill: { fgColor: { argb: 'FFFF0000' } } });

    const reopened = await FileWorkbookHost.open(marked, 'rapport.xlsx');
    expect(await reopened.clearMarks()).toEqual({ restored: 4 });
    const cleared = await looks(await reopened.toBuffer());
    expect(cleared).toEqual(plain);
    expect(cleared.conditional).toHaveLength(1);
    expect(cleared.cells.C4).toMatchObject({ fill: { pattern: 'lightUp' } });
  });

  it.each([1, 2, 3, 4, 6, 7])('leaves the workbook unchanged when writing the marks fails at cell write %i', async (failAt) => {
    const host = await FileWorkbookHost.open(await decoratedWorkbook(), 'rapport.xlsx');
    const before = await looks(await host.toBuffer());
    // Each marked cell is two writes (fill, then note); the failure hits one of them.
    let writes = 0;
    const fail = () => {
      if (++writes === failAt) throw new Error('injected failure');
    };
    const [realFill, realNote] = [cellLook.setCellFill, cellLook.setCellNote];
    const fill = jest.spyOn(cellLook, 'setCellFill');
    const note = jest.spyOn(cellLook, 'setCellNote');
    fill.mockImplementation((cell, value) => {
      fail();
      realFill(cell, value);
    });
    note.mockImplementation((cell, value) => {
      fail();
      realNote(cell, value);
    });
    try {
      await expect(host.writeMarks(MARKS)).rejects.toThrow('injected failure');
    } finally {
      fill.mockRestore();
      note.mockRestore();
    }
    expect(await host.hasMarks()).toBe(false);
    expect(await looks(await host.toBuffer())).toEqual(before);
    // And the host still works: marking again and clearing round-trips.
    expect((await host.writeMarks(MARKS)).marked).toBe(4);
    expect(await host.clearMarks()).toEqual({ restored: 4 });
    expect(await looks(await host.toBuffer())).toEqual(before);
  });

  it('writes nothing on a protected sheet and says why in Swedish', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(asExcelJsBuffer(await decoratedWorkbook()));
    await wb.getWorksheet(SHEET)!.protect('', {});
    const bytes = await toBytes(wb);
    const host = await FileWorkbookHost.open(bytes, 'rapport.xlsx');
    const before = await looks(await host.toBuffer());
    const result = await host.writeMarks(MARKS);
    expect(result.marked).toBe(0);
    expect(result.skipped).toHaveLength(4);
    expect(result.skipped[0].reason).toMatch(/skyddat/);
    expect(await looks(await host.toBuffer())).toEqual(before);
  });
});
