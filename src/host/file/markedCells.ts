/**
 * The cells Periodkoll has marked in a file, with the fill and note the mark wrote, so the page's
 * preview shows what the downloaded copy shows. Read from the mark backups: ExcelJS's in a
 * session, the stream reader's backup sheet for a file opened with marks in it.
 */
import type { Sheet } from '../../core/model/workbook';
import { joinChunks } from './cellChunks';
import type { MarkBackup } from './markBackupSheet';
import { rgbHex } from './stream/stylesPart';

export interface MarkedCell {
  sheet: string;
  /** A1 address without "$". */
  cell: string;
  /** The mark's fill as RRGGBB. */
  fill: string;
  note: string;
}

export function markedCellsOfBackups(backups: Iterable<MarkBackup>): MarkedCell[] {
  const out: MarkedCell[] = [];
  for (const b of backups) {
    const fill = rgbHex(b.mark.fill);
    if (fill) out.push({ sheet: b.sheet, cell: b.cell, fill, note: b.mark.note });
  }
  return out;
}

/** Row 1 is the backup sheet's header; each further row is sheet | cell | the record's JSON in chunks. */
export function markedCellsOfBackupSheet(backup: Sheet): MarkedCell[] {
  const out: MarkedCell[] = [];
  for (const { sheet, cell, record } of backupRows(backup)) {
    const mark = record.mark as { fill?: unknown; note?: unknown } | undefined;
    const fill = typeof mark?.fill === 'string' ? rgbHex(mark.fill) : undefined;
    if (fill) out.push({ sheet, cell, fill, note: typeof mark?.note === 'string' ? mark.note : '' });
  }
  return out;
}

/** The backup sheet's records as the stream reader gives them; unreadable rows are left out. */
export function* backupRows(backup: Sheet): Generator<{ sheet: string; cell: string; record: Record<string, unknown> }> {
  for (let r = 2; r <= backup.rowCount; r++) {
    const cells = backup.rows[r - 1];
    if (!cells) continue;
    const values: unknown[] = [undefined, ...cells.map((c) => (c && c.formula === undefined ? c.value : undefined))];
    const [sheet, cell] = [values[1], values[2]];
    if (typeof sheet !== 'string' || typeof cell !== 'string') continue;
    try {
      const record: unknown = JSON.parse(joinChunks(values, 3));
      if (record && typeof record === 'object') yield { sheet, cell, record: record as Record<string, unknown> };
    } catch {
      // A row the user edited: not a mark any more.
    }
  }
}
