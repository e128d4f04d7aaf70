/**
 * A loaded ExcelJS workbook -> the plain Workbook model: every sheet, or the chosen ones, in
 * workbook order. Periodkoll's own backup sheet is not the user's data and is left out, so a
 * marked copy gives the same findings as the original.
 */
import type ExcelJS from 'exceljs';
import type { DateSystem, Sheet, Workbook } from '../../core/model/workbook';
import type { ReadProgress } from '../port';
import { convertSheet, type CellBudget } from './convertSheet';
import { MAX_CELLS } from './limits';
import type { LoadedXlsx } from './loadXlsx';
import { isPeriodkollSheet } from './markBackupSheet';
import { readErrors } from './readErrors';
import { readStoreSheet } from './storeSheet';
import { isWorkbookReadError } from './WorkbookReadError';

export interface ModelOptions {
  /** Only these sheets (by name); all when absent. */
  sheets?: string[];
  onProgress?: (progress: ReadProgress) => void;
  /** Sheets converted earlier, reused while their worksheet object is the same. */
  cache?: WeakMap<ExcelJS.Worksheet, Sheet>;
}

export function workbookModel(loaded: Pick<LoadedXlsx, 'excel' | 'definedNames'>, name: string, options: ModelOptions = {}): Workbook {
  const { excel, definedNames } = loaded;
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  const worksheets = excel.worksheets.filter((ws) => !isPeriodkollSheet(ws) && (!wanted || wanted.has(ws.name)));
  const dateSystem: DateSystem = excel.properties?.date1904 ? 1904 : 1900;
  const budget: CellBudget = { remaining: MAX_CELLS };
  const sheets: Sheet[] = [];
  try {
    for (const ws of worksheets) {
      let sheet = options.cache?.get(ws);
      if (!sheet) {
        sheet = convertSheet(ws, dateSystem, budget);
        options.cache?.set(ws, sheet);
      }
      sheets.push(sheet);
      options.onProgress?.({ done: sheets.length, total: worksheets.length });
    }
  } catch (e) {
    if (isWorkbookReadError(e)) throw e;
    throw readErrors.unreadable(e);
  }
  const workbook: Workbook = { name, sheets };
  if (dateSystem === 1904) workbook.dateSystem = 1904;
  if (Object.keys(definedNames).length > 0) workbook.definedNames = definedNames;
  const store = readStoreSheet(excel);
  if (store.size > 0) workbook.store = Object.fromEntries(store);
  return workbook;
}
