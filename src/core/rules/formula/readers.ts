/**
 * Who reads a cell: a typed number that formulas beside it take as an operand is an input, and
 * the hard-coding rule must not mistake it for an overwritten formula.
 */
import { referencedRanges } from '../../formula/references';
import { cellAt, type Sheet } from '../../model/workbook';
import type { Axis } from './lines';
import { isFormulaCell } from './pattern';

/**
 * True when a formula in the cell's row names it as an operand of its own (a single cell
 * reference: the row is a record and the typed cell is one of its inputs), or a formula across
 * the line (the row, for a column line) reads it through a range, e.g. =SUM(B7:C7) beside it.
 * A formula below reading it (a total, a share of a total) does not make it an input: that is
 * how every figure, typed or computed, is read.
 */
export function isReadAsInput(sheet: Sheet, row: number, col: number, axis: Axis): boolean {
  const readers: Array<{ r: number; c: number; across: boolean }> = [];
  for (let c = 1; c <= sheet.colCount; c++) if (c !== col) readers.push({ r: row, c, across: axis === 'column' });
  for (let r = 1; r <= sheet.rowCount; r++) if (r !== row) readers.push({ r, c: col, across: axis === 'row' });
  return readers.some(({ r, c, across }) => {
    const cell = cellAt(sheet, r, c);
    if (!isFormulaCell(cell)) return false;
    return referencedRanges(cell.formula ?? '').some((x) => {
      if (x.sheet !== undefined && x.sheet !== sheet.name) return false;
      const covers = x.top <= row && row <= x.bottom && x.left <= col && col <= x.right;
      if (!covers) return false;
      return x.kind === 'cell' ? r === row : across;
    });
  });
}
