/**
 * What each marked cell had before Periodkoll marked it, kept inside the workbook itself, so
 * "Rensa markeringar" still works when a downloaded copy is opened again (in the browser, or by
 * anyone it was mailed to). The store is a "veryHidden" sheet — invisible in Excel's Unhide list,
 * kept by Excel and by ExcelJS on every save — with one row per cell:
 *
 *   row 1:  "Periodkoll markeringar" | format number | Swedish "do not edit" text
 *   row 2…: sheet name | cell address | the record as JSON, split over as many cells as needed
 *
 * A cell holds at most 32,767 characters, so long notes are split across columns. A row that
 * cannot be read (edited by hand, cut short) is ignored rather than failing the whole workbook.
 */
import type ExcelJS from 'exceljs';
import type { CellLook } from './cellLook';
import { cellSafeJson, chunks, joinChunks } from './cellChunks';

export const MARK_BACKUP_SHEET = 'Periodkoll_markeringar';
/** The settings store (storeSheet.ts). */
export const STORE_SHEET = 'Periodkoll_data';

const HEADER = 'Periodkoll markeringar';
const FORMAT = 1;
const NOTICE = 'Sparade fyllningar och anteckningar för "Rensa markeringar" i Periodkoll. Ändra inte.';

export interface MarkBackup {
  sheet: string;
  /** A1 address without "$". */
  cell: string;
  /** What the cell had before Periodkoll marked it, as ExcelJS models it. */
  before: CellLook;
  /** What Periodkoll wrote (fill colour, note text): clearing restores only where that is still there. */
  mark: { fill: string; note: string };
}

/** Cell key for a backup map: one record per cell. */
export function backupKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

export function isMarkBackupSheet(ws: ExcelJS.Worksheet): boolean {
  return ws.name === MARK_BACKUP_SHEET && ws.state === 'veryHidden';
}

/** Periodkoll's own hidden sheets (mark backups, the settings store): never the user's data. */
export function isPeriodkollSheet(ws: ExcelJS.Worksheet): boolean {
  return ws.state === 'veryHidden' && (ws.name === MARK_BACKUP_SHEET || ws.name === STORE_SHEET);
}

export function readMarkBackups(excel: ExcelJS.Workbook): Map<string, MarkBackup> {
  const backups = new Map<string, MarkBackup>();
  const ws = excel.worksheets.find(isMarkBackupSheet);
  if (!ws || ws.getCell('A1').value !== HEADER || ws.getCell('B1').value !== FORMAT) return backups;
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const record = parseRow(row);
    if (record) backups.set(backupKey(record.sheet, record.cell), record);
  });
  return backups;
}

/** Rewrites the store from the records; removes it when there are none. */
export function writeMarkBackups(excel: ExcelJS.Workbook, backups: Iterable<MarkBackup>): void {
  const existing = excel.worksheets.find(isMarkBackupSheet);
  if (existing) excel.removeWorksheet(existing.id);
  const records = [...backups];
  if (records.length === 0) return;
  const ws = excel.addWorksheet(MARK_BACKUP_SHEET, { state: 'veryHidden' });
  for (const row of markBackupRows(records)) ws.addRow(row);
}

/** The store's rows: the header, then one row per cell. */
function markBackupRows(records: Iterable<MarkBackup>): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [[HEADER, FORMAT, NOTICE]];
  for (const { sheet, cell, before, mark } of records) rows.push([sheet, cell, ...chunks(cellSafeJson({ before, mark }))]);
  return rows;
}

function parseRow(row: ExcelJS.Row): MarkBackup | undefined {
  const values = row.values as unknown[];
  const [sheet, cell] = [values[1], values[2]];
  if (typeof sheet !== 'string' || typeof cell !== 'string') return undefined;
  const json = joinChunks(values, 3);
  try {
    const parsed = JSON.parse(json) as Partial<Pick<MarkBackup, 'before' | 'mark'>>;
    const { before, mark } = parsed;
    if (!before || typeof before !== 'object' || !('fill' in before) || !('note' in before)) return undefined;
    if (!mark || typeof mark.fill !== 'string' || typeof mark.note !== 'string') return undefined;
    return { sheet, cell, before, mark };
  } catch {
    return undefined;
  }
}
