/**
 * .xlsx bytes -> the plain Workbook model. No file system here, so the stand-alone browser mode
 * can hand in the bytes of a dropped file; readWorkbook.ts adds reading from a path for Node.
 * Loading (checks, drawings, ExcelJS) is loadXlsx, shared with the file host that writes marks.
 */
import type { Workbook } from '../../core/model/workbook';
import { loadXlsx } from './loadXlsx';
import { readErrors } from './readErrors';
import { workbookModel } from './workbookModel';

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, name: string): Promise<Workbook> {
  const workbook = workbookModel(await loadXlsx(data, name), name);
  if (workbook.sheets.length === 0) throw readErrors.noWorksheets();
  return workbook;
}
