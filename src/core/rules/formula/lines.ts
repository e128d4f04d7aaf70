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
 * its first stored cell to its last, one line at a time (a rule looks at one line at a time, so
 * the placed cells of the lines already seen are garbage while the next is built). Blank cells
 * before the first and after the last belong to no stretch and are left out. A longer blank gap
 * inside a line keeps only `toleratedGap` + 1 of its blanks: enough to break every stretch that
 * the gap breaks (see `runs`), so a stray value in A1048576 costs one cell, not a million blanks.
 */
export function* lines(sheet: Sheet, axis: Axis, toleratedGap = 0): Generator<Placed[]> {
  const keptBlanks = toleratedGap + 1;
  if (axis === 'row') {
    // forEach skips the holes of a sparse array: a sheet with one cell in row 1,048,576 costs one row.
    const present: number[] = [];
    sheet.rows.forEach((cells, r) => {
      if (cells) present.push(r);
    });
    for (const r of present) {
      // A row's stored cells come in order: each row is its line, built in one pass.
      const line: Placed[] = [];
      let previous = 0;
      sheet.rows[r]?.forEach((cell, c) => {
        if (!cell) return;
        if (previous > 0) placeBlanks(sheet, line, 'row', r + 1, previous, c + 1, keptBlanks);
        line.push({ row: r + 1, col: c + 1, cell });
        previous = c + 1;
      });
      if (line.length > 0) yield line;
    }
    return;
  }
  // Stored rows of each column, ascending, from one pass over the stored cells; plain numbers,
  // indexed by column: this runs once per stored cell, and garbage is what makes it slow.
  const stored: number[][] = [];
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (!cell) return;
      const positions = stored[c + 1];
      if (positions) positions.push(r + 1);
      else stored[c + 1] = [r + 1];
    });
  });
  for (let col = 1; col < stored.length; col++) {
    const positions = stored[col];
    if (!positions) continue;
    const line: Placed[] = [];
    let previous = 0;
    for (const at of positions) {
      if (previous > 0) placeBlanks(sheet, line, 'column', col, previous, at, keptBlanks);
      line.push({ row: at, col, cell: cellAt(sheet, at, col) });
      previous = at;
    }
    yield line;
  }
}

/** The blank cells after `previous` and before `at` on line `index`, at most `keptBlanks` of them. */
function placeBlanks(sheet: Sheet, line: Placed[], axis: Axis, index: number, previous: number, at: number, keptBlanks: number): void {
  for (let j = previous + 1; j < at && j <= previous + keptBlanks; j++) {
    const row = axis === 'column' ? j : index;
    const col = axis === 'column' ? index : j;
    line.push({ row, col, cell: cellAt(sheet, row, col) });
  }
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
