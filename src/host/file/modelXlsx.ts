/**
 * A workbook model -> .xlsx bytes, values only. A CSV or SIE ledger is opened through this, so
 * the file host (marks, the Stickprov sheet, the marked copy) works on it as on any workbook.
 */
import ExcelJS from 'exceljs';
import type { Workbook } from '../../core/model/workbook';

export async function modelXlsxBytes(workbook: Workbook): Promise<Uint8Array> {
  const excel = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const ws = excel.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (!cell || cell.value === null || cell.type === 'empty') return;
        ws.getCell(r + 1, c + 1).value = cell.value;
      });
    });
  }
  return new Uint8Array(await excel.xlsx.writeBuffer());
}
