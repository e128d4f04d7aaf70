/**
 * A whole worksheet Periodkoll built with ExcelJS (a report sheet, its own hidden sheets) as
 * worksheet XML for the package: values and formulas with their results, the number format,
 * font and fill of each cell, column widths. Text is written inline, so the shared strings part
 * is never touched.
 */
import type ExcelJS from 'exceljs';
import { a1 } from '../../../core/model/address';
import type { DateSystem } from '../../../core/model/workbook';
import type { FormatChange } from './cellFormats';
import { excelJsContent } from './excelJsContent';
import { cellElement } from './sheetCells';

/** The xf index for a cell format built on the workbook's default format (0). */
export type FormatIndex = (change: FormatChange) => number;

export function excelJsSheetXml(ws: ExcelJS.Worksheet, system: DateSystem, formatIndex: FormatIndex): string {
  const rows: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells.push(cellElement(a1(r, c), excelJsContent(cell, system), styleOf(cell, formatIndex)));
    });
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  });
  const widths: string[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) widths.push(`<col min="${c}" max="${c}" width="${width}" customWidth="1"/>`);
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    (widths.length > 0 ? `<cols>${widths.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function styleOf(cell: ExcelJS.Cell, formatIndex: FormatIndex): number {
  const style = cell.style ?? {};
  const change: FormatChange = {};
  if (style.numFmt) change.numFmt = style.numFmt;
  if (style.font && Object.keys(style.font).length > 0) change.font = style.font;
  if (style.fill) change.fill = style.fill;
  return Object.keys(change).length > 0 ? formatIndex(change) : 0;
}
