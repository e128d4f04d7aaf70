/**
 * A CSV export as a model sheet: every field a text cell, exactly as written. The ledger reader
 * already reads Swedish amounts ("1 234,50-") and dates ("2025-03-14", "20250314") from text, so
 * a CSV ledger goes through the same column mapping and the same unreadable-row list as an .xlsx.
 */
import type { Cell, Sheet } from '../../model/workbook';
import { sheetFromGrid } from '../../model/workbook';
import { splitCsv } from './csvText';

export function csvSheet(name: string, text: string): Sheet {
  const grid: Cell[][] = splitCsv(text).map((fields) => fields.map((f): Cell => (f === '' ? { value: null, type: 'empty' } : { value: f, type: 'text' })));
  return sheetFromGrid(name, grid);
}
