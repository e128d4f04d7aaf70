/**
 * Whether a worksheet is protected ("Skydda blad"). ExcelJS keeps the flag on a field its
 * typings do not declare. Used by the model conversion and by the writes.
 */
import type ExcelJS from 'exceljs';

export function isSheetProtected(ws: ExcelJS.Worksheet): boolean {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(protection && protection.sheet);
}
