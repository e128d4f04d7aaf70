import { referencedRanges } from '../formula/references';
import { cellAt, type CellRange, type Sheet } from '../model/workbook';

const SUM_FUNCTIONS = /^(SUM|SUMMA|ROUND|AVRUNDA|SUBTOTAL|DELSUMMA)$/i;

/**
 * A constant, or a formula that adds up cells of its own column inside the table. A formula
 * that averages, divides or fetches figures from elsewhere is not a sum of the rows above.
 */
export function isSumCell(sheet: Sheet, range: CellRange, row: number, col: number): boolean {
  const formula = cellAt(sheet, row, col).formula;
  if (!formula) return true;
  const body = formula.replace(/^=/, '').replace(/"[^"]*"/g, '');
  const functions = body.match(/[A-Z][A-Z0-9.]*(?=\()/gi) ?? [];
  if (functions.some((f) => !SUM_FUNCTIONS.test(f))) return false;
  if (/[*/^]/.test(body)) return false;
  return referencedRanges(formula).every((r) => r.sheet === undefined && r.left === col && r.right === col && r.top >= range.top && r.bottom <= range.bottom);
}
