/**
 * A marked cell's fill is Periodkoll's mark, not the user's: where the mark backups (the hidden
 * sheet of markBackupSheet.ts) say what a cell had before, the model gets that fill back, so a
 * fill the engine reads (a genomförandeplan's Rött / Grönt) reads the same before and after
 * "Markera".
 */
import type { Sheet } from '../../core/model/workbook';
import { parseA1 } from '../../core/model/address';
import { backupRows } from './markedCells';
import { rgbHex, solidFillRgb } from './stream/stylesPart';

export function restoreMarkedFills(sheets: Sheet[], backup: Sheet): void {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const { sheet: sheetName, cell: address, record } of backupRows(backup)) {
    const sheet = byName.get(sheetName);
    const at = parseA1(address);
    const cell = at && sheet?.rows[at.row - 1]?.[at.col - 1];
    if (!cell || cell.fill === undefined) continue;
    const { before, mark } = record as { before?: { fill?: Parameters<typeof solidFillRgb>[0] }; mark?: { fill?: unknown } };
    // Only while the mark is still there: a fill the user set since is theirs.
    if (typeof mark?.fill !== 'string' || rgbHex(mark.fill) !== cell.fill || !before) continue;
    const restored = solidFillRgb(before.fill);
    const row = sheet!.rows[at!.row - 1]!;
    // Cells may be shared between equal constants (the stream reader's cache): copy, never edit.
    const { fill: _mark, ...rest } = cell;
    row[at!.col - 1] = restored !== undefined ? { ...rest, fill: restored } : rest;
  }
}
