/**
 * The marks as they will be written: one per cell (several findings on a cell share its mark,
 * the worst severity colours it and the note lists every message), addresses checked and in
 * upper case. Marks with an address that is not a cell are skipped with the reason.
 */
import { parseA1, a1 } from '../../core/model/address';
import type { CellMark, MarkResult } from '../port';
import { markKey } from './markLedger';
import { messages } from './messages';

export function normalizeMarks(marks: CellMark[], skipped: MarkResult['skipped']): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const mark of marks) {
    const pos = /^[A-Za-z]{1,3}\d{1,7}$/.test(mark.cell.trim()) ? parseA1(mark.cell) : undefined;
    if (!pos) {
      skipped.push({ sheet: mark.sheet, cell: mark.cell, reason: messages.invalidCell(mark.cell) });
      continue;
    }
    const cell = a1(pos.row, pos.col);
    const key = markKey(mark.sheet, cell);
    const seen = byCell.get(key);
    if (!seen) {
      byCell.set(key, { ...mark, cell });
      continue;
    }
    if (mark.severity === 'error') seen.severity = 'error';
    if (!seen.note.split('\n').includes(mark.note)) seen.note = `${seen.note}\n${mark.note}`;
  }
  return [...byCell.values()];
}
