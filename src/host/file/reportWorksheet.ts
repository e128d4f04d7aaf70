/**
 * Writes a ReportSheet (built once in core, the same in Excel and in a file) as a worksheet:
 * values, bold headings, links to the finding cells and column widths. A sheet of the same name
 * is replaced in place, keeping its position among the tabs; the caller decides whether that is
 * allowed.
 */
import type ExcelJS from 'exceljs';
import type { ReportCell, ReportSheet } from '../port';
import { findWorksheet } from './findWorksheet';
import { internalLinkValue } from './internalLink';

/** Excel's own Hyperlink cell style colour, so the links look like links. */
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

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
  if (typeof value === 'string' || typeof value === 'number') {
    cell.value = value;
  } else if ('link' in value) {
    cell.value = internalLinkValue(value.link, value.text);
    cell.font = { ...LINK_FONT };
  } else {
    cell.value = value.text;
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
