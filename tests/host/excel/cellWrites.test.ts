import { createExcelHost } from '../../../src/host/excel';
import type { CellWrite } from '../../../src/host/port';
import { FakeExcel, isWrite } from './fakeExcel';
import { reopened, type FakeState } from './fakeState';
import { periodrapport } from './workbooks';

function hostFor(excel: FakeExcel) {
  return createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
}

function cell(state: FakeState, sheet: string, row: number, col: number) {
  return state.sheets.find((s) => s.name === sheet)!.cells.get(`${row},${col}`);
}

/** Kostnader in the fake: −86,6 utfall against −84,2 budget; the variance is written as =C6-D6. */
const WRITES: CellWrite[] = [
  { sheet: 'Resultaträkning', cell: 'E6', formula: '=C6-D6', numberFormat: '0.0' },
  { sheet: 'Resultaträkning', cell: 'G4', value: 'Status', bold: true },
  { sheet: 'Resultaträkning', cell: 'G6', value: 'Ej uppnått', fill: 'FFC7CE', fontColor: '9C0006' },
];

describe('writeCells and undo in Excel', () => {
  test('three round trips (sheets and journal, the cells as they are, then journal and cells) write live formulas, values and fills', async () => {
    const state = periodrapport();
    const excel = new FakeExcel(state);
    const receipt = await hostFor(excel).writeCells(WRITES, 'Avvikelser i Resultaträkning');
    expect(excel.syncs).toHaveLength(3);
    expect(excel.calls.filter((c) => isWrite(c) && c.sync < 3)).toEqual([]);
    // The journal entry is the first write of the request, so cells never change unrecorded.
    expect(excel.calls.find(isWrite)).toMatchObject({ object: 'workbook.settings', name: 'add' });
    expect(receipt.written).toBe(3);
    expect(cell(state, 'Resultaträkning', 6, 5)).toMatchObject({ formula: '=C6-D6', numberFormat: '0.0' });
    expect(cell(state, 'Resultaträkning', 6, 7)).toMatchObject({ value: 'Ej uppnått', fontColor: '#9C0006', fill: expect.objectContaining({ color: '#FFC7CE' }) });
    expect(state.settings.has('periodkoll.writes')).toBe(true);
  });

  test('undo — also after saving and reopening — brings back every cell exactly as it was', async () => {
    const original = periodrapport();
    const excel = new FakeExcel(periodrapport());
    await hostFor(excel).writeCells(WRITES, 'x');
    const again = new FakeExcel(reopened(excel.state));
    const host = hostFor(again);
    expect(await host.listWrites()).toEqual([expect.objectContaining({ label: 'x', cells: 3 })]);
    expect(await host.undoWrite()).toBe(3);
    for (const [row, col] of [[6, 5], [4, 7], [6, 7]]) {
      const was = cell(original, 'Resultaträkning', row, col);
      const now = cell(again.state, 'Resultaträkning', row, col);
      // The fake does not calculate, so a formula cell is compared by its formula.
      expect({ content: now?.formula ?? now?.value ?? null, fill: now?.fill, bold: now?.bold ?? false }).toEqual({
        content: was?.formula ?? was?.value ?? null,
        fill: was?.fill,
        bold: was?.bold ?? false,
      });
    }
    expect(again.state.settings.has('periodkoll.writes')).toBe(false);
    expect(await host.undoWrite()).toBe(0);
  });

  test('a user label that looks like a formula is written inert, as text', async () => {
    const state = periodrapport();
    await hostFor(new FakeExcel(state)).writeCells([{ sheet: 'Resultaträkning', cell: 'H9', value: "+cmd|' /C calc'!A0" }], 'x');
    expect(cell(state, 'Resultaträkning', 9, 8)).toMatchObject({ value: "+cmd|' /C calc'!A0", numberFormat: '@' });
    expect(cell(state, 'Resultaträkning', 9, 8)?.formula).toBeUndefined();
  });

  test('a protected sheet refuses the whole write after two read-only round trips', async () => {
    const state = periodrapport();
    state.sheets[0].protected = true;
    const excel = new FakeExcel(state);
    await expect(hostFor(excel).writeCells(WRITES, 'x')).rejects.toEqual(expect.objectContaining({ code: 'protected' }));
    expect(excel.syncs).toHaveLength(2);
    expect(excel.calls.filter(isWrite)).toEqual([]);
  });
});

describe('a write with a note (a plain formula with its chain)', () => {
  const noteOf = (state: FakeState, sheet: string, addr: string) => state.sheets.find((s) => s.name === sheet)!.notes.get(addr)?.content;
  const CHAIN = '1 000 000 × 1,035 = 1 035 000 (LPIK 2024)';

  test('sets the note with the formula; undo removes a note the cell did not have', async () => {
    const state = periodrapport();
    const host = hostFor(new FakeExcel(state));
    await host.writeCells([{ sheet: 'Resultaträkning', cell: 'F6', formula: '=C6*(1+3.5%)', note: CHAIN }], 'Vanlig formel');
    expect(cell(state, 'Resultaträkning', 6, 6)).toMatchObject({ formula: '=C6*(1+3.5%)' });
    expect(noteOf(state, 'Resultaträkning', 'F6')).toBe(CHAIN);
    expect(await host.undoWrite()).toBe(1);
    expect(noteOf(state, 'Resultaträkning', 'F6')).toBeUndefined();
    expect(cell(state, 'Resultaträkning', 6, 6)).toMatchObject({ value: null, numberFormat: 'General' });
    expect(cell(state, 'Resultaträkning', 6, 6)?.formula).toBeUndefined();
  });

  test('replaces a note the cell had, and undo gives it back word for word', async () => {
    const state = periodrapport();
    const [sheet, addr] = ['Resultaträkning', 'F6'];
    state.sheets.find((s) => s.name === sheet)!.notes.set(addr, { content: 'Kontrollera mot budget', author: 'Controller' });
    const host = hostFor(new FakeExcel(state));
    await host.writeCells([{ sheet, cell: addr, formula: '=C6*(1+3.5%)', note: CHAIN }], 'Vanlig formel');
    expect(noteOf(state, sheet, addr)).toBe(CHAIN);
    await host.undoWrite();
    expect(noteOf(state, sheet, addr)).toBe('Kontrollera mot budget');
  });

  test('before ExcelApi 1.18 the formula is written without the note, and the receipt says so', async () => {
    const state = periodrapport();
    const host = hostFor(new FakeExcel(state, { api: '1.17' }));
    const receipt = await host.writeCells([{ sheet: 'Resultaträkning', cell: 'F6', formula: '=C6*(1+3.5%)', note: CHAIN }], 'Vanlig formel');
    expect(cell(state, 'Resultaträkning', 6, 6)).toMatchObject({ formula: '=C6*(1+3.5%)' });
    expect(noteOf(state, 'Resultaträkning', 'F6')).toBeUndefined();
    expect(receipt.notice).toMatch(/^Cellen skrevs men fick ingen anteckning/);
    expect(await host.undoWrite()).toBe(1);
  });
});
