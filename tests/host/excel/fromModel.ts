/** A workbook as the file adapter read it, set up in the fake Excel: the same cells, fills and merges. */
import { a1, rangeA1 } from '../../../src/core/model/address';
import type { Cell, Workbook } from '../../../src/core/model/workbook';
import { fakeState, type FakeCell, type FakeState, type FakeValueType, type SheetInit } from './fakeState';

const VALUE_TYPE: Record<Cell['type'], FakeValueType> = { number: 'Double', text: 'String', boolean: 'Boolean', error: 'Error', empty: 'Empty' };

export function fakeStateOf(workbook: Workbook): FakeState {
  return fakeState({ name: workbook.name, sheets: workbook.sheets.map(sheetInit) });
}

function sheetInit(sheet: Workbook['sheets'][number]): SheetInit {
  const cells: Record<string, FakeCell> = {};
  const fills: Record<string, string> = {};
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const at = a1(r + 1, c + 1);
      if (cell.fill !== undefined) fills[at] = `#${cell.fill}`;
      if (cell.type === 'empty' && cell.formula === undefined) {
        // Kept for its fill alone; the fake keeps its number format on the filled cell.
        cells[at] = { value: null, numberFormat: cell.numberFormat };
        return;
      }
      cells[at] = {
        value: cell.value,
        type: VALUE_TYPE[cell.type],
        ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
        ...(cell.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
      };
    }),
  );
  return {
    name: sheet.name,
    cells,
    fills,
    merges: sheet.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)),
    ...(sheet.hidden ? { visibility: 'Hidden' as const } : {}),
    ...(sheet.protected ? { protected: true } : {}),
  };
}
