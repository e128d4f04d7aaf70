/**
 * Reading a ledger for the control steps alone, when no marked copy is written: an .xlsx with
 * the streaming reader and its read-only limits (as `check` reads, so a huvudbok of a million
 * rows is accepted), a CSV or SIE export converted straight to the model. openLedgerHost
 * (ledgerHost.ts) opens the file host instead when a copy is to be written; it reads the same
 * way and refuses with the same Swedish messages, and loads ExcelJS only to write.
 */
import { readTextLedger, sniffLedgerFile } from '../../core/ledger';
import type { Workbook } from '../../core/model/workbook';
import { READ_ONLY_LIMITS } from './limits';
import { readErrors } from './readErrors';
import { readWorkbookBuffer } from './readWorkbookBuffer';
import { WorkbookReadError } from './WorkbookReadError';

export async function readLedgerWorkbook(data: ArrayBuffer | Uint8Array, name: string): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > READ_ONLY_LIMITS.fileBytes) throw readErrors.fileTooLarge(bytes.length, READ_ONLY_LIMITS.fileBytes);
  const kind = sniffLedgerFile(bytes);
  // Workbooks, and the empty file, get the workbook reader's own messages.
  if (kind === 'workbook' || kind === 'empty') return readWorkbookBuffer(bytes, name);
  return textLedgerWorkbook(bytes, name);
}

/** A CSV or SIE export as a one-sheet workbook; anything else is refused with a Swedish message. */
export function textLedgerWorkbook(bytes: Uint8Array, name: string): Workbook {
  const read = readTextLedger(bytes, name);
  if (!read.ok) throw new WorkbookReadError('unsupported-format', read.message);
  return read.workbook;
}
