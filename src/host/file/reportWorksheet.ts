/**
 * Writes a ReportSheet (built once in core, the same in Excel and in a file) as a worksheet:
 * values, bold headings, links to the finding cells and column widths. A sheet of the same name
 * is replaced in place, keeping its position among the tabs; the caller decides whether that is
 * allowed.
 *
 * Text is stored as a string, which Excel never evaluates; a text that Excel would take for a
 * formula if the user re-entered the cell ("=…", "+…", "-…", "@…") is also formatted as text,
 * as Excel itself does with a typed apostrophe. Only the engine's `{ formula }` cells are formulas.
 */
import type ExcelJS from 'exceljs';
import type { ReportCell, ReportSheet } from '../port';
import { findWorksheet } from './findWorksheet';
import { internalLinkValue } from './internalLink';

/** Excel's own Hyperlink cell style colour, so the links look like links. */
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

/** What makes Excel read typed text as a formula. */
const FORMULA_START = /^[=+\-@]/;

export function writeReportWorksheet(excel: ExcelJS.Workbook, report: ReportSheet): ExcelJS.Worksheet {
  const old = findWorksheet(excel, report.name);
  const position = old && orderOf(old);
  if (old) excel.removeWorksheet(old.id);
  const ws = excel.addWorksheet(report.name);
  if (position !== undefined) setOrderOf(ws, position);

  report.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value !== null) writeCell(ws.getCell(r + 1, c + 1), value);
    });
  });
  report.widths.forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });
  return ws;
}

function writeCell(cell: ExcelJS.Cell, value: Exclude<ReportCell, null>): void {
  if (typeof value === 'string') {
    cell.value = value;
    if (FORMULA_START.test(value)) cell.numFmt = '@';
  } else if (typeof value === 'number') {
    cell.value = Number.isFinite(value) ? value : null;
  } else if ('link' in value) {
    cell.value = internalLinkValue(value.link, value.text);
    cell.font = { ...LINK_FONT };
  } else if ('formula' in value) {
    // ExcelJS stores formulas without the leading "="; no cached result, so Excel calculates on open.
    cell.value = { formula: value.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    if (value.numberFormat) cell.numFmt = value.numberFormat;
    if (value.bold) cell.font = { bold: true };
  } else if ('value' in value) {
    cell.value = Number.isFinite(value.value) ? value.value : null;
    cell.numFmt = value.numberFormat;
    if (value.bold) cell.font = { bold: true };
  } else {
    cell.value = value.text;
    if (FORMULA_START.test(value.text)) cell.numFmt = '@';
    cell.font = { bold: true };
  }
}

/** ExcelJS orders tabs by a field its typings do not declare. */
function orderOf(ws: ExcelJS.Worksheet): number | undefined {
  return (ws as unknown as { orderNo?: number }).orderNo;
}

function setOrderOf(ws: ExcelJS.Worksheet, orderNo: number): void {
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
}
