/** Columns to the right of a table that are empty over its whole height, for new columns Periodkoll adds. */
import { cellAt, type CellRange, type Sheet } from '../model/workbook';

/** How far right to look before giving up: beyond this a new column would be lost from view. */
const MAX_DISTANCE = 30;

export function freeColumns(sheet: Sheet, range: CellRange, count: number): number[] {
  const out: number[] = [];
  for (let c = range.right + 1; out.length < count && c <= range.right + MAX_DISTANCE; c++) {
    if (isEmptyColumn(sheet, c, range.top, range.bottom)) out.push(c);
  }
  return out;
}

function isEmptyColumn(sheet: Sheet, col: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) {
    const cell = cellAt(sheet, r, col);
    if (cell.type !== 'empty' || cell.formula) return false;
  }
  return true;
}
