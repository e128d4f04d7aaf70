/**
 * The results of the formulas on a sheet Periodkoll just wrote (report, Stickprov, scenario),
 * computed by the engine's evaluator and stored as the cells' cached results — so the page's
 * preview and any program that does not recalculate show the figures. A formula the evaluator
 * cannot compute is left without a result, never given a made-up one.
 */
import type ExcelJS from 'exceljs';
import { recalculate } from '../../core/evaluate';
import type { Workbook } from '../../core/model/workbook';

export function storeFormulaResults(ws: ExcelJS.Worksheet, workbook: Workbook): void {
  const recalc = recalculate(workbook, [], { sheets: [ws.name] });
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value as { formula?: unknown } | null;
      if (!v || typeof v !== 'object' || typeof v.formula !== 'string') return;
      if (recalc.outcome(ws.name, r, c)?.status !== 'recomputed') return;
      const result = recalc.value(ws.name, r, c);
      if (result === null) return;
      cell.value = { formula: v.formula, result } as ExcelJS.CellFormulaValue;
    });
  });
}
