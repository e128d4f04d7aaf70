/**
 * .xlsx bytes -> the plain Workbook model. No file system here, so the stand-alone browser mode
 * can hand in the bytes of a dropped file; readWorkbook.ts adds reading from a path for Node.
 */
import ExcelJS from 'exceljs';
import type { Workbook } from '../../core/model/workbook';
import { convertSheet, type CellBudget } from './convertSheet';
import { readDefinedNames } from './definedNames';
import { MAX_CELLS, MAX_FILE_BYTES } from './limits';
import { neutralizeDrawings } from './neutralizeDrawings';
import { readErrors } from './readErrors';
import { sniffFormat } from './sniffFormat';
import { isWorkbookReadError } from './WorkbookReadError';
import { openXlsxPackage } from './xlsxPackage';

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, name: string): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > MAX_FILE_BYTES) throw readErrors.fileTooLarge(bytes.length);
  refuseNonXlsx(bytes, name);

  const zip = await openXlsxPackage(bytes);
  const definedNames = await readDefinedNames(zip);
  // Re-pack only when something was taken out; STORE because the bytes are unpacked again at once.
  const xlsxBytes = neutralizeDrawings(zip)
    ? await zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
    : bytes;

  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS types ask for a Node Buffer, but it hands the data straight to JSZip, which reads
    // any Uint8Array; so the same call works in the browser.
    await wb.xlsx.load(xlsxBytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    throw readErrors.unreadable(e);
  }

  const date1904 = Boolean(wb.properties?.date1904);
  const budget: CellBudget = { remaining: MAX_CELLS };
  const sheets = [];
  try {
    for (const ws of wb.worksheets) sheets.push(convertSheet(ws, date1904, budget));
  } catch (e) {
    if (isWorkbookReadError(e)) throw e;
    throw readErrors.unreadable(e);
  }
  if (sheets.length === 0) throw readErrors.noWorksheets();

  const workbook: Workbook = { name, sheets };
  if (Object.keys(definedNames).length > 0) workbook.definedNames = definedNames;
  return workbook;
}

/** Everything that is not a ZIP package gets its own message, decided by the bytes. */
function refuseNonXlsx(bytes: Uint8Array, name: string): void {
  switch (sniffFormat(bytes)) {
    case 'zip':
      return;
    case 'empty':
      throw readErrors.emptyFile();
    case 'ole-encrypted':
      throw readErrors.encrypted();
    case 'ole-xls':
      throw readErrors.legacyXls();
    case 'ole-other':
      throw readErrors.notAWorkbook();
    case 'unknown': {
      // No container at all. The name only chooses the most helpful message: a ".xlsx" that is
      // not a ZIP is damaged (or truncated), a ".csv" is text that Excel can convert.
      const ext = extension(name);
      if (ext === 'xlsx' || ext === 'xlsm') throw readErrors.unreadable();
      if (ext === 'csv' || ext === 'txt') throw readErrors.csv();
      throw readErrors.notAWorkbook();
    }
  }
}

function extension(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}
