/**
 * An index table file as SKR and SCB publish them, or as a controller saved one: an .xlsx (the
 * first sheet that holds a readable table, an "Index" sheet first) or a CSV/text file. Bytes in,
 * so the page, the pane and the CLI read the same way.
 */
import { sniffLedgerFile } from '../../core/ledger/imports/ledgerFile';
import { csvSheet } from '../../core/ledger/imports/csvSheet';
import { decodeExportText } from '../../core/ledger/imports/exportText';
import { isIndexSheetName, readIndexTable, type IndexTableReading } from '../../core/indexation';
import type { Sheet } from '../../core/model/workbook';
import { isWorkbookReadError } from './WorkbookReadError';
import { readWorkbookBuffer } from './readWorkbookBuffer';

export interface IndexFileOptions {
  series?: string;
  source?: string;
  currentYear?: number;
}

export type IndexFileReading = IndexTableReading & { sheet?: string };

export async function readIndexFile(bytes: Uint8Array, fileName: string, options: IndexFileOptions = {}): Promise<IndexFileReading> {
  const kind = sniffLedgerFile(bytes);
  if (kind === 'empty') return { ok: false, message: `${fileName} är tom.` };
  if (kind === 'unknown') return { ok: false, message: `${fileName} är varken en Excel-arbetsbok (.xlsx) eller en textfil (CSV). Spara indextabellen i något av de formaten.` };
  let sheets: Sheet[];
  if (kind === 'workbook') {
    try {
      sheets = (await readWorkbookBuffer(bytes, fileName)).sheets.filter((s) => s.rowCount > 0 && !s.hidden);
    } catch (e) {
      if (!isWorkbookReadError(e)) throw e;
      return { ok: false, message: `${fileName}: ${e.message}` };
    }
  } else {
    sheets = [csvSheet(fileName, decodeExportText(bytes).text)];
  }
  if (sheets.length === 0) return { ok: false, message: `${fileName} har inga ifyllda blad.` };
  const ordered = [...sheets.filter((s) => isIndexSheetName(s.name)), ...sheets.filter((s) => !isIndexSheetName(s.name))];
  let firstFailure: IndexFileReading | undefined;
  for (const sheet of ordered) {
    const place = kind === 'workbook' && sheets.length > 1 ? `bladet ${sheet.name} i ${fileName}` : fileName;
    const read = readIndexTable(sheet, { layer: 'user', place, ...options });
    if (read.ok) return { ...read, sheet: sheet.name };
    firstFailure ??= read;
  }
  return firstFailure!;
}
