/**
 * One ExcelJS worksheet -> the model's Sheet: cells with value, type, formula and number format,
 * merged ranges, and whether the sheet is hidden or protected.
 */
import { isSheetProtected } from './sheetProtection';
import ExcelJS from 'exceljs';
import type { Cell, CellRange, DateSystem, Sheet } from '../../core/model/workbook';
import { cellFormula } from './cellFormula';
import { plainValue } from './cellValue';
import { readErrors } from './readErrors';
import { solidFillRgb as solidFill } from './stream/stylesPart';

/** Cells still allowed before the workbook counts as too large; shared by all sheets of a file. */
export interface CellBudget {
  remaining: number;
}

export function convertSheet(ws: ExcelJS.Worksheet, system: DateSystem, budget: CellBudget): Sheet {
  const rows: Sheet['rows'] = [];
  let rowCount = 0;
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    // Empty cells too: one with only a fill is kept for it (the stream reader keeps it).
    row.eachCell({ includeEmpty: true }, (xc, c) => {
      const cell = convertCell(xc, system);
      if (!cell) {
        // An empty cell counts only for its fill, outside the used range (as the stream reader).
        const fill = xc.type === ExcelJS.ValueType.Null ? solidFill(xc.fill) : undefined;
        if (fill !== undefined) (rows[r - 1] ??= [])[c - 1] = { value: null, type: 'empty', numberFormat: xc.numFmt || 'General', fill };
        return;
      }
      if (--budget.remaining < 0) throw readErrors.tooManyCells();
      (rows[r - 1] ??= [])[c - 1] = cell;
      rowCount = Math.max(rowCount, r);
      colCount = Math.max(colCount, c);
    });
  });
  const sheet: Sheet = { name: ws.name, rows, rowCount, colCount, merges: mergedRanges(ws) };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
  if (isSheetProtected(ws)) sheet.protected = true;
  return sheet;
}

/** Undefined when the cell holds neither a value nor a formula (e.g. only a style). */
function convertCell(xc: ExcelJS.Cell, system: DateSystem): Cell | undefined {
  // The hidden cells of a merged range report their master's value through ExcelJS; in Excel
  // (and Office.js) they are empty, and counting the value twice would break sums.
  if (xc.type === ExcelJS.ValueType.Merge) return undefined;
  const formula = xc.type === ExcelJS.ValueType.Formula ? cellFormula(xc) : undefined;
  // For formula cells `result` is the value Excel cached when it last calculated.
  const raw = xc.type === ExcelJS.ValueType.Formula ? xc.result : xc.value;
  const plain = plainValue(raw, system);
  if (!plain && !formula) return undefined;
  const cell: Cell = plain ? { value: plain.value, type: plain.type } : { value: null, type: 'empty' };
  if (formula) cell.formula = formula;
  cell.numberFormat = xc.numFmt || 'General';
  const fill = solidFill(xc.fill);
  if (fill !== undefined) cell.fill = fill;
  return cell;
}

/**
 * ExcelJS keeps merges only in a private map (master address -> range with top/left/bottom/right);
 * the public `ws.model` has them too but rebuilds a model of every row to get there.
 */
function mergedRanges(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, Partial<CellRange>> })._merges;
  if (!merges) return [];
  const out: CellRange[] = [];
  for (const m of Object.values(merges)) {
    if (m && m.top && m.left && m.bottom && m.right) {
      out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

