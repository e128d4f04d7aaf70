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
}

export function filledGrid(sheet: Sheet): FilledGrid {
  const cover = new Map<number, { row: number; col: number }>();
  const key = (r: number, c: number) => r * 20000 + c;
  for (const m of sheet.merges) {
    // Guard against absurd merges (whole columns) so memory stays bounded.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) cover.set(key(r, c), { row: m.top, col: m.left });
      }
    }
  }
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
  };
}
