/**
 * A sheet of the user's by name, ignoring case as Excel does ("Blad1" and "BLAD1" cannot both
 * exist); never Periodkoll's own backup sheet. ExcelJS's getWorksheet matches case exactly.
 */
import type ExcelJS from 'exceljs';
import { isPeriodkollSheet } from './markBackupSheet';

export function findWorksheet(excel: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return excel.worksheets.find((ws) => ws.name.toLowerCase() === wanted && !isPeriodkollSheet(ws));
}
