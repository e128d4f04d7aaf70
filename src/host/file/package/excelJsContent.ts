/**
 * What an ExcelJS cell holds, as the package writer writes it: a constant (dates as serial
 * numbers of the workbook's date system) or a formula with its cached result. Also the cell's
 * content as a comparable key, so a cell written and undone in one session counts as unchanged.
 */
import type ExcelJS from 'exceljs';
import type { DateSystem } from '../../../core/model/workbook';
import { cellFormula, formulaResult } from '../cellFormula';
import { plainValue } from '../cellValue';
import type { CellContent } from './sheetCells';

export function excelJsContent(cell: ExcelJS.Cell, system: DateSystem): CellContent {
  const formula = cellFormula(cell);
  if (formula !== undefined) {
    const result = plainValue(formulaResult(cell), system);
    if (!result) return { formula };
    return { formula, result: result.type === 'error' ? { error: String(result.value) } : result.value };
  }
  const plain = plainValue(cell.value, system);
  if (!plain) return { value: null };
  return plain.type === 'error' ? { error: String(plain.value) } : { value: plain.value };
}

export function contentKey(cell: ExcelJS.Cell, system: DateSystem): string {
  return JSON.stringify(excelJsContent(cell, system));
}
