/**
 * The cells whose fill a genomförandeplan's reading needs (DOMAIN §3.9): under each header row,
 * the Uppföljning column down to the next header or the sheet's last used row. A host that reads
 * fills separately from values (Office.js) reads only these, never a whole sheet's.
 */
import { filledGrid } from '../recognize/filledGrid';
import type { CellRange, Sheet } from '../model/workbook';
import { headerAt } from './findPlan';

/** Empty for a sheet without a plan header; `sheet` is read without fills. */
export function fillWanted(sheet: Sheet): CellRange[] {
  const grid = filledGrid(sheet);
  const headers: Array<{ row: number; followUp: number }> = [];
  for (const r of grid.usedRows()) {
    const header = headerAt(grid, r);
    if (header) headers.push({ row: r, followUp: header.followUp });
  }
  const ranges: CellRange[] = [];
  headers.forEach(({ row, followUp }, i) => {
    const bottom = i + 1 < headers.length ? headers[i + 1].row - 1 : sheet.rowCount;
    if (bottom > row) ranges.push({ top: row + 1, left: followUp, bottom, right: followUp });
  });
  return ranges;
}
