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

/**
 * Every column (axis 'column') or every row (axis 'row') that holds a cell, as placed cells from
 * its first stored cell to its last. Blank cells before the first and after the last belong to
 * no stretch and are left out, so a stray value in XFD1048576 costs one line, not 17 billion cells.
 */
export function lines(sheet: Sheet, axis: Axis): Placed[][] {
  // First and last stored position of each line, from one pass over the stored cells.
  const spans = new Map<number, { first: number; last: number }>();
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const [line, at] = axis === 'column' ? [c + 1, r + 1] : [r + 1, c + 1];
      const span = spans.get(line);
      if (!span) spans.set(line, { first: at, last: at });
      else {
        span.first = Math.min(span.first, at);
        span.last = Math.max(span.last, at);
      }
    });
  });
  const out: Placed[][] = [];
  for (const i of [...spans.keys()].sort((a, b) => a - b)) {
    const { first, last } = spans.get(i)!;
    const line: Placed[] = [];
    for (let j = first; j <= last; j++) {
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
