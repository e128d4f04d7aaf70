/**
 * Opening a ledger as the file host, whatever the export: an .xlsx as it is, a CSV or SIE file
 * converted to a one-sheet workbook first. Anything else is refused with a Swedish message.
 */
import { sniffLedgerFile } from '../../core/ledger';
import { FileWorkbookHost } from './fileHost';
import { MAX_FILE_BYTES } from './limits';
import { modelXlsxBytes } from './modelXlsx';
import { readErrors } from './readErrors';
import { textLedgerWorkbook } from './readLedger';

export async function openLedgerHost(data: ArrayBuffer | Uint8Array, name: string): Promise<FileWorkbookHost> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > MAX_FILE_BYTES) throw readErrors.fileTooLarge(bytes.length);
  const kind = sniffLedgerFile(bytes);
  // Workbooks, and the empty file, get the workbook reader's own messages.
  if (kind === 'workbook' || kind === 'empty') return FileWorkbookHost.open(bytes, name);
  return FileWorkbookHost.open(await modelXlsxBytes(textLedgerWorkbook(bytes, name)), name);
}
