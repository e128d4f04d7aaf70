/**
 * A marked cell's fill is Periodkoll's mark, not the user's: where the mark backups (the hidden
 * sheet of markBackupSheet.ts) say what a cell had before, the model gets that fill back, so a
 * fill the engine reads (a genomförandeplan's Rött / Grönt) reads the same before and after
 * "Markera".
 */
import type { Sheet } from '../../core/model/workbook';
import { parseA1 } from '../../core/model/address';
import { joinChunks } from './cellChunks';
import { rgbHex, solidFillRgb } from './stream/stylesPart';

export function restoreMarkedFills(sheets: Sheet[], backup: Sheet): void {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (let r = 2; r <= backup.rowCount; r++) {
    const cells = backup.rows[r - 1];
    if (!cells) continue;
    const values: unknown[] = [undefined, ...cells.map((c) => (c && c.formula === undefined ? c.value : undefined))];
    const [sheetName, address] = [values[1], values[2]];
    if (typeof sheetName !== 'string' || typeof address !== 'string') continue;
    const sheet = byName.get(sheetName);
    const at = parseA1(address);
    const cell = at && sheet?.rows[at.row - 1]?.[at.col - 1];
    if (!cell || cell.fill === undefined) continue;
    let record: { before?: { fill?: Parameters<typeof solidFillRgb>[0] }; mark?: { fill?: unknown } };
    try {
      record = JSON.parse(joinChunks(values, 3));
    } catch {
      continue;
    }
    // Only while the mark is still there: a fill the user set since is theirs.
    if (typeof record.mark?.fill !== 'string' || rgbHex(record.mark.fill) !== cell.fill || !record.before) continue;
    const before = solidFillRgb(record.before.fill);
    const row = sheet!.rows[at!.row - 1]!;
    // Cells may be shared between equal constants (the stream reader's cache): copy, never edit.
    const { fill: _mark, ...rest } = cell;
    row[at!.col - 1] = before !== undefined ? { ...rest, fill: before } : rest;
  }
}
