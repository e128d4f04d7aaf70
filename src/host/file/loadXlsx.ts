/**
 * .xlsx bytes -> a parsed ExcelJS workbook, checked and made safe to parse. Shared by the reader
 * (which only converts it to the model) and the file host (which also keeps it to write marks
 * and the report sheet). No file system here, so the browser mode can hand in a dropped file.
 */
import ExcelJS from 'exceljs';
import { readDefinedNames } from './definedNames';
import { MAX_FILE_BYTES } from './limits';
import { neutralizeDrawings } from './neutralizeDrawings';
import { readErrors } from './readErrors';
import { refuseNonXlsx } from './refuseNonXlsx';
import { hasVisibleDrawings } from './visibleDrawings';
import { openXlsxPackage } from './xlsxPackage';

export interface LoadedXlsx {
  excel: ExcelJS.Workbook;
  /** Workbook-level defined names as written in the file (ExcelJS drops many of them). */
  definedNames: Record<string, string>;
  /** True when pictures, charts or shapes were taken out before parsing: a copy written from `excel` lacks them. */
  lostDrawings: boolean;
}

export async function loadXlsx(data: ArrayBuffer | Uint8Array, name: string): Promise<LoadedXlsx> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > MAX_FILE_BYTES) throw readErrors.fileTooLarge(bytes.length);
  refuseNonXlsx(bytes, name);

  const zip = await openXlsxPackage(bytes);
  const definedNames = await readDefinedNames(zip);
  const lostDrawings = await hasVisibleDrawings(zip);
  // Re-pack only when something was taken out; STORE because the bytes are unpacked again at once.
  const xlsxBytes = neutralizeDrawings(zip)
    ? await zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
    : bytes;

  const excel = new ExcelJS.Workbook();
  try {
    // ExcelJS types ask for a Node Buffer, but it hands the data straight to JSZip, which reads
    // any Uint8Array; so the same call works in the browser.
    await excel.xlsx.load(xlsxBytes as unknown as Parameters<typeof excel.xlsx.load>[0]);
  } catch (e) {
    throw readErrors.unreadable(e);
  }
  if (excel.worksheets.length === 0) throw readErrors.noWorksheets();
  return { excel, definedNames, lostDrawings };
}
