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
 * no stretch and are left out. A longer blank gap inside a line keeps only `toleratedGap` + 1 of
 * its blanks: enough to break every stretch that the gap breaks (see `runs`), so a stray value
 * in A1048576 costs one cell, not a million blanks.
 */
export function lines(sheet: Sheet, axis: Axis, toleratedGap = 0): Placed[][] {
  const keptBlanks = toleratedGap + 1;
  // Stored positions of each line, ascending, from one pass over the stored cells.
  const stored = new Map<number, number[]>();
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      // Plain numbers, no tuple: this runs once per stored cell, and garbage is what makes it slow.
      const line = axis === 'column' ? c + 1 : r + 1;
      const at = axis === 'column' ? r + 1 : c + 1;
      const positions = stored.get(line);
      if (positions) positions.push(at);
      else stored.set(line, [at]);
    });
  });
  const out: Placed[][] = [];
  for (const i of [...stored.keys()].sort((a, b) => a - b)) {
    const line: Placed[] = [];
    const place = (j: number) => {
      const row = axis === 'column' ? j : i;
      const col = axis === 'column' ? i : j;
      line.push({ row, col, cell: cellAt(sheet, row, col) });
    };
    let previous: number | undefined;
    for (const at of stored.get(i)!) {
      if (previous !== undefined) for (let j = previous + 1; j < at && j <= previous + keptBlanks; j++) place(j);
      place(at);
      previous = at;
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
