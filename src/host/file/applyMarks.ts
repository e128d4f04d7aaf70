/**
 * Writes marks into a loaded workbook: each cell gets the mark fill and a note with its messages,
 * after what it had is remembered in the backup. Several findings on one cell become one mark
 * (the most severe colour, all messages in the note). A cell marked earlier keeps its first
 * backup wherever the earlier mark is still there, so marking twice never "remembers" a mark.
 * Only fills and notes change; values and formulas are never touched.
 */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../../core/model/address';
import type { CellMark, MarkResult } from '../port';
import { readCellLook, setCellFill, setCellNote } from './cellLook';
import { fileHostMessages } from './fileHostMessages';
import { findWorksheet } from './findWorksheet';
import { backupKey, type MarkBackup } from './markBackupSheet';
import { isMarkNote, MARK_ARGB, markFill, solidFillArgb } from './markLook';
import { isSheetProtected } from './sheetProtection';

/**
 * Mutates the workbook and `backups`; the caller stores the backups (markBackupSheet). All or
 * nothing: when a write fails half-way, every cell already marked gets its fill and note back and
 * `backups` is as it was, so the workbook is unchanged and the error goes to the caller.
 */
export function applyMarks(excel: ExcelJS.Workbook, backups: Map<string, MarkBackup>, marks: CellMark[]): MarkResult {
  const undo: Array<() => void> = [];
  try {
    return markAll(excel, backups, marks, undo);
  } catch (e) {
    for (const step of undo.reverse()) step();
    throw e;
  }
}

function markAll(excel: ExcelJS.Workbook, backups: Map<string, MarkBackup>, marks: CellMark[], undo: Array<() => void>): MarkResult {
  const result: MarkResult = { marked: 0, skipped: [] };
  for (const group of byCell(marks)) {
    const { sheet, cell } = group[0];
    const ws = findWorksheet(excel, sheet);
    const reason = refusal(ws, sheet, cell);
    if (!ws || reason) {
      for (const m of group) result.skipped.push({ sheet: m.sheet, cell: m.cell, reason: reason! });
      continue;
    }
    const target = ws.getCell(cell);
    const mark = {
      fill: group.some((m) => m.severity === 'error') ? MARK_ARGB.error : MARK_ARGB.warning,
      note: group.map((m) => m.note).join('\n\n'),
    };
    const key = backupKey(ws.name, cell);
    const [look, earlier] = [readCellLook(target), backups.get(key)];
    undo.push(() => {
      setCellFill(target, look.fill);
      setCellNote(target, look.note);
      if (earlier) backups.set(key, earlier);
      else backups.delete(key);
    });
    backups.set(key, { sheet: ws.name, cell, before: lookBeforeMark(target, earlier), mark });
    setCellFill(target, markFill(mark.fill));
    setCellNote(target, mark.note);
    result.marked += group.length;
  }
  return result;
}

/** What to restore later: the earlier backup where the earlier mark still shows, else the cell as it is now. */
function lookBeforeMark(cell: ExcelJS.Cell, earlier: MarkBackup | undefined): MarkBackup['before'] {
  const now = readCellLook(cell);
  if (!earlier) return now;
  return {
    fill: solidFillArgb(now.fill) === earlier.mark.fill ? earlier.before.fill : now.fill,
    note: isMarkNote(now.note, earlier.mark.note) ? earlier.before.note : now.note,
  };
}

function refusal(ws: ExcelJS.Worksheet | undefined, sheet: string, cell: string): string | undefined {
  if (!ws) return fileHostMessages.missingSheet(sheet);
  if (isSheetProtected(ws)) return fileHostMessages.protectedSheet(sheet);
  if (!parseA1(cell)) return fileHostMessages.badAddress(cell);
  return undefined;
}

/** Marks grouped per cell, in first-seen order; addresses normalised to "B5". */
function byCell(marks: CellMark[]): CellMark[][] {
  const groups = new Map<string, CellMark[]>();
  for (const m of marks) {
    const cell = m.cell.replace(/\$/g, '').toUpperCase();
    const key = backupKey(m.sheet, cell);
    const group = groups.get(key) ?? [];
    group.push({ ...m, cell });
    groups.set(key, group);
  }
  return [...groups.values()];
}
