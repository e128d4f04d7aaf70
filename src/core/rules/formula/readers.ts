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
  const reads = (r: number, c: number, across: boolean): boolean => {
    const cell = cellAt(sheet, r, c);
    if (!isFormulaCell(cell)) return false;
    // From another row only a range read across counts, and a range needs a ":": the other
    // formulas of the column are told without reading their references.
    if (r !== row && !(across && (cell.formula ?? '').includes(':'))) return false;
    return referencedRanges(cell.formula ?? '').some((x) => {
      if (x.sheet !== undefined && x.sheet !== sheet.name) return false;
      const covers = x.top <= row && row <= x.bottom && x.left <= col && col <= x.right;
      if (!covers) return false;
      return x.kind === 'cell' ? r === row : across;
    });
  };
  // Only stored cells can hold a formula: walk the row's stored cells and the column's rows, no list of readers.
  const cells = sheet.rows[row - 1];
  const last = Math.min(sheet.colCount, cells?.length ?? 0);
  for (let c = 1; c <= last; c++) if (c !== col && reads(row, c, axis === 'column')) return true;
  for (let r = 1; r <= sheet.rowCount; r++) if (r !== row && reads(r, col, axis === 'row')) return true;
  return false;
}
