/**
 * Takes marks out of a loaded workbook: each cell gets back the fill and the note it had before it
 * was marked — but only where the mark is still there, so a fill or note the user set on the
 * marked cell since then is kept. Cells on a sheet that has been protected since marking are left
 * alone and keep their backup, so clearing can be done once the protection is lifted.
 */
import type ExcelJS from 'exceljs';
import { readCellLook, setCellFill, setCellNote } from './cellLook';
import { findWorksheet } from './findWorksheet';
import type { MarkBackup } from './markBackupSheet';
import { isMarkNote, solidFillArgb } from './markLook';
import { isSheetProtected } from './sheetProtection';

/** Mutates the workbook and removes restored cells from `backups`; returns how many cells were restored. */
export function restoreMarks(excel: ExcelJS.Workbook, backups: Map<string, MarkBackup>): number {
  let restored = 0;
  for (const [key, backup] of backups) {
    const ws = findWorksheet(excel, backup.sheet);
    if (ws && isSheetProtected(ws)) continue;
    backups.delete(key);
    // A sheet deleted (or renamed) since marking has nothing left to restore.
    if (!ws) continue;
    if (restoreCell(ws.getCell(backup.cell), backup)) restored++;
  }
  return restored;
}

function restoreCell(cell: ExcelJS.Cell, backup: MarkBackup): boolean {
  const now = readCellLook(cell);
  let changed = false;
  if (solidFillArgb(now.fill) === backup.mark.fill) {
    setCellFill(cell, backup.before.fill);
    changed = true;
  }
  if (isMarkNote(now.note, backup.mark.note)) {
    setCellNote(cell, backup.before.note);
    changed = true;
  }
  return changed;
}
