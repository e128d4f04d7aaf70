/**
 * Walking a sheet line by line (each column top to bottom, each row left to right): the
 * consistency rules compare a cell with its neighbours along one line at a time, because a
 * formula is filled down a column or across a row, never diagonally.
 */
import { cellAt, isEmptyCell, type Cell, type Sheet } from '../../model/workbook';

export type Axis = 'column' | 'row';

export interface Placed {
  row: number;
  col: number;
  cell: Cell;
}

/** Every column (axis 'column') or every row (axis 'row') of the used range, as placed cells. */
export function lines(sheet: Sheet, axis: Axis): Placed[][] {
  const out: Placed[][] = [];
  const outer = axis === 'column' ? sheet.colCount : sheet.rowCount;
  const inner = axis === 'column' ? sheet.rowCount : sheet.colCount;
  for (let i = 1; i <= outer; i++) {
    const line: Placed[] = [];
    for (let j = 1; j <= inner; j++) {
      const row = axis === 'column' ? j : i;
      const col = axis === 'column' ? i : j;
      line.push({ row, col, cell: cellAt(sheet, row, col) });
    }
    out.push(line);
  }
  return out;
}

/**
 * Maximal stretches of cells that satisfy `keep`. Up to `maxGap` consecutive blank cells
 * between two kept cells do not break a stretch (reports leave spacer columns between figure
 * columns); the blanks themselves are not part of it.
 */
export function runs(line: Placed[], keep: (p: Placed) => boolean, maxGap = 0): Placed[][] {
  const out: Placed[][] = [];
  let current: Placed[] = [];
  let gap = 0;
  for (const p of line) {
    if (keep(p)) {
      current.push(p);
      gap = 0;
    } else if (current.length > 0 && gap < maxGap && isEmptyCell(p.cell)) {
      gap++;
    } else if (current.length > 0) {
      out.push(current);
      current = [];
      gap = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function axisWord(axis: Axis): string {
  return axis === 'column' ? 'kolumnen' : 'raden';
}
