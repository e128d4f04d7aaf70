/**
 * Undo brings every cell back to exactly what it held, with the fake reading strings the way real
 * Excel does (fakeEntry.ts). Each cell below is set up the way a controller types it; Periodkoll
 * then writes an avvikelse formula over all of them and undoes it.
 */
import { createExcelHost } from '../../../src/host/excel';
import type { CellWrite } from '../../../src/host/port';
import { enterValue } from './fakeEntry';
import { FakeExcel } from './fakeExcel';
import { cellAt, fakeState, type FakeCell, type FakeState } from './fakeState';

/** A cell as Excel stores what was typed into it (in a cell with the given format). */
function typed(text: string, numberFormat?: string): FakeCell {
  const cell: FakeCell = { value: null, numberFormat };
  enterValue(cell, text);
  return cell;
}

const CASES: Record<string, { cell: string; init: FakeCell | undefined; expect: Partial<FakeCell> }> = {
  'apostrophe text that looks like a formula': { cell: 'B2', init: typed("'=abc"), expect: { value: '=abc' } },
  'leading zeros kept by an apostrophe': { cell: 'B3', init: typed("'00123"), expect: { value: '00123' } },
  'text that looks like a date': { cell: 'B4', init: typed("'2025-03-31"), expect: { value: '2025-03-31' } },
  'text that looks like a percent': { cell: 'B5', init: typed("'20%"), expect: { value: '20%' } },
  'a real percent': { cell: 'B6', init: typed('20%'), expect: { value: 0.2, numberFormat: '0%' } },
  'a formula': { cell: 'B7', init: { ...typed('=SUM(C2:C3)'), numberFormat: '0.0' }, expect: { formula: '=SUM(C2:C3)', numberFormat: '0.0' } },
  'an empty cell': { cell: 'B8', init: undefined, expect: { value: null } },
  'a cell formatted as text': { cell: 'B9', init: typed('00123', '@'), expect: { value: '00123', numberFormat: '@' } },
  'text starting with a minus': { cell: 'B10', init: typed("'-ej budgeterat"), expect: { value: '-ej budgeterat' } },
  'a date': { cell: 'B11', init: typed('2025-03-31'), expect: { value: 45747, numberFormat: 'yyyy-mm-dd' } },
};

function workbook(): FakeState {
  const cells: Record<string, FakeCell> = { C2: { value: 1 }, C3: { value: 2 } };
  for (const c of Object.values(CASES)) if (c.init) cells[c.cell] = structuredClone(c.init);
  return fakeState({ sheets: [{ name: 'Driftredovisning', cells }] });
}

function seen(state: FakeState, addr: string) {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(addr)!;
  const cell = cellAt(state.sheets[0], Number(row), col.charCodeAt(0) - 64);
  return {
    value: cell?.value ?? null,
    formula: cell?.formula,
    numberFormat: cell?.numberFormat ?? 'General',
    type: cell?.value === null || cell?.value === undefined ? 'empty' : typeof cell.value,
  };
}

describe('undo restores each cell exactly, text as text and numbers as numbers', () => {
  const writes: CellWrite[] = Object.values(CASES).map((c) => ({ sheet: 'Driftredovisning', cell: c.cell, formula: '=C2-C3', numberFormat: '0.0' }));

  test.each(Object.keys(CASES))('%s', async (name) => {
    const { cell, expect: expected } = CASES[name];
    const state = workbook();
    const before = seen(state, cell);
    expect(before).toMatchObject({ ...expected, numberFormat: expected.numberFormat ?? before.numberFormat });
    const excel = new FakeExcel(state);
    const host = createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
    await host.writeCells(writes, 'Avvikelser');
    expect(seen(state, cell).formula).toBe('=C2-C3');
    await host.undoWrite();
    expect(seen(state, cell)).toEqual(before);
  });
});

describe('new text is written as text', () => {
  test.each([['2024'], ['00123'], ['20%'], ['2025-03-31'], ['-ej budgeterat'], ['=inte en formel'], ['TRUE']])('"%s" stays the text it is', async (text) => {
    const state = workbook();
    const excel = new FakeExcel(state);
    await createExcelHost(excel.run, { isSetSupported: excel.isSetSupported }).writeCells([{ sheet: 'Driftredovisning', cell: 'D2', value: text }], 'Rubrik');
    expect(seen(state, 'D2')).toMatchObject({ value: text, formula: undefined, type: 'string' });
  });
});
