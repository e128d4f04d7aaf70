/** A written scenario sheet as a workbook, and its recomputed values by row label (sheet tests). */
import { recalculate } from '../../../src/core/evaluate';
import type { Cell, Workbook } from '../../../src/core/model/workbook';
import { sheetFromGrid } from '../../../src/core/model/workbook';
import type { ReportCell, ReportSheet } from '../../../src/core/report/reportSheet';

/** Formula cells carry no cached value, as a sheet written by ExcelJS does. */
export function asWorkbook(sheet: ReportSheet): Workbook {
  const cell = (c: ReportCell): Cell | null => {
    if (c === null) return null;
    if (typeof c === 'string') return { value: c, type: 'text' };
    if (typeof c === 'number') return { value: c, type: 'number' };
    if ('formula' in c) return { value: 0, type: 'number', formula: c.formula };
    if ('value' in c) return { value: c.value, type: 'number', numberFormat: c.numberFormat };
    return { value: c.text, type: 'text' };
  };
  return { name: 'scenario.xlsx', sheets: [sheetFromGrid(sheet.name, sheet.rows.map((r) => r.map(cell)))] };
}

export function labelOf(c: ReportCell | undefined): string | undefined {
  if (typeof c === 'string') return c;
  return c !== null && typeof c === 'object' && 'text' in c ? c.text : undefined;
}

/** The recomputed value of column `col` on the row whose label is `label` (first match below `from`). */
export function valueBeside(wb: Workbook, sheet: ReportSheet, label: string, col: number, from = 0): number {
  const r = sheet.rows.findIndex((row, i) => i >= from && labelOf(row[0]) === label) + 1;
  if (r === 0) throw new Error(`no row ${label}`);
  const v = recalculate(wb, [], { all: true }).value(sheet.name, r, col);
  if (typeof v !== 'number') throw new Error(`${label}: ${JSON.stringify(v)}`);
  return v;
}
