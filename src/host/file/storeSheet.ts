/**
 * Periodkoll's settings store in a file (saved scenarios, risk scales, the undo journal of cell
 * writes): a "veryHidden" sheet, kept by Excel and ExcelJS on every save and invisible in Excel's
 * Unhide list, so the settings travel with the workbook like Office.js workbook settings do.
 *
 *   row 1:  "Periodkoll data" | format number | Swedish "do not edit" text
 *   row 2…: key | the value (JSON text) split over as many cells as needed
 */
import type ExcelJS from 'exceljs';
import { cellSafeJsonText, chunks, joinChunks } from './cellChunks';
import { STORE_SHEET } from './markBackupSheet';

const HEADER = 'Periodkoll data';
const FORMAT = 1;
const NOTICE = 'Periodkolls sparade inställningar och ångra-information. Ändra inte.';

export function readStoreSheet(excel: ExcelJS.Workbook): Map<string, string> {
  const store = new Map<string, string>();
  const ws = excel.worksheets.find((w) => w.name === STORE_SHEET && w.state === 'veryHidden');
  if (!ws || !isStoreHeader(ws.getCell('A1').value, ws.getCell('B1').value)) return store;
  ws.eachRow((row, r) => {
    if (r > 1) addStoreRow(store, row.values as unknown[]);
  });
  return store;
}

/** Whether A1 and B1 say this is a store sheet of a format this version reads. */
export function isStoreHeader(a1: unknown, b1: unknown): boolean {
  return a1 === HEADER && b1 === FORMAT;
}

/** One row after the header, as values with column A at index 1 (ExcelJS's row.values). */
export function addStoreRow(store: Map<string, string>, values: unknown[]): void {
  if (typeof values[1] === 'string') store.set(values[1], unescapeUnderscoreX(joinChunks(values, 2)));
}

/** Rewrites the store sheet; removes it when the store is empty. */
export function writeStoreSheet(excel: ExcelJS.Workbook, store: Map<string, string>): void {
  const existing = excel.worksheets.find((w) => w.name === STORE_SHEET && w.state === 'veryHidden');
  if (existing) excel.removeWorksheet(existing.id);
  if (store.size === 0) return;
  const ws = excel.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  ws.addRow([HEADER, FORMAT, NOTICE]);
  for (const [key, value] of store) ws.addRow([key, ...chunks(cellSafeJsonText(value))]);
}

/** Undoes cellSafeJsonText's "_x" escape (an escape not itself escaped), so a value reads back as written. */
function unescapeUnderscoreX(json: string): string {
  return json.replace(/(^|[^\\])((?:\\\\)*)\\u005fx/g, '$1$2_x');
}
