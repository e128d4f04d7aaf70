/**
 * A link to a cell in the same workbook, as a HYPERLINK formula: =HYPERLINK("#'Blad 1'!B5","B5").
 *
 * Not an ExcelJS hyperlink value: ExcelJS 4.4 writes an in-document link as an external
 * relationship *and* a location, which Excel joins into a target that does not exist
 * ("#'Blad 1'!B5#'Blad 1'!B5", exceljs#3027), and it drops links that only have a location when
 * it reads a file. The formula works in Excel, LibreOffice and Google Sheets and survives any
 * number of saves through ExcelJS. Formulas in a file are in English, whatever Excel's language.
 */
import type ExcelJS from 'exceljs';

/** "#'Blad 1'!B5": always quoted, an apostrophe in the name doubled, as Excel writes it. */
export function internalLinkTarget(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export function internalLinkValue(target: { sheet: string; cell: string }, text: string): ExcelJS.CellFormulaValue {
  const formula = `HYPERLINK(${stringLiteral(internalLinkTarget(target.sheet, target.cell))},${stringLiteral(text)})`;
  return { formula, result: text };
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
