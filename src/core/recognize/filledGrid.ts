import { cellAt, EMPTY_CELL, type Cell, type Sheet } from '../model/workbook';

/**
 * A read view of a sheet in which every cell covered by a merged range shows the merge's
 * top-left cell. Headers merged over two rows or over a column group read naturally that way.
 */
export interface FilledGrid {
  sheet: Sheet;
  at(row: number, col: number): Cell;
  /** True when the cell is covered by a merge but is not its top-left cell. */
  isCovered(row: number, col: number): boolean;
  /**
   * The last column of the row that may hold anything (a stored cell or a merge over it), 0 for
   * an empty row. Walks along a row stop there: a stray value in XFD1 must not make every row
   * of the used range cost 16,384 cells.
   */
  lastCol(row: number): number;
  /** The rows that may hold anything, ascending; walks down a sheet skip the others. */
  usedRows(): readonly number[];
}

export function filledGrid(sheet: Sheet): FilledGrid {
  const cover = new Map<number, { row: number; col: number }>();
  /** The rightmost column a merge covers, per row. */
  const mergedTo = new Map<number, number>();
  const key = (r: number, c: number) => r * 20000 + c;
  for (const m of sheet.merges) {
    // Guard against absurd merges (whole columns) so memory stays bounded.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      mergedTo.set(r, Math.max(mergedTo.get(r) ?? 0, m.right));
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) cover.set(key(r, c), { row: m.top, col: m.left });
      }
    }
  }
  let used: number[] | undefined;
  return {
    sheet,
    at(row, col) {
      const origin = cover.get(key(row, col));
      if (origin) {
        const o = cellAt(sheet, origin.row, origin.col);
        return o.type === 'text' ? o : EMPTY_CELL;
      }
      return cellAt(sheet, row, col);
    },
    isCovered(row, col) {
      return cover.has(key(row, col));
    },
    lastCol(row) {
      const stored = sheet.rows[row - 1]?.length ?? 0;
      return Math.min(sheet.colCount, Math.max(stored, mergedTo.get(row) ?? 0));
    },
    usedRows() {
      if (!used) {
        const rows = new Set<number>(mergedTo.keys());
        // forEach skips the holes of a sparse array: a sheet with one cell in row 1,048,576 costs one row.
        sheet.rows.forEach((cells, i) => {
          if (cells && cells.length > 0) rows.add(i + 1);
        });
        used = [...rows].filter((r) => r >= 1 && r <= sheet.rowCount).sort((a, b) => a - b);
      }
      return used;
    },
  };
}
